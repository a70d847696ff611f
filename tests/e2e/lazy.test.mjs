// When the WebAssembly starts: not for a reader of the first screens (who gets the prerendered
// page and nothing else on the main thread; the downloads wait for the load and an idle moment),
// but as soon as a widget comes near, a figure is reached for, or a link carries a widget's state.
// The offline copy is made in the background either way.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, untilHydrated, BASE_URL } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Records the page's own requests for the wasm (the service worker's precache is not the page). */
function wasmRequests(page) {
  const seen = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.wasm') && !request.serviceWorker()) seen.push(request.url());
  });
  return seen;
}

test('nothing of the wasm loads before the page has; it is fetched at idle, and runs only when a widget comes near', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const wasm = wasmRequests(page);
  await page.goto(BASE_URL, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  assert.equal(wasm.length, 1, 'the wasm is fetched once the page is idle');
  const timing = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation');
    const entries = performance.getEntriesByType('resource');
    const ours = (pattern) => entries.filter((entry) => pattern.test(entry.name)).map((entry) => entry.startTime);
    return { load: navigation.loadEventEnd, wasm: ours(/\.wasm$/), glue: ours(/r1-explainer-[0-9a-f]+\.js/), text: ours(/page-text/) };
  });
  for (const [what, starts] of Object.entries(timing)) {
    if (what === 'load') continue;
    assert.equal(starts.length, 1, `${what} fetched once (${JSON.stringify(timing)})`);
    assert.ok(starts[0] >= timing.load, `${what} asked for after the load (${JSON.stringify(timing)})`);
  }
  // Fetched, not run: no island has started, and no widget says it is starting.
  assert.equal(await page.locator('body[data-hydrated]').count(), 0);
  assert.equal(await page.locator('[data-state]').count(), 0);
  assert.equal(await page.locator('.cost-widget tr[data-model="r1"] .per-request').innerText(), '$2.74');
  await page.mouse.wheel(0, 400);
  await page.waitForTimeout(300);
  assert.equal(await page.locator('body[data-hydrated]').count(), 0, 'a little scrolling through the prose is not enough');
  await page.locator('.cost-widget').scrollIntoViewIfNeeded();
  await untilHydrated(page);
  assert.equal(wasm.length, 1, 'the islands start on the wasm already fetched');
  await context.close();
});

test('a reader who asked to save data fetches no wasm until a widget comes near; then the first island\'s glue comes beside it', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
  const wasm = wasmRequests(page);
  await page.goto(BASE_URL, { waitUntil: 'load' });
  assert.equal(await page.evaluate(() => navigator.connection?.saveData), true, 'Save-Data is on');
  await page.waitForTimeout(1500);
  assert.deepEqual(wasm, [], 'no wasm before a widget is near');
  // A slow line, so that the wasm takes a while to arrive (hundreds of ms here): the glue's
  // request must not wait for it, since on a phone it is a round trip of its own.
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 100, downloadThroughput: 1_000_000, uploadThroughput: 1_000_000 });
  await page.locator('.cost-widget').scrollIntoViewIfNeeded();
  await untilHydrated(page);
  const timing = await page.evaluate(() => {
    const entries = performance.getEntriesByType('resource');
    const wasm = entries.find((entry) => entry.name.endsWith('.wasm'));
    const glue = entries.filter((entry) => /r1-explainer-[0-9a-f]+\.js/.test(entry.name));
    return { wasmStart: wasm?.startTime, wasmEnd: wasm?.responseEnd, glueStart: Math.min(...glue.map((entry) => entry.startTime)) };
  });
  assert.ok(timing.wasmEnd - timing.wasmStart > 200, `the wasm took a while on the slow line (${JSON.stringify(timing)})`);
  assert.ok(timing.glueStart < timing.wasmEnd, `the glue was asked for before the wasm arrived (${JSON.stringify(timing)})`);
  await context.close();
});

test('a link with a widget state starts the wasm at once and shows that state', async () => {
  const { context, page } = await openPage(browser, { path: '#in=2000000' });
  await untilHydrated(page);
  assert.equal(await page.locator('.cost-widget tr[data-model="o1"] .per-request').innerText(), '$90.00');
  await context.close();
});

test('a click on a figure before the wasm is up opens its card once it is', async () => {
  const { context, page, problems } = await openPage(browser);
  assert.equal(await page.locator('body[data-hydrated]').count(), 0);
  const figure = page.locator('main button.fact').first();
  assert.ok(await figure.isVisible(), 'a figure on the first screen');
  await figure.click();
  await page.locator('#source-card').waitFor({ state: 'visible', timeout: 20_000 });
  assert.equal(await figure.getAttribute('aria-expanded'), 'true');
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('the service worker is registered without waiting for the widgets', async () => {
  const { context, page } = await openPage(browser);
  let registered = false;
  for (let i = 0; i < 100 && !registered; i += 1) {
    registered = await page.evaluate(async () => Boolean(await navigator.serviceWorker.getRegistration()));
    if (!registered) await page.waitForTimeout(100);
  }
  assert.ok(registered, 'registered within 10 s of the load');
  assert.equal(await page.locator('body[data-hydrated]').count(), 0, 'the widgets are still asleep');
  await context.close();
});

for (const viewport of [{ width: 412, height: 823 }, { width: 1280, height: 900 }]) {
  test(`nothing moves once painted: no layout shift while the page loads and its tools come to life (${viewport.width} px)`, async () => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (!entry.hadRecentInput) window.__shifts.push({ value: entry.value, nodes: entry.sources.map((source) => source.node?.className ?? source.node?.nodeName) });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(BASE_URL, { waitUntil: 'load' });
    // The tools are live (share.js ran) and the offline copy has had time to start.
    await page.locator('[data-share="page"] [data-share-do="copy-link"]:not([hidden])').waitFor();
    await page.waitForTimeout(1000);
    assert.deepEqual(await page.evaluate(() => window.__shifts), []);
    await context.close();
  });
}
