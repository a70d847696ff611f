// The Chinese edition at /zh/ as a Chinese reader meets it: the same sections and figures in
// Chinese, linked both ways with the English page, no errors and no foreign requests, readable
// without JavaScript, free of axe findings and of sideways scrolling at 320 px, with no English
// sentence left in its prose, and widgets that come to life in Chinese and share their URLs with
// the English page, and embeds that bring Chinese widgets to a Chinese blog.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openPage, SECTION_IDS, cspViolations, waitForHydration, serveFolder, BASE_URL } from './helpers.mjs';

const require = createRequire(import.meta.url);
const AXE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const DIST = process.env.DIST_DIR ?? 'dist';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the Chinese edition has the six sections, in Chinese, with the same contents', async () => {
  const { context, page } = await openPage(browser, { path: 'zh/' });
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  assert.match(await page.title(), /[\u4e00-\u9fff]/, 'the title is Chinese');
  for (const id of SECTION_IDS) {
    const heading = (await page.locator(`section#${id} > h2`).innerText()).trim();
    assert.match(heading, /[\u4e00-\u9fff]/, `#${id} has a Chinese heading: ${heading}`);
  }
  const tocTargets = await page.locator('nav.toc a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  assert.deepEqual(tocTargets, [...SECTION_IDS.map((id) => `#${id}`), '#glossary', '#sources']);
  // The same sourced figures as the English page, written the Chinese way.
  const lede = await page.locator('.lede').innerText();
  assert.match(lede, /2025年1月20日/);
  assert.match(lede, /27\.4倍/);
  assert.match(lede, /5930亿美元/);
  assert.equal(
    await page.locator('sup.cite a').count(),
    await (async () => {
      const english = await openPage(browser);
      const count = await english.page.locator('sup.cite a').count();
      await english.context.close();
      return count;
    })(),
    'every citation of the English page is on the Chinese one'
  );
  await context.close();
});

test('each edition links to the other, visibly and with hreflang', async () => {
  const { context, page } = await openPage(browser);
  const toChinese = page.locator('a[hreflang="zh-CN"]');
  assert.equal(await toChinese.count(), 1);
  assert.equal(await toChinese.getAttribute('lang'), 'zh-CN');
  // Alternates for search engines only with an absolute address (built with PUBLIC_URL; the
  // prerender's unit test checks that case): a relative one counts for nothing and fails
  // Lighthouse's hreflang audit, so this build, which has no public address, has none.
  const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => l.getAttribute('href')));
  assert.ok(alternates.every((href) => /^https?:\/\//.test(href)), `alternates must be absolute: ${alternates}`);
  assert.equal(alternates.length, (await page.locator('link[rel="canonical"]').count()) ? 2 : 0);
  await toChinese.click();
  await page.waitForURL(/\/zh\/$/);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  const toEnglish = page.locator('a[hreflang="en"]');
  assert.equal(await toEnglish.getAttribute('lang'), 'en');
  await toEnglish.click();
  await page.waitForURL((url) => !url.pathname.includes('/zh/'));
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await context.close();
});

test('the Chinese edition logs no error, asks no other origin and loads its shared files', async () => {
  const { context, page, problems } = await openPage(browser, { path: 'zh/' });
  await waitForHydration(page);
  await page.waitForLoadState('networkidle');
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.failedRequests, []);
  assert.deepEqual(problems.foreignRequests, []);
  assert.deepEqual(await cspViolations(page), []);
  // The stylesheets one folder up applied: the body has the page's font size, not the default.
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).fontSize), '17px');
  await context.close();
});

