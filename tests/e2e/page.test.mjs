// The explainer page as a reader meets it: six sections, contents, sources, no errors, no foreign
// requests, readable without JavaScript, and islands that hydrate rather than re-render.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, waitForHydration, cspViolations, SECTION_IDS } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the six sections have headings and the contents links to each of them', async () => {
  const { context, page } = await openPage(browser);
  for (const id of SECTION_IDS) {
    const heading = page.locator(`section#${id} > h2`);
    assert.equal(await heading.count(), 1, `section #${id} has one heading`);
    assert.ok((await heading.innerText()).trim().length > 3, `section #${id} heading has text`);
  }
  const tocTargets = await page.locator('nav.toc a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  assert.deepEqual(tocTargets, [...SECTION_IDS.map((id) => `#${id}`), '#glossary', '#sources']);
  await page.locator('nav.toc a[href="#reaction"]').click();
  assert.equal(new URL(page.url()).hash, '#reaction');
  await context.close();
});

test('loading and hydrating logs no console error and asks no other origin for anything', async () => {
  const { context, page, problems } = await openPage(browser);
  await waitForHydration(page);
  await page.waitForLoadState('networkidle');
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.failedRequests, []);
  assert.deepEqual(problems.foreignRequests, []);
  assert.deepEqual(await cspViolations(page), []);
  await context.close();
});

test('with JavaScript off the whole text, both tables and the sources are there', async () => {
  const { context, page } = await openPage(browser, { javaScriptEnabled: false });
  // The price table is a "Details" disclosure, which opens without scripts.
  await page.locator('details:has(table.price-table) > summary').click();
  for (const id of SECTION_IDS) {
    assert.equal(await page.locator(`section#${id} p`).first().isVisible(), true, `#${id} has visible prose`);
  }
  const o1 = page.locator('#stacks-up table.price-table').first().locator('tr[data-model="o1"] td');
  assert.equal(await o1.first().innerText(), '$15.00');
  const r1 = page.locator('#stacks-up table.price-table').first().locator('tr[data-model="r1"] td');
  assert.equal(await r1.nth(2).innerText(), '$2.19');
  assert.ok(await page.locator('ol.timeline-list li').count() >= 13, 'dated list of events');
  // Without the script there is no range to pick: the chart's note points at the list instead.
  assert.match(await page.locator('.timeline-widget .tl-note').innerText(), /left out for lack of room; every event is in the list\.$/);
  assert.doesNotMatch(await page.locator('.timeline-widget').innerText(), /pick a shorter range/);
  // Governments' marker in the list is the chart's triangle (it was a square until the widget went live).
  const policyMarker = await page.evaluate(() => getComputedStyle(document.querySelector('.timeline-list .event.policy'), '::before').clipPath);
  assert.match(policyMarker, /^polygon\(50% 0(px|%)?, 100% 100%, 0(px|%)? 100%\)$/);
  // The dash is the benchmark table's, so its caption says what it means (the chart says "not reported").
  assert.match(await page.locator('#benchmark-table-caption').textContent(), /a dash where none was reported/);
  assert.doesNotMatch(await page.locator('#widget-benchmarks').innerText(), /dash/);
  assert.ok(await page.locator('#sources ol.sources li').count() >= 10, 'numbered sources');
  await context.close();
});

test('every citation points at an entry of the Sources list', async () => {
  const { context, page } = await openPage(browser, { javaScriptEnabled: false });
  const targets = await page.locator('sup.cite a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  assert.ok(targets.length > 20, `many citations (${targets.length})`);
  for (const target of new Set(targets)) {
    assert.equal(await page.locator(`${target}`).count(), 1, `${target} exists`);
  }
  await context.close();
});

test('the cost widget hydrates in place rather than rendering a second copy', async () => {
  const { context, page } = await openPage(browser);
  const before = await page.locator('.cost-widget').elementHandle();
  await waitForHydration(page);
  assert.equal(await page.locator('.cost-widget').count(), 1);
  assert.equal(await before.evaluate((node) => node.isConnected), true, 'the prerendered node is still the live one');
  await context.close();
});

test('the page reads at 320 px without sideways scrolling of the text', async () => {
  const { context, page } = await openPage(browser, { viewport: { width: 320, height: 640 } });
  await waitForHydration(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the viewport`);
  await context.close();
});
