// Offline use (issue 6): the service worker after one visit with the server stopped, a new deploy on
// the same origin replacing the old one without mixing builds, the single-file edition opened from
// disk, and the manifest and icons. Each test runs its own servers on loopback (XTASK_BIN
// serve-dist) over a copy of the built DIST_DIR, so it can stop them and swap builds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launch, openPage, goto, waitForHydration, SECTION_IDS, eventually as poll, freePort, serveFolder } from './helpers.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DIST = process.env.DIST_DIR ?? path.join(HERE, '../../dist');
const XTASK = process.env.XTASK_BIN ?? path.join(HERE, '../../target/debug/xtask');
const VIEWPORT = { width: 1280, height: 900 };

let browser;
const cleanups = [];
before(async () => { browser = await launch(); });
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await browser?.close();
});

/** A copy of the built site in a fresh temporary folder (removed after the tests). */
function copyOfDist(label) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `r1-offline-${label}-`));
  fs.cpSync(DIST, dir, { recursive: true });
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Serves `dir` on `port` until the tests end (or the test stops it). */
async function serve(dir, port) {
  const server = await serveFolder(dir, { port });
  cleanups.push(server.stop);
  return server;
}

/** Records what a reader should never meet, for pages on `origin` (or file: when origin is null). */
function watch(page, origin) {
  const problems = { consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [], requests: [] };
  page.on('console', (message) => { if (message.type() === 'error') problems.consoleErrors.push(message.text()); });
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
  page.on('requestfailed', (request) => problems.failedRequests.push(`${request.url()} ${request.failure()?.errorText}`));
  page.on('request', (request) => {
    const url = request.url();
    problems.requests.push(url);
    const own = origin === null ? url.startsWith('file:') : url.startsWith(`${origin}/`);
    if (!own && !url.startsWith('data:')) problems.foreignRequests.push(url);
  });
  return problems;
}

/** Polls `read` until `check` accepts its value. */
// Service workers install and caches fill on their own time: wait up to 20 s.
const eventually = (read, check, what) => poll(read, check, what, { tries: 200, interval: 100 });

const controlled = (page) => eventually(
  () => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null),
  (state) => state === 'activated',
  'a service worker controls the page',
);
const cacheKeys = (page) => page.evaluate(() => caches.keys());
const versionOf = (dir) => /const VERSION = '([0-9a-f]{16})';/.exec(fs.readFileSync(path.join(dir, 'sw.js'), 'utf8'))[1];

/** Both islands respond: the cost widget recomputes, the timeline selects an event. */
async function widgetsRespond(page) {
  const o1 = page.locator('.cost-widget table.cost-table tr[data-model="o1"] .per-request');
  const before = await o1.innerText();
  await page.locator('#cost-reasoning').fill('1,000,000');
  await page.locator('#cost-reasoning').press('Enter');
  await eventually(() => o1.innerText(), (text) => text !== before, 'the o1 cost follows the reasoning tokens');
  assert.equal(await o1.innerText(), '$135.00');
  await page.waitForSelector('.timeline-widget.is-live');
  await page.locator('.tl-chart .mark[data-event="r1"] .tl-label').click();
  await eventually(() => page.locator('.tl-details h4').innerText().catch(() => ''), (title) => title.includes('R1'), 'the timeline shows the picked event');
  const prices = page.locator('.price-chart');
  await prices.getByRole('button', { name: 'Input', exact: true }).click();
  await eventually(() => prices.locator('.headline').innerText(), (text) => /Per 1M (uncached )?input tokens/.test(text), 'the price chart shows input prices');
}

async function sectionsPresent(page) {
  for (const id of SECTION_IDS) {
    assert.equal(await page.locator(`section#${id} > h2`).count(), 1, `section #${id}`);
  }
}

test('offline: after one visit the whole explainer loads, hydrates and works with the server stopped', async () => {
  const dir = copyOfDist('offline');
  const server = await serve(dir, await freePort());
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const problems = watch(page, server.origin);
  await goto(page, `${server.origin}/`);
  await waitForHydration(page);
  await controlled(page);
  const note = page.locator('#offline-note');
  assert.equal(await note.isHidden(), true, 'no note while online');
  assert.deepEqual(await cacheKeys(page), [`r1-explainer / ${versionOf(dir)}`]);

  // Going offline shows the note without moving the text.
  const mainTop = () => page.evaluate(() => document.querySelector('main').getBoundingClientRect().top + scrollY);
  const topOnline = await mainTop();
  await context.setOffline(true);
  await eventually(() => note.isVisible(), Boolean, 'the note appears when the browser goes offline');
  assert.equal(await mainTop(), topOnline, 'showing the note moves nothing');

  await server.stop();
  await page.reload({ waitUntil: 'load' });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.offline), 'saved-copy', 'the page came from the cache');
  // Chromium 148 driven by Playwright forgets the emulated offline state across a reload (the
  // reloaded page reports navigator.onLine === true), where a really offline device reports
  // false; applying it again gives the page what such a device would.
  if (await page.evaluate(() => navigator.onLine)) {
    await context.setOffline(false);
    await context.setOffline(true);
    await eventually(() => page.evaluate(() => navigator.onLine), (online) => online === false, 'the page sees itself offline');
  }
  await sectionsPresent(page);
  await waitForHydration(page);
  await widgetsRespond(page);
  const dataDate = await page.locator('.data-version time').textContent();
  assert.match(dataDate, /^\d{1,2} [A-Z][a-z]+ \d{4}$/);
  assert.equal(await note.isVisible(), true);
  assert.equal(await note.innerText(), `Offline — showing the copy saved on this device; data checked ${dataDate}`);
  assert.equal(await note.evaluate((element) => getComputedStyle(element).position), 'fixed');

  await context.setOffline(false);
  await eventually(() => note.isHidden(), Boolean, 'the note goes when the browser is back online');
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.failedRequests, []);
  assert.deepEqual(problems.foreignRequests, []);
  await context.close();
});