test('without JavaScript the Chinese text, tables and sources are all there', async () => {
  const { context, page } = await openPage(browser, { path: 'zh/', javaScriptEnabled: false });
  for (const id of SECTION_IDS) {
    assert.equal(await page.locator(`section#${id} p`).first().isVisible(), true, `#${id} has visible prose`);
  }
  await page.locator('details:has(table.price-table) > summary').click();
  const o1 = page.locator('#stacks-up table.price-table').first().locator('tr[data-model="o1"] td');
  assert.match(await o1.first().innerText(), /15\.00/);
  // DeepSeek priced in renminbi: its own list price stands beside the dollars, never converted.
  const priceCells = async (model) => page.locator(`#stacks-up table.price-table tr[data-model="${model}"] td.num`).allTextContents();
  assert.deepEqual(await priceCells('r1'), ['0.55美元（人民币4元）', '0.14美元（人民币1元）', '2.19美元（人民币16元）']);
  assert.deepEqual(await priceCells('v3'), ['0.14美元（人民币1元）', '0.014美元（人民币0.1元）', '0.28美元（人民币2元）']);
  assert.doesNotMatch((await priceCells('o1')).join(' '), /人民币/, 'OpenAI priced in dollars only');
  assert.ok(await page.locator('#sources ol.sources li').count() >= 10, 'numbered sources');
  assert.match(await page.locator('.timeline-widget .tl-note').innerText(), /因空间不足未显示；全部事件见列表。$/);
  assert.match(await page.locator('#benchmark-table-caption').textContent(), /短横线表示未报告/);
  assert.match(await page.locator('#glossary').innerText(), /词元/);
  await context.close();
});

test('every price on the chart comes with its confidence and caveat, in both editions', async () => {
  for (const [path, r1Note] of [['', /¥4 \/ ¥1 \/ ¥16 \(cache miss/], ['zh/', /人民币4元\/1元\/16元/]]) {
    const { context, page } = await openPage(browser, { path, javaScriptEnabled: false });
    // Read as text: the list sits in a closed disclosure.
    const rows = await page.locator('#widget-prices table.price-steps tbody tr').evaluateAll((rows) => rows.map((row) => ({
      name: row.querySelector('th').textContent, last: row.lastElementChild.textContent, caveat: row.querySelector('.step-caveat')?.textContent ?? '',
    })));
    assert.ok(rows.length >= 10, `/${path}: ${rows.length} prices`);
    const withCaveat = rows.filter((row) => row.caveat.length > 20);
    assert.ok(withCaveat.length >= 10, `/${path}: ${withCaveat.length} of ${rows.length} prices have a caveat`);
    assert.ok(withCaveat.some((row) => r1Note.test(row.caveat)), `/${path}: R1's renminbi price is in its caveat`);
    // The list-price table in the prose says where they are, rather than repeating them.
    assert.equal(await page.locator('#stacks-up details:has(table.price-table) a[href="#widget-prices"]').count(), 1);
    await context.close();
  }
});

test('the prose has no English sentence left in it', async () => {
  const { context, page } = await openPage(browser, { path: 'zh/', javaScriptEnabled: false });
  // Text meant to stay in English is marked lang="en" (quotes, the article's title, document
  // titles); product names and figures are short Latin runs inside Chinese sentences.
  const untranslated = await page.evaluate(() => {
    const found = [];
    const walker = document.createTreeWalker(document.querySelector('#app'), NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const element = node.parentElement;
      if (!element || element.closest('[lang="en"], script, style, code, .sources, [hidden], template')) continue;
      // Four or more English words in a row, with no Chinese around them, is an English sentence.
      const text = node.data;
      if (/[\u4e00-\u9fff]/.test(text)) continue;
      if (/([A-Za-z]{2,}[,.;:]?\s+){4,}[A-Za-z]{2,}/.test(text)) found.push(text.trim().slice(0, 80));
    }
    return found;
  });
  assert.deepEqual(untranslated, []);
  await context.close();
});

// Words a translation exists for, shown in English anyway, are a wiring leak (a name passed to
// the view without `tr`, a lookup keyed by the wrong thing): whole English words, not sentences.
// The catalogue is the build's own: the two page text files and the words the islands read.
function pageText(dir) {
  const name = readdirSync(dir).find((file) => /^page-text-[0-9a-f]{10,16}\.json$/.test(file));
  assert.ok(name, `no page text in ${dir}`);
  return JSON.parse(readFileSync(join(dir, name), 'utf8'));
}

function translatedEnglish() {
  const [en, zh] = [pageText(DIST), pageText(join(DIST, 'zh'))];
  const pairs = [...zh.words];
  const byId = (list) => new Map(list.map((item) => [item.id, item]));
  for (const [kind, fields] of [['facts', ['label', 'caveat']], ['events', ['text']], ['terms', ['text']]]) {
    const chinese = byId(zh[kind]);
    for (const item of en[kind]) for (const field of fields) pairs.push([item[field] ?? '', chinese.get(item.id)?.[field] ?? '']);
  }
  const phrases = new Set();
  for (const [english, chinese] of pairs) {
    if (!/[\u4e00-\u9fff]/.test(chinese) || english === chinese) continue;
    // The literal pieces of a template; a piece is an English phrase when it has a real word.
    for (const piece of english.split(/\{[^}]*\}/)) {
      // A label's colon stays: "Scale:" is the chart's control, "Scale AI" a company.
      const phrase = piece.replace(/^[^A-Za-z]+|[^A-Za-z:]+$/g, '');
      if (/[A-Za-z]{3,}/.test(phrase) && !chinese.includes(phrase)) phrases.add(phrase);
    }
  }
  return [...phrases];
}

