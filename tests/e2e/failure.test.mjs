// Failure modes: when the WebAssembly cannot load, the prerendered page stays complete with a
// short notice; without service workers the site still works online.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, wakeIslands, BASE_URL, SECTION_IDS } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('with the wasm blocked the page stays readable, says so, and keeps its tables', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.route(/\.wasm$/, (route) => route.abort('blockedbyclient'));
  await page.goto(BASE_URL);
  await wakeIslands(page);
  await page.waitForFunction(() => document.documentElement.dataset.wasm === 'failed');
  assert.equal(await page.locator('.wasm-failed-note').isVisible(), true);
  for (const id of SECTION_IDS) assert.equal(await page.locator(`section#${id} p`).first().isVisible(), true, id);
  assert.equal(await page.locator('table.cost-table tr[data-model="r1"] .per-request').innerText(), '$2.74');
  assert.ok(await page.locator('table.benchmark-table tbody tr').count() >= 13);
  assert.equal(await page.locator('body[data-hydrated]').count(), 0);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('without service workers the site still works online', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(BASE_URL);
  await wakeIslands(page);
  await page.waitForSelector('body[data-hydrated="true"]');
  assert.equal(await page.locator('.wasm-failed-note').isVisible(), false);
  await page.locator('.cost-widget').getByRole('button', { name: 'Chat turn' }).click();
  assert.match(await page.locator('.cost-widget .headline').innerText(), /cheaper/);
  await context.close();
});
