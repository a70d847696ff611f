// Interaction latency and hydration time in Debian's Chromium with 4x CPU throttling, read from
// the performance measures the bench build records (feature `bench`). Prints JSON.
// Usage: node latency.mjs <url of the bench build> <events>
import { chromium } from 'playwright-core';
import { chromiumFlags } from './chromium.mjs';

const [url, eventsArg] = process.argv.slice(2);
const EVENTS = Number(eventsArg) || 50;

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { count: sorted.length, median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
};

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: chromiumFlags() });

async function throttledPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // Record when the islands report themselves live, relative to navigation start.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.body?.dataset.hydrated === 'true') {
        window.__hydratedAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-hydrated'] });
  });
  return { context, page };
}

// The loader starts the wasm on demand (assets/scripts/page.js): at once for a link to a widget's
// state, otherwise when a widget comes near. Both are measured.
const hydration = [];
for (let run = 0; run < 5; run += 1) {
  const { context, page } = await throttledPage();
  await page.goto(`${url}#rpd=2`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__hydratedAt !== undefined, null, { timeout: 60_000 });
  hydration.push(await page.evaluate(() => window.__hydratedAt));
  await context.close();
}

async function scrolledToWidgets(page) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  await page.locator('[data-island="cost"]').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => window.__hydratedAt !== undefined, null, { timeout: 60_000 });
}

const onDemand = [];
for (let run = 0; run < 5; run += 1) {
  const { context, page } = await throttledPage();
  await scrolledToWidgets(page);
  onDemand.push(await page.evaluate(() => window.__hydratedAt - performance.getEntriesByName('r1:islands-start')[0].startTime));
  await context.close();
}

const { context, page } = await throttledPage();
await scrolledToWidgets(page);
const box = page.locator('#cost-reasoning');
for (let i = 0; i < EVENTS; i += 1) {
  await box.fill(String(1000 + i * 137));
  await box.press('Enter');
}
const cost = await page.evaluate(() => performance.getEntriesByName('r1:cost-input-to-dom').map((entry) => entry.duration));

const timelineFocus = page.locator('[data-island="timeline"] [tabindex="0"]').first();
let timeline = [];
if (await timelineFocus.count()) {
  await timelineFocus.focus();
  for (let i = 0; i < EVENTS; i += 1) await page.keyboard.press(i % 20 < 10 ? 'ArrowRight' : 'ArrowLeft');
  timeline = await page.evaluate(() => performance.getEntriesByName('r1:timeline-key-to-dom').map((entry) => entry.duration));
}
await browser.close();
console.log(JSON.stringify({
  hydration: { runs: hydration, median: stats(hydration).median },
  onDemand: { runs: onDemand, median: stats(onDemand).median },
  costInputToDom: cost.length ? stats(cost) : null,
  timelineKeyToDom: timeline.length ? stats(timeline) : null,
}));