async function englishLeftOn(page, phrases) {
  return page.evaluate((phrases) => {
    const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const patterns = phrases.map((phrase) => [phrase, new RegExp(`(^|[^A-Za-z])${escape(phrase)}([^A-Za-z]|$)`)]);
    const texts = [];
    // Kept in English on purpose: what is marked lang="en", code, addresses, and document
    // titles, which stay as published: the Sources list (its own test checks them) and the
    // citations' tooltips, which name the source.
    const kept = '[lang="en"], script, style, code, pre, .url, #sources, sup.cite';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const element = walker.currentNode.parentElement;
      if (element && !element.closest(kept)) texts.push(walker.currentNode.data);
    }
    // The English term after a Chinese one（reasoning tokens）and a work's own title《On …》.
    const glossesOut = (text) => text.replace(/（[^（）\u4e00-\u9fff]*）|《[^《》\u4e00-\u9fff]*》/g, '');
    for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (element.closest(kept)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) if (element.hasAttribute(name)) texts.push(element.getAttribute(name));
    }
    const found = new Set();
    for (const text of texts.map(glossesOut)) for (const [phrase, pattern] of patterns) if (pattern.test(text)) found.add(`${phrase} ← ${text.trim().slice(0, 70)}`);
    return [...found];
  }, phrases);
}

test('no English word the edition translates is left on the Chinese page, before or after the widgets go live', async () => {
  const phrases = translatedEnglish();
  assert.ok(phrases.length > 300, `${phrases.length} translated English phrases`);
  assert.ok(phrases.includes('Announcement') && phrases.includes('Regulation and security'), 'event kinds are among them');
  const still = await openPage(browser, { path: 'zh/', javaScriptEnabled: false });
  assert.deepEqual(await englishLeftOn(still.page, phrases), [], 'prerendered');
  await still.context.close();
  const { context, page } = await openPage(browser, { path: 'zh/' });
  await waitForHydration(page);
  assert.deepEqual(await englishLeftOn(page, phrases), [], 'live');
  await context.close();
});

// NOTES §3: no half-width space between Chinese and a figure or a Latin word, or after Chinese
// punctuation; the gap between a tag and its text is the stylesheet's. Read across elements, as
// a reader sees "你的数字 按你的设定" although the space sits between two of them.
async function strayHalfWidthSpaces(page) {
  return page.evaluate(() => {
    const blocks = 'p, li, td, th, figcaption, caption, dt, dd, h1, h2, h3, h4, label, summary, button, legend, text, title, .event-tags';
    const kept = '[lang="en"], script, style, code, pre, .url';
    const cjk = '\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef';
    const stray = new RegExp(`.{0,12}(?:[${cjk}] [${cjk}0-9A-Za-z$]|[0-9A-Za-z%] [${cjk}]).{0,12}`, 'g');
    const found = new Set();
    for (const element of document.querySelectorAll(blocks)) {
      if (element.closest(kept) || element.querySelector(kept)) continue;
      for (const match of element.textContent.replace(/\s+/g, ' ').match(stray) ?? []) found.add(match);
    }
    return [...found];
  });
}

