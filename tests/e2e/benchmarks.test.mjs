// The benchmark chart: R1 against o1-1217 by default, optional series (o3 marked as announced),
// ordering by R1's lead, the URL keeping the view, and the table always there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, waitForHydration } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const groups = (page) => page.locator('.benchmark-chart g.group').evaluateAll((nodes) => nodes.map((node) => node.dataset.benchmark));
const barTexts = (page, key) => page.locator(`.benchmark-chart g.group[data-benchmark="${key}"] .bar-value`).allTextContents();

test('shows R1 against o1-1217 by default, with the table and caveats beside it', async () => {
  const { context, page } = await openPage(browser);
  await waitForHydration(page);
  assert.deepEqual(await barTexts(page, 'aime'), ['o1-1217 79.2', 'DeepSeek-R1 79.8']);
  assert.match(await page.locator('.benchmark-chart').innerText(), /o1 figures are the ones OpenAI reported/);
  assert.equal(await page.locator('table.benchmark-table tbody tr').count(), 13);
  await context.close();
});

test('series can be added, o3 is marked as announced, and the order follows R1\'s lead', async () => {
  const { context, page } = await openPage(browser);
  await waitForHydration(page);
  const chart = page.locator('.benchmark-chart');
  await chart.getByRole('checkbox', { name: 'o3 (pre-release)' }).check();
  assert.deepEqual(await barTexts(page, 'gpqa-diamond'), ['o1-1217 75.7', 'DeepSeek-R1 71.5', 'o3 (pre-release) 87.7']);
  assert.match(await chart.locator('.o3-caveat').innerText(), /announced on a livestream before release/);
  // The key beside its box is drawn like its bars: dashed edge, pale fill (it was solid).
  const key = await chart.locator('label .swatch.series-6').evaluate((swatch) => ({
    edge: getComputedStyle(swatch).borderTopStyle,
    bar: getComputedStyle(document.querySelector('.benchmark-chart rect.bar.series-6')).strokeDasharray,
  }));
  assert.equal(key.edge, 'dashed');
  assert.notEqual(key.bar, 'none');
  assert.equal((await groups(page))[0], 'aime');
  assert.ok(await chart.locator('.bench-order-note').isHidden(), "the order note waits for the lead's order");
  await chart.getByRole('button', { name: "By R1's lead over o1" }).click();
  const ordered = await groups(page);
  assert.equal(ordered[0], 'livecodebench');
  assert.ok(ordered.indexOf('simpleqa') > ordered.indexOf('mmlu'), 'bigger deficits come later');
  // The rating's 32-point gap is on a scale of its own: after the scores out of 100, and said so.
  assert.equal(ordered.indexOf('codeforces-rating'), ordered.indexOf('simpleqa') + 1);
  assert.match(await chart.locator('.bench-order-note').innerText(), /Codeforces rating is on a scale of its own/);
  assert.equal(await page.evaluate(() => location.hash), '#bm=o1,r1,o3&bsort=gap');
  await chart.getByRole('checkbox', { name: 'o1-1217' }).uncheck();
  await chart.getByRole('checkbox', { name: 'DeepSeek-R1' }).uncheck();
  await chart.getByRole('checkbox', { name: 'o3 (pre-release)' }).click();
  assert.match(await chart.locator('.messages').innerText(), /Keep at least one model/);
  await context.close();
});

// Every value label ends inside the chart, with every model on show (the longest labels) at phone
// widths and after the window is resized: the live chart makes its bars shorter to leave the room.
test('every bar label fits inside the chart on a phone, with all models on show', async () => {
  const all = '#bm=claude,gpt4o,v3,o1mini,o1,r1,o3';
  for (const path of [all, `zh/${all}`]) {
    const { context, page } = await openPage(browser, { path, viewport: { width: 320, height: 800 } });
    await waitForHydration(page);
    const overflow = () => page.locator('.benchmark-chart svg').evaluate((svg) => {
      const right = svg.getBoundingClientRect().right;
      const labels = [...svg.querySelectorAll('text.bar-value')];
      const worst = labels.map((label) => [label.getBoundingClientRect().right - right, label.textContent]).sort((a, b) => b[0] - a[0])[0];
      return { count: labels.length, worst };
    });
    const narrow = await overflow();
    assert.equal(narrow.count, 13 * 7, path);
    assert.ok(narrow.worst[0] <= 0.5, `${path} at 320 px: "${narrow.worst[1]}" runs ${narrow.worst[0].toFixed(1)} px past the chart`);
    await page.setViewportSize({ width: 390, height: 800 });
    await page.waitForTimeout(200);
    const wider = await overflow();
    assert.ok(wider.worst[0] <= 0.5, `${path} at 390 px: "${wider.worst[1]}" runs ${wider.worst[0].toFixed(1)} px past the chart`);
    await context.close();
  }
});

test('a shared link restores the chart', async () => {
  const { context, page } = await openPage(browser, { path: '#bm=claude,r1&bsort=gap' });
  await waitForHydration(page);
  assert.deepEqual(await barTexts(page, 'swe-bench-verified'), ['Claude-3.5-Sonnet-1022 50.8', 'DeepSeek-R1 49.2']);
  assert.equal((await groups(page))[0], 'livecodebench');
  await context.close();
});
