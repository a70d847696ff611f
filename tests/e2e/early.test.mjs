// No dead controls and no lost input. Until a widget's WebAssembly is live its controls say they
// are starting, and what a reader does meanwhile (typing, a preset, a ticked box, a date, a
// slider, a key press on the timeline) is applied once it is; nothing is reset by hydration.
// Without JavaScript, or when the wasm cannot start, each widget shows its static result, hides
// the controls that could not act, and says why in one line.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, eventually, BASE_URL } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A page whose wasm download is held back until `release()` is called (a slow network). */
async function heldBack(viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  let requested = 0;
  await context.route(/\.wasm$/, async (route) => {
    requested += 1;
    await released;
    await route.continue();
  });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.goto(BASE_URL, { waitUntil: 'load' });
  return { context, page, release, requested: () => requested, pageErrors };
}

test('what a reader does before the widgets are live is kept and applied when they are', async () => {
  const { context, page, release, requested, pageErrors } = await heldBack();
  const cost = page.locator('.cost-widget');
  await cost.scrollIntoViewIfNeeded();
  await eventually(requested, (n) => n > 0, 'the wasm is requested as the widget comes near');
  // Starting: said on the widget, in a status line a screen reader announces.
  const status = page.locator('#widget-cost .island-status');
  await status.waitFor({ state: 'visible' });
  assert.match(await status.innerText(), /Starting/);
  assert.equal(await status.getAttribute('role'), 'status');
  assert.equal(await page.locator('#widget-cost').getAttribute('data-state'), 'starting');
  assert.equal(await page.locator('body[data-hydrated]').count(), 0);

  // The reader does not wait: a preset, then a typed number, a ticked model and a date.
  await cost.getByRole('button', { name: 'Coding task' }).click();
  const input = cost.getByLabel('Input tokens per request', { exact: true });
  await input.fill('30000');
  await cost.locator('#cost-model-o3').check();
  await cost.getByLabel('Prices as of').fill('2025-06-10');
  // The training panel's price, by its slider's neighbour box; a series on the benchmark chart.
  await page.locator('#training-gpu-price').fill('3');
  await page.locator('#bench-series-3').check();
  // A key press on the timeline: its prerendered events take focus, End then Enter.
  const first = page.locator('[data-island="timeline"] li[data-event]').first();
  await first.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');

  release();
  await page.waitForSelector('body[data-hydrated="true"]', { timeout: 20_000 });

  await eventually(() => page.evaluate(() => location.hash), (hash) => ['in=30000', 'cache=50', 'out=2000', 'm=o1,o3,r1', 'd=2025-06-10', 'gpu=3', 'ev=v4'].every((piece) => hash.includes(piece)), 'the URL carries everything the reader did');
  assert.equal(await input.inputValue(), '30,000', 'the typed number survived hydration');
  assert.equal(await cost.locator('#cost-cache').inputValue(), '50', "the preset's cached share");
  assert.equal(await cost.locator('#cost-model-o3').isChecked(), true);
  assert.equal(await cost.getByLabel('Prices as of').inputValue(), '2025-06-10');
  assert.match(await cost.locator('.headline').innerText(), /^On 10 June 2025,/);
  assert.equal(await cost.locator('table.cost-table tr[data-model="o3"] .per-request').count(), 1);
  assert.match(await page.locator('.training-panel .headline').innerText(), /At \$3\.00 per GPU-hour.*\$8\.364M/);
  assert.equal(await page.locator('.benchmark-chart g.group[data-benchmark="aime"] rect.series-3').count(), 1, 'the o1-mini series is drawn');
  assert.match(await page.locator('.tl-details').innerText(), /DeepSeek-V4 preview/);
  // Live: the starting state is gone.
  assert.equal(await status.isVisible(), false);
  assert.equal(await page.locator('#widget-cost').getAttribute('data-state'), null);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('a timeline key press kept while starting moves the selection as the live widget would', async () => {
  const { context, page, release } = await heldBack({ width: 390, height: 844 });
  const first = page.locator('[data-island="timeline"] li[data-event]').first();
  await first.scrollIntoViewIfNeeded();
  await first.focus();
  // Three steps right from the first event, then select.
  for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'Enter']) await page.keyboard.press(key);
  release();
  await page.waitForSelector('body[data-hydrated="true"]', { timeout: 20_000 });
  const keys = await page.locator('[data-island="timeline"] li[data-event]').evaluateAll((items) => items.map((li) => li.dataset.event));
  await eventually(() => page.evaluate(() => location.hash), (hash) => hash === `#ev=${keys[3]}`, 'the fourth event is selected');
  assert.equal(await page.evaluate(() => document.activeElement.id), `tl-ev-${keys[3]}`, 'focus is on it');
  await context.close();
});

test('without JavaScript each widget shows its result, no control that cannot act, and says why', async () => {
  const { context, page } = await openPage(browser, { javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  for (const key of ['cost', 'training', 'benchmarks', 'timeline']) {
    const widget = page.locator(`#widget-${key}`);
    const controls = await widget.locator('input, select, textarea, button:not(.fact)').evaluateAll((nodes) => nodes.filter((n) => n.getClientRects().length > 0).map((n) => n.outerHTML.slice(0, 80)));
    assert.deepEqual(controls, [], `${key}: no visible control`);
    const note = widget.locator('.static-note');
    assert.equal(await note.isVisible(), true, `${key}: a note says why`);
    assert.match(await note.innerText(), /Without JavaScript/);
  }
  // The static results are real: the chart and the table for the default workload.
  assert.equal(await page.locator('.cost-widget table.cost-table tr[data-model="r1"] .per-request').innerText(), '$2.74');
  assert.equal(await page.locator('.cost-widget .cost-answer svg rect.bar').count(), 2);
  assert.match(await page.locator('.cost-widget .headline').innerText(), /27\.4× cheaper/);
  assert.match(await page.locator('.training-panel .headline').innerText(), /\$5\.576M/);
  assert.ok(await page.locator('.benchmark-chart svg rect.bar').count() >= 20);
  assert.ok(await page.locator('[data-island="timeline"] ol.timeline-list li').count() >= 17);
  await context.close();
});

test('when the wasm cannot start the widgets say so, hide their controls and keep their results', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  await context.route(/\.wasm$/, (route) => route.abort('blockedbyclient'));
  const page = await context.newPage();
  await page.goto(BASE_URL);
  const cost = page.locator('.cost-widget');
  await cost.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.documentElement.dataset.wasm === 'failed');
  for (const key of ['cost', 'training', 'benchmarks', 'timeline']) {
    const widget = page.locator(`#widget-${key}`);
    assert.match(await widget.locator('.static-note').innerText(), /could not start in this browser/, key);
    const controls = await widget.locator('input, select, textarea, button:not(.fact)').evaluateAll((nodes) => nodes.filter((n) => n.getClientRects().length > 0 && !n.closest('.share-tools')).length);
    assert.equal(controls, 0, `${key}: no control left that cannot act`);
    assert.equal(await widget.locator('.island-status').isVisible(), false, `${key}: no "starting" left`);
  }
  assert.equal(await cost.locator('table.cost-table tr[data-model="r1"] .per-request').innerText(), '$2.74');
  await context.close();
});
