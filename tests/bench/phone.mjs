// What a phone reader feels, on a simulated phone (390 × 844, 1.6 Mbps down with 150 ms latency,
// 4× CPU slowdown, empty cache): the time from scrolling the cost widget into view to the widget
// answering what the reader typed (the reader types at once; the input is kept until the widget is
// live and then applied), median of the runs, and when within it the wasm had arrived; for a
// reader who scrolls a second after the load (`scrollToLive`) and for one who scrolls the moment
// the page has loaded (`scrollToLiveAtOnce`, before the idle-time download can have got far); and,
// once every island has started, the linear memory of each island's wasm instance. Prints JSON.
// Usage: node phone.mjs <url of the site> <runs>
import { chromium } from 'playwright-core';
import { chromiumFlags } from './chromium.mjs';

const [url, runsArg] = process.argv.slice(2);
const RUNS = Number(runsArg) || 3;
// Lighthouse's mobile preset: 1.6 Mbps down, 750 Kbps up, 150 ms round trip.
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1e6) / 8, uploadThroughput: (750 * 1e3) / 8 };

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: chromiumFlags() });

async function phone() {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true,
    // The offline copy is made in the background a few seconds after the load; it is not part of
    // what the reader waits for here.
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, page };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
let memory = null;

// The runs for a reader who scrolls `readFor` ms after the load.
async function scrollToLive(readFor, measureMemory) {
const runs = [];
// When, in each run, the wasm had arrived (its last byte, from the scroll; below zero when it came
// before): the rest of the wait is compiling, starting and rendering, so the two figures say which
// lever is left.
const wasmArrived = [];
for (let run = 0; run < RUNS; run += 1) {
  const { context, page } = await phone();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  if (readFor > 0) await page.waitForTimeout(readFor);
  const widget = page.locator('.cost-widget');
  const cell = widget.locator('tr[data-model="o1"] .per-request');
  const before = await cell.innerText();
  // o1 at 2M input tokens and the default 1M output: 2 × $15 + $60.
  const expected = '$90.00';
  const scrolledAt = await page.evaluate((want) => {
    window.__answeredAt = undefined;
    const watch = () => {
      const shown = document.querySelector('.cost-widget tr[data-model="o1"] .per-request')?.textContent?.trim();
      if (shown === want && window.__answeredAt === undefined) window.__answeredAt = performance.now();
    };
    new MutationObserver(watch).observe(document.body, { subtree: true, childList: true, characterData: true });
    document.querySelector('[data-island="cost"]').scrollIntoView({ block: 'start' });
    return performance.now();
  }, expected);
  const field = widget.getByLabel('Input tokens per request', { exact: true });
  await field.fill('2000000');
  await field.press('Enter');
  await page.waitForFunction(() => window.__answeredAt !== undefined, null, { timeout: 120_000 });
  const answeredAt = await page.evaluate(() => window.__answeredAt);
  if (before === expected) throw new Error('the widget showed the expected answer before any input');
  runs.push(answeredAt - scrolledAt);
  const wasmEnd = await page.evaluate(() => performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('.wasm'))?.responseEnd);
  if (wasmEnd === undefined) throw new Error('the wasm was not among the resources loaded');
  wasmArrived.push(wasmEnd - scrolledAt);
  if (measureMemory && run === RUNS - 1) {
    await page.waitForFunction(() => document.body.dataset.hydrated === 'true', null, { timeout: 120_000 });
    // Each island's glue was imported as `<glue>#<island>`: importing the same address again gives
    // the same module, whose init returns the instance it already made.
    memory = await page.evaluate(async () => {
      const glue = performance.getEntriesByType('resource').map((entry) => entry.name.split('#')[0])
        .find((name) => /r1-explainer-[0-9a-f]+\.js$/.test(name));
      if (!glue) throw new Error('the glue was not among the resources loaded');
      const islands = [...document.querySelectorAll('[data-island]')].map((slot) => slot.dataset.island);
      const instances = {};
      for (const key of islands) {
        const module = await import(`${glue}#${key}`);
        const exports = await module.default();
        instances[key] = exports.memory.buffer.byteLength;
      }
      return { instances, total: Object.values(instances).reduce((sum, bytes) => sum + bytes, 0) };
    });
  }
  await context.close();
}
return { runs, median: median(runs), wasmArrived: { runs: wasmArrived, median: median(wasmArrived) } };
}

const afterReading = await scrollToLive(1000, true);
const atOnce = await scrollToLive(0, false);
await browser.close();
console.log(JSON.stringify({
  scrollToLive: { runs: afterReading.runs, median: afterReading.median },
  wasmArrived: afterReading.wasmArrived,
  scrollToLiveAtOnce: { runs: atOnce.runs, median: atOnce.median },
  wasmArrivedAtOnce: atOnce.wasmArrived,
  memory,
}));