test('offline: the Chinese edition, visited once, loads and works in Chinese with the server stopped', async () => {
  const dir = copyOfDist('offline-zh');
  const server = await serve(dir, await freePort());
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const problems = watch(page, server.origin);
  await goto(page, `${server.origin}/zh/`);
  await waitForHydration(page);
  await controlled(page);
  await server.stop();
  await page.reload({ waitUntil: 'load' });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.offline), 'saved-copy', 'the page came from the cache');
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  await sectionsPresent(page);
  await waitForHydration(page);
  const o1 = page.locator('.cost-widget table.cost-table tr[data-model="o1"] .per-request');
  await page.locator('#cost-reasoning').fill('1,000,000');
  await page.locator('#cost-reasoning').press('Enter');
  await eventually(() => o1.innerText(), (text) => text === '135.00美元', 'the o1 cost follows the reasoning tokens, in Chinese');
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

/**
 * Build B: a copy of the site whose main stylesheet says so (`--r1-build: "B"`) under a new content
 * hash, with every page pointing at it, then the offline files regenerated from the folder.
 */
function buildB() {
  const dir = copyOfDist('b');
  const oldName = fs.readdirSync(dir).find((name) => /^main-[0-9a-f]+\.css$/.test(name));
  const oldCss = fs.readFileSync(path.join(dir, oldName));
  const css = Buffer.concat([oldCss, Buffer.from('\n:root { --r1-build: "B"; }\n')]);
  const newName = `main-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  fs.rmSync(path.join(dir, oldName));
  fs.writeFileSync(path.join(dir, newName), css);
  // Every page, the Chinese edition's in zh/ too.
  const pages = [
    ...fs.readdirSync(dir).filter((name) => name.endsWith('.html')),
    ...fs.readdirSync(path.join(dir, 'zh')).filter((name) => name.endsWith('.html')).map((name) => path.join('zh', name)),
  ];
  for (const page of pages) {
    const file = path.join(dir, page);
    const html = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, html.replaceAll(oldName, newName).replaceAll(sri(oldCss), sri(css)));
  }
  execFileSync(XTASK, ['offline-files', '--dir', dir], { stdio: 'ignore' });
  return { dir, oldName, newName };
}

test('update: build B on the same origin is used at once and alone, and build A\'s cache is deleted', async () => {
  const dirA = copyOfDist('a');
  const { dir: dirB, oldName, newName } = buildB();
  const [versionA, versionB] = [versionOf(dirA), versionOf(dirB)];
  assert.notEqual(versionA, versionB);
  const filesB = new Set([...fs.readdirSync(dirB), ...fs.readdirSync(path.join(dirB, 'zh')).map((name) => `zh/${name}`)]);
  const port = await freePort();

  let server = await serve(dirA, port);
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const problems = watch(page, server.origin);
  await goto(page, `${server.origin}/`);
  await waitForHydration(page);
  await controlled(page);
  assert.deepEqual(await cacheKeys(page), [`r1-explainer / ${versionA}`]);
  const build = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--r1-build').trim());
  assert.equal(await build(), '', 'build A');

  await server.stop();
  server = await serve(dirB, port);
  for (const visit of [1, 2]) {
    await goto(page, `${server.origin}/`);
    await waitForHydration(page);
    assert.equal(await build(), '"B"', `visit ${visit} runs build B's stylesheet`);
    const sheets = await page.evaluate(() => [...document.querySelectorAll('link[rel="stylesheet"]')].map((link) => link.getAttribute('href')));
    assert.ok(sheets.includes(`./${newName}`), `visit ${visit} links ${newName}: ${sheets}`);
    const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    for (const url of resources) {
      const name = new URL(url).pathname.slice(1);
      assert.ok(filesB.has(name), `visit ${visit} loaded ${name}, which is not in build B`);
    }
    assert.ok(resources.some((url) => url.endsWith(newName)), `visit ${visit} loaded ${newName}`);
    assert.ok(!resources.some((url) => url.endsWith(oldName)), `visit ${visit} never loads build A's ${oldName}`);
    if (visit === 1) {
      // The new worker installs, activates and removes build A's cache.
      await eventually(() => cacheKeys(page), (keys) => keys.length === 1 && keys[0] === `r1-explainer / ${versionB}`, 'only build B\'s cache is left');
      await controlled(page);
    }
  }
  assert.deepEqual(await cacheKeys(page), [`r1-explainer / ${versionB}`]);
  const cached = await page.evaluate(async () => (await caches.open((await caches.keys())[0])).keys().then((requests) => requests.map((request) => new URL(request.url).pathname.slice(1))));
  assert.ok(cached.includes(newName) && !cached.includes(oldName), 'the cache holds build B\'s stylesheet only');
  assert.ok(cached.every((name) => filesB.has(name)), 'every cached file is one of build B\'s');
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.failedRequests, []);
  await context.close();
});

