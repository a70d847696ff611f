// Reader tools: the theme button (remembered when storage works, harmless when it throws), forced
// colours and print keep the charts and sources readable, and the page's metadata is complete.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, waitForHydration, BASE_URL } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the theme button cycles auto, light and dark, and the choice survives a reload', async () => {
  const context = await browser.newContext({ colorScheme: 'light' });
  const page = await context.newPage();
  await page.goto(BASE_URL);
  const button = page.locator('#theme-toggle');
  assert.equal(await button.innerText(), 'Theme: Auto');
  await button.click();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
  await button.click();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(18, 20, 23)');
  await page.reload();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark', 'remembered');
  assert.equal(await page.locator('#theme-toggle').innerText(), 'Theme: Dark');
  await page.locator('#theme-toggle').click();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), undefined, 'back to auto');
  await context.close();
});

test('with storage that throws, everything works and the choice is simply not remembered', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const fail = () => { throw new DOMException('blocked', 'SecurityError'); };
    Object.defineProperty(window, 'localStorage', { get: fail, configurable: true });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  await page.goto(BASE_URL);
  await waitForHydration(page);
  await page.locator('#theme-toggle').click();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
  await page.locator('.cost-widget').getByRole('button', { name: 'Coding task' }).click();
  assert.equal(await page.locator('.cost-widget tr[data-model="o1"] .per-request').innerText(), '$0.825');
  await page.reload();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), undefined);
  assert.deepEqual(errors, []);
  await context.close();
});

test('in forced colours (Windows high contrast) the chart bars stay visible', async () => {
  const { context, page } = await openPage(browser);
  await waitForHydration(page);
  await page.emulateMedia({ forcedColors: 'active' });
  const fills = await page.locator('.bar-chart rect.bar').evaluateAll((bars) => bars.map((bar) => getComputedStyle(bar).fill));
  assert.ok(fills.length > 4);
  const canvas = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  for (const fill of fills) assert.notEqual(fill, canvas, 'a bar would vanish into the background');
  await context.close();
});

test('print hides the controls and writes out source addresses', async () => {
  const { context, page } = await openPage(browser);
  await waitForHydration(page);
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.cost-widget .chips', '.cost-widget fieldset.models', '.chart-controls', '#theme-toggle', '.embed-tool']) {
    assert.equal(await page.locator(selector).first().evaluate((node) => getComputedStyle(node).display), 'none', selector);
  }
  assert.equal(await page.locator('.sources .url').first().evaluate((node) => getComputedStyle(node).display), 'inline');
  const after = await page.locator('main figcaption a[href^="http"]').first().evaluate((link) => getComputedStyle(link, '::after').content);
  assert.match(after, /https:\/\//);
  assert.ok(await page.locator('table.cost-table').isVisible(), 'the current numbers print');
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 50_000, 'a real document');
  await context.close();
});

test('title, description, Open Graph, Twitter card, canonical and a JSON-LD Article are present', async () => {
  const { context, page } = await openPage(browser, { javaScriptEnabled: false });
  const meta = (selector) => page.locator(selector).getAttribute('content');
  assert.match(await page.title(), /DeepSeek-R1/);
  assert.ok((await meta('meta[name="description"]')).length > 50);
  assert.equal(await meta('meta[property="og:type"]'), 'article');
  assert.match(await meta('meta[property="og:title"]'), /DeepSeek-R1/);
  assert.equal(await meta('meta[name="twitter:card"]'), 'summary_large_image');
  const image = await meta('meta[property="og:image"]');
  const response = await page.request.get(new URL(image, page.url()).href);
  assert.equal(response.status(), 200);
  assert.equal(response.headers()['content-type'], 'image/png');
  // Canonical links must be absolute: written when the site is built with PUBLIC_URL, else absent.
  const canonical = (await page.locator('link[rel="canonical"]').count()) ? await page.locator('link[rel="canonical"]').getAttribute('href') : null;
  assert.ok(canonical === null || /^https?:\/\//.test(canonical), `canonical ${canonical}`);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  const ld = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
  assert.equal(ld['@type'], 'Article');
  const shownVersion = await page.locator('.data-version time').getAttribute('datetime');
  assert.equal(ld.dateModified, shownVersion);
  await context.close();
});