test('the Chinese page puts no half-width space beside Chinese text, before or after the widgets go live', async () => {
  const still = await openPage(browser, { path: 'zh/', javaScriptEnabled: false });
  assert.deepEqual(await strayHalfWidthSpaces(still.page), [], 'prerendered');
  await still.context.close();
  const { context, page } = await openPage(browser, { path: 'zh/' });
  await waitForHydration(page);
  // The cost widget's finding and the charts' summaries are written by the islands.
  await page.locator('.cost-widget .finding').waitFor();
  assert.deepEqual(await strayHalfWidthSpaces(page), [], 'live');
  await context.close();
});

test('a document keeps its own title on the Chinese Sources list, with our gloss after it', async () => {
  const titles = async (path) => {
    const { context, page } = await openPage(browser, { path, javaScriptEnabled: false });
    const rows = await page.locator('#sources ol.sources li').evaluateAll((items) => items.map((item) => ({
      id: item.id, title: item.querySelector('a').textContent, glossed: Boolean(item.querySelector('.source-gloss')),
    })));
    await context.close();
    return rows;
  };
  const [english, chinese] = [await titles(''), await titles('zh/')];
  assert.equal(chinese.length, english.length);
  const glossed = chinese.filter((row) => row.glossed);
  assert.ok(glossed.length > 40, `${glossed.length} glossed titles`);
  for (const row of glossed) {
    assert.equal(row.title, english.find((other) => other.id === row.id).title, `#${row.id} keeps the document's title`);
  }
  // The title that reads like one of our own figures' labels (and once took its translation).
  assert.ok(glossed.some((row) => row.title === 'Nvidia becomes the first $5 trillion company'));
});

for (const colorScheme of ['light', 'dark']) {
  test(`the Chinese edition has no axe violations in the ${colorScheme} theme`, async () => {
    const { context, page } = await openPage(browser, { path: 'zh/', contextOptions: { colorScheme } });
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      // eslint-disable-next-line no-undef
      const { violations } = await axe.run(document, { resultTypes: ['violations'] });
      return violations.map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    });
    assert.deepEqual(violations, []);
    await context.close();
  });
}

test('at 320 px nothing on the Chinese page scrolls sideways', async () => {
  const { context, page } = await openPage(browser, { path: 'zh/', viewport: { width: 320, height: 800 } });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
  await context.close();
});