test('a half-uploaded deploy (build B\'s worker beside build A\'s page) is refused until the upload is complete', async () => {
  const dirA = copyOfDist('a');
  const { dir: dirB, newName } = buildB();
  const half = copyOfDist('half');
  for (const name of ['sw.js', newName]) fs.copyFileSync(path.join(dirB, name), path.join(half, name));
  const [versionA, versionB] = [versionOf(dirA), versionOf(dirB)];
  const port = await freePort();

  let server = await serve(dirA, port);
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await goto(page, `${server.origin}/`);
  await waitForHydration(page);
  await controlled(page);

  await server.stop();
  server = await serve(half, port);
  await goto(page, `${server.origin}/`);
  await waitForHydration(page);
  // Build B's worker finds build A's index.html and gives up; build A's stays in charge.
  const outcome = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration.update().catch(() => {});
    const worker = registration.installing;
    if (!worker) return registration.waiting ? 'waiting' : 'no new worker';
    return new Promise((resolve) => {
      const settled = () => { if (['redundant', 'installed', 'activated'].includes(worker.state)) resolve(worker.state); };
      worker.addEventListener('statechange', settled);
      settled();
    });
  });
  assert.equal(outcome, 'redundant', 'the new worker refused to install');
  assert.deepEqual(await cacheKeys(page), [`r1-explainer / ${versionA}`]);

  await server.stop();
  server = await serve(dirB, port);
  await goto(page, `${server.origin}/`);
  await waitForHydration(page);
  await eventually(() => cacheKeys(page), (keys) => keys.length === 1 && keys[0] === `r1-explainer / ${versionB}`, 'the complete build B replaces build A');
  await context.close();
});

test('single file: r1-explainer-offline.html opened from disk works with no server and no failed request', async () => {
  const file = path.join(DIST, 'r1-explainer-offline.html');
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const problems = watch(page, null);
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  await sectionsPresent(page);
  await waitForHydration(page);
  await widgetsRespond(page);
  assert.equal(await page.locator('script[src], link[rel="stylesheet"], link[rel="manifest"]').count(), 0, 'nothing loads from another file');
  assert.equal(await page.locator('.offline-download').count(), 0, 'no download link in the download');
  assert.equal(await page.locator('#offline-note').isHidden(), true);
  await page.waitForLoadState('networkidle');
  assert.deepEqual(problems.failedRequests, []);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.foreignRequests, [], 'only the file itself and data: URLs');
  await context.close();
});

test('the page links the manifest, whose icons exist, and offers the single file for download', async () => {
  const { context, page } = await openPage(browser);
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifestUrl = new URL(manifestHref, page.url());
  const response = await page.request.get(manifestUrl.href);
  assert.equal(response.status(), 200);
  const manifest = await response.json();
  assert.equal(manifest.start_url, './');
  assert.equal(manifest.display, 'standalone');
  assert.ok(manifest.name && manifest.short_name && manifest.theme_color && manifest.background_color);
  const sizes = manifest.icons.map((icon) => icon.sizes);
  assert.deepEqual(sizes, ['192x192', '512x512', 'any']);
  for (const icon of manifest.icons) {
    const image = await page.request.get(new URL(icon.src, manifestUrl).href);
    assert.equal(image.status(), 200, icon.src);
    assert.equal(image.headers()['content-type'], icon.type);
    if (icon.type === 'image/png') {
      const body = await image.body();
      const [width, height] = [body.readUInt32BE(16), body.readUInt32BE(20)];
      assert.equal(`${width}x${height}`, icon.sizes, `${icon.src} is ${icon.sizes}`);
    }
  }
  assert.equal(await page.locator('meta[name="theme-color"]').count(), 2);
  const link = page.locator('.offline-download a');
  assert.equal(await link.getAttribute('download'), 'r1-explainer-offline.html');
  assert.match(await link.innerText(), /^Download for offline \(\d+ KB\)$/);
  const single = await page.request.get(new URL(await link.getAttribute('href'), page.url()).href);
  assert.equal(single.status(), 200);
  const kb = Number(/\((\d+) KB\)/.exec(await link.innerText())[1]);
  assert.equal(kb, Math.round((await single.body()).length / 1000), 'the link states the file\'s size');
  await context.close();
});
