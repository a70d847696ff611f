// The parts of each island that never change (src/components/prerendered.rs): the prerender writes
// them between the markers of a Yew raw node, and the browser keeps those very nodes. Their words
// are in the page and not in the wasm; once the islands are live, and after each has re-rendered,
// the same nodes are there, unchanged and not doubled; in both editions.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage, waitForHydration, eventually } from './helpers.mjs';

const DIST = process.env.DIST_DIR ?? 'dist';
const OPEN = '<!--<#>-->';
const CLOSE = '<!--</#>-->';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The text of each fixed part of a built page, from its markup. */
function fixedTexts(file) {
  const html = readFileSync(join(DIST, file), 'utf8');
  const entities = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
  return [...html.matchAll(/<!--<#>-->([\s\S]*?)<!--<\/#>-->/g)]
    .map((match) => match[1].replace(/<[^>]+>/g, '').replace(/&(amp|lt|gt|quot|#39|#x27);/g, (entity) => entities[entity]));
}

test('each widget\'s fixed parts are in the page, and their words are not in the wasm', () => {
  const wasm = readFileSync(join(DIST, readdirSync(DIST).find((name) => name.endsWith('_bg.wasm'))));
  for (const file of ['index.html', 'zh/index.html']) {
    const texts = fixedTexts(file);
    assert.ok(texts.length >= 25, `${file}: ${texts.length} fixed parts`);
    const html = readFileSync(join(DIST, file), 'utf8');
    assert.ok(!html.includes('r1:fixed') && !html.includes('r1:/fixed'), `${file}: a fixed part left unsealed`);
    for (const key of ['cost', 'training', 'timeline', 'prices', 'benchmarks']) {
      const slot = html.indexOf(`data-island="${key}"`);
      const next = html.indexOf('data-island=', slot + 1);
      const inSlot = html.slice(slot, next < 0 ? undefined : next);
      assert.ok(inSlot.includes(OPEN) && inSlot.includes(CLOSE), `${file}: the ${key} island has fixed parts`);
    }
    const long = texts.filter((text) => text.length >= 20);
    assert.ok(long.length >= 10, `${file}: ${long.length} long fixed texts`);
    const inWasm = long.filter((text) => wasm.includes(Buffer.from(text)));
    assert.deepEqual(inWasm, [], `${file}: fixed text compiled into the wasm`);
  }
});

for (const path of ['', 'zh/']) {
  test(`the islands keep their prerendered fixed nodes through hydration and re-renders (${path || 'en'})`, async () => {
    const { context, page, problems } = await openPage(browser, { path });
    // Before any island runs: every element between a raw node's markers, with its markup.
    const count = await page.evaluate(([open, close]) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_COMMENT);
      window.__fixed = [];
      for (let comment = walker.nextNode(); comment; comment = walker.nextNode()) {
        if (`<!--${comment.data}-->` !== open) continue;
        for (let node = comment.nextSibling; node && `<!--${node.data}-->` !== close; node = node.nextSibling) {
          if (node.nodeType !== Node.ELEMENT_NODE) continue;
          const beforeLive = node.matches('.timeline-widget .tl-intro, .timeline-widget ol.timeline-list');
          window.__fixed.push([node, node.outerHTML, beforeLive]);
        }
      }
      return window.__fixed.length;
    }, [OPEN, CLOSE]);
    assert.ok(count >= 25, `${count} fixed elements`);
    await waitForHydration(page);
    // Each widget re-renders: a new state in each, and the timeline's own switch to live.
    await page.locator('[data-action="measure-input"]').click();
    await page.locator('[data-action="order-gap"]').click();
    await page.locator('[data-action="scale-log"]').click();
    const field = page.locator('#training-gpu-price');
    await field.fill('3');
    await field.press('Enter');
    await eventually(() => page.locator('.timeline-widget.is-live').count(), (n) => n === 1, 'the timeline is live');
    // The timeline's view before it is live (its intro and static list) is the one fixed part an
    // island leaves: it gives way to the live forms, once each.
    const { changed, left } = await page.evaluate(() => {
      const beforeLive = ([, , leaves]) => leaves;
      return {
        changed: window.__fixed.filter((part) => !beforeLive(part))
          .filter(([node, markup]) => !node.isConnected || node.outerHTML !== markup)
          .map(([, markup]) => markup.slice(0, 120)),
        left: window.__fixed.filter(beforeLive).map(([node]) => node.isConnected),
      };
    });
    assert.deepEqual(changed, [], 'fixed nodes replaced or changed');
    assert.deepEqual(left, [false, false], 'the timeline\'s view before it is live is gone');
    assert.equal(await page.locator('.timeline-widget ol.timeline-list').count(), 1);
    assert.equal(await page.locator('.timeline-widget ol.tl-list').count(), 1);
    assert.equal(await page.locator('.timeline-widget .tl-intro').count(), 1);
    // Nothing doubled: each widget's heading once.
    for (const id of ['cost-heading', 'training-heading', 'tl-heading', 'price-chart-heading', 'bench-heading']) {
      assert.equal(await page.locator(`[id="${id}"]`).count(), 1, id);
    }
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
    await context.close();
  });
}
