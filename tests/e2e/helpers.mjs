// Shared set-up for the end-to-end tests: Debian's Chromium driven by playwright-core against the
// built dist/ that `cargo xtask test` (or `cargo xtask e2e`) serves on loopback (BASE_URL).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:8080/';
export const ORIGIN = new URL(BASE_URL).origin;
const XTASK = process.env.XTASK_BIN ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '../../target/debug/xtask');

/**
 * The flags of every headless Chromium of the project (they let it run as root in a sandbox-less
 * container with no network beyond loopback), defined once in xtask/src/site.rs and handed over by
 * xtask as CHROMIUM_FLAGS.
 */
export function chromiumFlags() {
  const flags = process.env.CHROMIUM_FLAGS;
  if (!flags) {
    throw new Error('CHROMIUM_FLAGS is not set: run the tests with `cargo xtask test` or `cargo xtask e2e [FILE...]`, or set CHROMIUM_FLAGS="$(cargo xtask chromium-flags)"');
  }
  return flags.split(' ').filter(Boolean);
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: chromiumFlags(),
  });
}

/** A loopback port nobody listens on right now. */
export async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Serves `dir` with `xtask serve-dist` (the project's one static server) on `port`, a free one by
 * default, and waits until it answers. Each test that needs an origin of its own, or a server it
 * can stop, starts one here.
 */
export async function serveFolder(dir, { port } = {}) {
  port ??= await freePort();
  const child = spawn(XTASK, ['serve-dist', '--port', String(port), '--dir', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i += 1) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(`${origin}/`);
      if (response.ok) return { stop, origin, url: `${origin}/`, port };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`serve-dist did not start on port ${port}: ${stderr}`);
}

/**
 * Opens a page and records what a reader would never want to see: console errors, uncaught
 * exceptions, failed requests, and any request to an origin other than the site's own.
 */
export async function openPage(browser, { path = '', javaScriptEnabled = true, viewport, contextOptions = {}, prepare } = {}) {
  const context = await browser.newContext({ javaScriptEnabled, viewport: viewport ?? { width: 1280, height: 900 }, ...contextOptions });
  // Routes and the like that must be in place before the page asks for anything: the loader
  // downloads the wasm and the page text at the first idle moment after the load.
  await prepare?.(context);
  // Every Content-Security-Policy violation the page reports, for the tests to assert on.
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  const page = await context.newPage();
  const problems = { consoleErrors: [], pageErrors: [], foreignRequests: [], failedRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && new URL(url).origin !== ORIGIN) problems.foreignRequests.push(url);
  });
  page.on('requestfailed', (request) => problems.failedRequests.push(request.url()));
  await goto(page, new URL(path, BASE_URL).href);
  return { context, page, problems };
}

/** Follows the page's requests from now on: `open()` lists those not finished yet, `stop()` ends it. */
function trackRequests(page) {
  const open = new Map();
  const opened = (request) => open.set(request, request.url());
  const closed = (request) => open.delete(request);
  page.on('request', opened);
  page.on('requestfinished', closed);
  page.on('requestfailed', closed);
  return {
    open: () => [...open.values()],
    stop() {
      page.off('request', opened);
      page.off('requestfinished', closed);
      page.off('requestfailed', closed);
    },
  };
}

/**
 * `page.goto` until the load event, saying which requests were still open if it never comes.
 * Headless Chromium now and then never fires `load` (seen a few times in hundreds of loads, with
 * no request of the page pending on our side): such a navigation is tried once more, and the
 * second try's failure is the test's. Each retry is printed, so flakiness shows in the output.
 */
export async function goto(page, url, { waitUntil = 'load', timeout = 20_000 } = {}) {
  const requests = trackRequests(page);
  try {
    return await page.goto(url, { waitUntil, timeout });
  } catch (error) {
    if (error.name !== 'TimeoutError') throw error;
    console.log(`# warning: no load event from ${url} after ${timeout} ms; still open: ${JSON.stringify(requests.open())}; trying once more`);
    return await page.goto(url, { waitUntil, timeout: 30_000 });
  } finally {
    requests.stop();
  }
}

/**
 * Brings the islands to life and waits until every one is hydrated (<body data-hydrated>). The
 * loader starts the wasm only when a widget comes near the screen (assets/scripts/page.js), so this
 * scrolls the first widget near, as a reader would, then puts the page back where it was.
 */
export async function waitForHydration(page) {
  await wakeIslands(page);
  await untilHydrated(page);
}

/**
 * Waits until every island is live (<body data-hydrated>). If they never are, the error says how
 * far the start got: each widget's state, the loader's downloads and which of them never finished,
 * so that a rare hang can be told from a slow machine.
 */
export async function untilHydrated(page, timeout = 20_000) {
  const requests = trackRequests(page);
  try {
    await page.waitForSelector('body[data-hydrated="true"]', { timeout });
  } catch (error) {
    const state = await page.evaluate(() => ({
      readyState: document.readyState,
      widgets: [...document.querySelectorAll('[data-island]')].map((slot) => `${slot.dataset.island}: ${slot.closest('.widget')?.dataset.state ?? 'no state'}${slot.dataset.failed ? ', failed' : ''}`),
      marks: performance.getEntriesByType('mark').map((mark) => `${mark.name} at ${Math.round(mark.startTime)} ms`),
      downloads: performance.getEntriesByType('resource').filter((entry) => /\.(wasm|js|json)$/.test(entry.name)).map((entry) => `${entry.name.split('/').pop()} ${Math.round(entry.startTime)}–${Math.round(entry.responseEnd)} ms`),
    })).catch((reason) => String(reason));
    error.message += `\nnot hydrated: ${JSON.stringify(state)}; requests still open since this wait began: ${JSON.stringify(requests.open())}`;
    throw error;
  } finally {
    requests.stop();
  }
}

/** Scrolls the first widget into view and back, which is what starts the wasm. */
export async function wakeIslands(page) {
  await page.evaluate(async () => {
    const y = window.scrollY;
    document.querySelector('[data-island]:not([data-island="cards"])')?.scrollIntoView({ block: 'center', behavior: 'instant' });
    // Two frames, so the intersection observer sees the widget before the page scrolls back.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    window.scrollTo({ top: y, behavior: 'instant' });
  });
}

export const SECTION_IDS = ['emergence', 'openness', 'stacks-up', 'reaction', 'implications', 'future'];

/** The Content-Security-Policy violations the page has reported so far. */
export async function cspViolations(page) {
  return page.evaluate(() => window.__cspViolations ?? []);
}

/**
 * Polls `read` until `check` accepts its value (Yew renders after the event that caused it), every
 * `interval` ms, at most `tries` times; fails with the last value seen.
 */
export async function eventually(read, check, what, { tries = 60, interval = 50 } = {}) {
  let value;
  for (let i = 0; i < tries; i += 1) {
    value = await read();
    if (check(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
  assert.fail(`${what}: last saw ${JSON.stringify(value)}`);
}
