// Embeds on a host page of another origin: the snippet's iframes size themselves to their content
// (after load and after an interaction), forged or malformed messages change nothing, the theme
// parameter applies, the WebAssembly starts only near the viewport, and oEmbed is discoverable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { launch, openPage, BASE_URL } from './helpers.mjs';

let browser;
let hostServer;
let HOST_URL;

const freePort = () => new Promise((resolve) => {
  const server = createServer();
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});

async function startServer(dir) {
  const port = await freePort();
  const child = spawn(process.env.XTASK_BIN ?? 'target/debug/xtask', ['serve-dist', '--port', String(port), '--dir', dir], { stdio: 'ignore' });
  for (let i = 0; i < 50; i += 1) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return { child, url: `http://127.0.0.1:${port}/` };
}

before(async () => {
  browser = await launch();
  const dir = await mkdtemp(join(tmpdir(), 'r1-host-'));
  // The host is a different origin (another port) from the explainer at BASE_URL.
  const embed = (view, query, height) => `<iframe src="${BASE_URL}embed-${view}.html${query}" title="${view}" allow="clipboard-write" data-r1-embed width="100%" height="${height}" style="border:0;width:100%"></iframe>`;
  await writeFile(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host blog</title></head><body style="margin:0">
<h1>A blog post</h1>
<div id="cost">${embed('cost', '?id=cost1&theme=dark', 300)}</div>
<div id="bench">${embed('benchmarks', '?id=b1', 300)}</div>
<iframe id="intruder" srcdoc="<script>parent.postMessage({type:'r1-explainer:resize', height: 4321}, '*'); parent.postMessage({sentinel:'amp', type:'embed-size', height: 4321}, '*');</script>" style="height:150px"></iframe>
<div style="height:4000px"></div>
<div id="late">${embed('timeline', '?id=t1', 300)}</div>
<script src="${BASE_URL}embed.js" async></script>
</body></html>`);
  hostServer = await startServer(dir);
  HOST_URL = hostServer.url;
  assert.notEqual(new URL(HOST_URL).origin, new URL(BASE_URL).origin);
});

after(async () => {
  hostServer?.child.kill();
  await browser?.close();
});

async function contentHeight(frame) {
  return frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
}

async function waitForFrameHeight(page, selector, frame) {
  let last;
  for (let i = 0; i < 50; i += 1) {
    const wanted = await contentHeight(frame);
    last = await page.locator(selector).evaluate((iframe) => iframe.getBoundingClientRect().height);
    if (Math.abs(last - wanted) <= 3) return last;
    await page.waitForTimeout(100);
  }
  assert.fail(`iframe ${selector} is ${last}px, content is ${await contentHeight(frame)}px`);
}

test('embedded views resize to their content after load and after an interaction', async () => {
  const { context, page, problems } = await openPage(browser, { path: HOST_URL });
  const costFrame = page.frameLocator('#cost iframe');
  const cost = page.frames().find((frame) => frame.url().includes('embed-cost.html'));
  await waitForFrameHeight(page, '#cost iframe', cost);
  const before = await page.locator('#cost iframe').evaluate((iframe) => iframe.getBoundingClientRect().height);
  assert.ok(before > 600, `the cost view grew beyond the 300px default (${before}px)`);
  await cost.waitForSelector('body[data-hydrated="true"]');
  // Ticking more models adds rows and bars: the content gets taller and the iframe follows.
  await costFrame.locator('#cost-model-o1-mini').check();
  await costFrame.locator('#cost-model-v3').check();
  const after = await waitForFrameHeight(page, '#cost iframe', cost);
  assert.ok(after > before, `taller after adding models (${before} → ${after})`);
  const bench = page.frames().find((frame) => frame.url().includes('embed-benchmarks.html'));
  await waitForFrameHeight(page, '#bench iframe', bench);
  // Only the host's own origin and the explainer's are ever asked for anything.
  assert.deepEqual(problems.foreignRequests.filter((url) => !url.startsWith(new URL(HOST_URL).origin)), []);
  await context.close();
});

test('forged messages from other frames, and malformed ones from an embed, change nothing', async () => {
  const { context, page } = await openPage(browser, { path: HOST_URL });
  await page.waitForTimeout(500);
  const intruder = await page.locator('#intruder').evaluate((iframe) => [iframe.style.height, iframe.getAttribute('height')]);
  assert.deepEqual(intruder, ['150px', null]);
  for (const selector of ['#cost iframe', '#bench iframe', '#late iframe']) {
    const height = await page.locator(selector).evaluate((iframe) => iframe.getBoundingClientRect().height);
    assert.notEqual(height, 4321, `${selector} ignored the forged size`);
  }
  const bench = page.frames().find((frame) => frame.url().includes('embed-benchmarks.html'));
  const settled = await waitForFrameHeight(page, '#bench iframe', bench);
  await bench.evaluate(() => {
    parent.postMessage({ type: 'r1-explainer:resize', height: 'huge' }, '*');
    parent.postMessage({ type: 'r1-explainer:resize', height: Number.NaN }, '*');
    parent.postMessage({ type: 'something-else', height: 999 }, '*');
    parent.postMessage('r1-explainer:resize 999', '*');
  });
  await page.waitForTimeout(300);
  assert.equal(await page.locator('#bench iframe').evaluate((iframe) => iframe.getBoundingClientRect().height), settled);
  await context.close();
});

test('the theme parameter and the theme message apply', async () => {
  const { context, page } = await openPage(browser, { path: HOST_URL });
  const cost = page.frames().find((frame) => frame.url().includes('embed-cost.html'));
  await cost.waitForLoadState('load');
  assert.equal(await cost.evaluate(() => document.documentElement.dataset.theme), 'dark');
  const background = await cost.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(background, 'rgb(18, 20, 23)');
  const bench = page.frames().find((frame) => frame.url().includes('embed-benchmarks.html'));
  await bench.waitForLoadState('load');
  assert.equal(await bench.evaluate(() => document.documentElement.dataset.theme), undefined);
  await page.waitForFunction(() => window.r1ExplainerEmbed);
  await page.evaluate(() => window.r1ExplainerEmbed.setTheme(document.querySelector('#bench iframe'), 'dark'));
  await bench.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  await page.evaluate(() => window.r1ExplainerEmbed.setTheme(document.querySelector('#bench iframe'), 'purple'));
  await page.waitForTimeout(200);
  assert.equal(await bench.evaluate(() => document.documentElement.dataset.theme), 'dark');
  await context.close();
});

test('an embed far down the page starts its WebAssembly only when scrolled near', async () => {
  const { context, page } = await openPage(browser, { path: HOST_URL });
  const late = page.frames().find((frame) => frame.url().includes('embed-timeline.html'));
  await late.waitForLoadState('load');
  await page.waitForTimeout(800);
  const wasmBefore = await late.evaluate(() => performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.wasm')).length);
  assert.equal(wasmBefore, 0, 'no wasm fetched while far from the viewport');
  assert.equal(await late.evaluate(() => document.body.dataset.hydrated), undefined);
  await page.locator('#late').scrollIntoViewIfNeeded();
  await late.waitForSelector('body[data-hydrated="true"]', { timeout: 20_000 });
  await context.close();
});

test('each embed view has a title, a source line, a link to the full explainer and oEmbed discovery', async () => {
  for (const view of ['cost', 'timeline', 'benchmarks', 'explainer']) {
    const { context, page } = await openPage(browser, { path: `embed-${view}.html`, javaScriptEnabled: false });
    // The whole-explainer view keeps the page's own title; the others add one.
    assert.ok((await page.locator(view === 'explainer' ? 'h1' : '.embed-title').innerText()).length > 10);
    assert.match(await page.locator('.embed-source').innerText(), /Data checked/);
    assert.equal(await page.locator('a.open-full').innerText(), 'Open the full explainer');
    const href = await page.locator('link[type="application/json+oembed"]').getAttribute('href');
    const oembed = await (await page.request.get(new URL(href, page.url()).href)).json();
    assert.equal(oembed.type, 'rich');
    assert.match(oembed.html, new RegExp(`embed-${view}\\.html`));
    assert.match(oembed.html, /loading="lazy"/);
    await context.close();
  }
});

test('the Embed button gives a snippet for the current view and copies it', async () => {
  const { context, page } = await openPage(browser, { path: '#in=5000' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(BASE_URL).origin });
  await page.waitForSelector('body[data-hydrated="true"]');
  const widget = page.locator('.cost-widget');
  await widget.getByRole('button', { name: 'Embed' }).click();
  const code = await widget.locator('textarea').inputValue();
  assert.match(code, new RegExp(`<iframe src="${BASE_URL}embed-cost\\.html#in=5000" title="[^"]+" loading="lazy" allow="clipboard-write" data-r1-embed`));
  assert.match(code, new RegExp(`<script src="${BASE_URL}embed\\.js" async></script>`));
  await widget.getByRole('button', { name: 'Copy snippet' }).click();
  await widget.locator('.copy-status', { hasText: 'Copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
  await context.close();
});

test('the host script stays small and dependency-free', async () => {
  const script = await readFile(new URL('../../assets/embed/host.js', import.meta.url), 'utf8');
  assert.ok(script.length < 4096, `${script.length} bytes`);
  assert.doesNotMatch(script, /\bimport\b|require\(/);
});