test('the widgets come to life in Chinese and answer input there', async () => {
  const { context, page, problems } = await openPage(browser, { path: 'zh/' });
  const cost = page.locator('.cost-widget');
  const before = await cost.locator('.headline').innerText();
  await waitForHydration(page);
  // Hydrated onto the same Chinese words the page was prerendered with.
  assert.equal(await cost.locator('.headline').innerText(), before);
  assert.match(before, /[\u4e00-\u9fff]/, `a Chinese headline: ${before}`);
  assert.match(before, /27\.4倍/);
  const reasoning = cost.locator('input[data-field="think"], input#cost-reasoning').first();
  await reasoning.fill('1,000,000');
  await reasoning.press('Enter');
  assert.equal(await cost.locator('table.cost-table tr[data-model="o1"] .per-request').innerText(), '135.00美元');
  assert.equal(new URL(page.url()).hash, '#think=1000000');
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('a view copied in one edition opens the same view in the other', async () => {
  const { context, page } = await openPage(browser, { path: 'zh/#think=1000000&rpd=10' });
  await waitForHydration(page);
  const zhMonth = await page.locator('.cost-widget table.cost-table tr[data-model="r1"] .per-month').innerText();
  assert.equal(zhMonth, '1,479.00美元');
  // The same fragment on the English page.
  await page.goto(new URL('../#think=1000000&rpd=10', page.url()).href);
  await waitForHydration(page);
  assert.equal(await page.locator('.cost-widget table.cost-table tr[data-model="r1"] .per-month').innerText(), '$1,479.00');
  await context.close();
});

test('a Chinese blog embeds the Chinese widget, which sizes itself and comes to life there', async () => {
  // The snippet as the Chinese page's oEmbed file gives it, on a host of another origin.
  const oembed = JSON.parse(await (await fetch(new URL('zh/oembed-cost.json', BASE_URL))).text());
  assert.match(oembed.title, /[\u4e00-\u9fff]/);
  assert.match(oembed.html, /zh\/embed-cost\.html/);
  const dir = await mkdtemp(join(tmpdir(), 'r1-zh-host-'));
  const snippet = oembed.html.replaceAll('src="zh/', `src="${BASE_URL}zh/`);
  await writeFile(join(dir, 'index.html'), `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>博客</title></head><body>
<h1>一篇博客文章</h1>${snippet}</body></html>`);
  const host = await serveFolder(dir);
  try {
    const { context, page, problems } = await openPage(browser, { path: host.url });
    const frame = await (async () => {
      for (let i = 0; i < 100; i += 1) {
        const found = page.frames().find((f) => f.url().includes('zh/embed-cost.html'));
        if (found) return found;
        await page.waitForTimeout(100);
      }
      throw new Error('no embed frame');
    })();
    await frame.waitForSelector('body[data-hydrated="true"]', { timeout: 20_000 });
    assert.equal(await frame.getAttribute('html', 'lang'), 'zh-CN');
    assert.match(await frame.locator('h1.embed-title').innerText(), /[\u4e00-\u9fff]/);
    assert.match(await frame.locator('.cost-widget .headline').innerText(), /27\.4倍/);
    // The host script sized the iframe to the Chinese view.
    const height = await page.locator('iframe').evaluate((iframe) => iframe.getBoundingClientRect().height);
    assert.ok(height > 600, `the iframe grew to its content (${height}px)`);
    assert.deepEqual(problems.pageErrors, []);
    await context.close();
  } finally {
    await host.stop();
  }
});

test('the Chinese single file opens from disk in Chinese, with its widgets live, and the page offers it', async () => {
  const dist = process.env.DIST_DIR ?? new URL('../../dist/', import.meta.url).pathname;
  const { context, page, problems } = await openPage(browser, { path: 'zh/' });
  const link = page.locator('.offline-download a');
  assert.equal(await link.getAttribute('download'), 'r1-explainer-offline-zh.html');
  assert.match(await link.innerText(), /^下载离线版（\d+ KB）$/);
  const file = join(dist, 'r1-explainer-offline-zh.html');
  await page.goto(`file://${file}`, { waitUntil: 'load' });
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  await page.waitForSelector('body[data-hydrated="true"]', { timeout: 20_000 });
  assert.match(await page.locator('.cost-widget .headline').innerText(), /27\.4倍/);
  assert.equal(await page.locator('script[src], link[rel="stylesheet"]').count(), 0, 'nothing loads from another file');
  assert.equal(await page.locator('.offline-download, a.edition-link').count(), 0);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test('each key figure keeps its citation on the line of its number, on a phone, in both editions', async () => {
  for (const path of ['', 'zh/']) {
    for (const width of [320, 390]) {
      const { context, page } = await openPage(browser, { path, javaScriptEnabled: false, viewport: { width, height: 844 } });
      const lines = await page.locator('.key-figure .key-value').evaluateAll((values) => values.map((value) => {
        const number = value.querySelector('.fact').getBoundingClientRect();
        const cite = value.querySelector('.cite').getBoundingClientRect();
        return { text: value.textContent, numberTop: number.top, citeBottom: cite.bottom };
      }));
      assert.equal(lines.length, 4);
      for (const { text, numberTop, citeBottom } of lines) {
        // A superscript on the number's line ends above the number's own bottom; one wrapped
        // below starts under it.
        assert.ok(citeBottom < numberTop + 30, `/${path} at ${width} px: the citation of “${text}” wrapped onto a line of its own`);
      }
      await context.close();
    }
  }
});
