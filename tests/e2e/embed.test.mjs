// Embeds on a host page of another origin: the snippet's iframes size themselves to their content
// (after load and after an interaction), forged or malformed messages change nothing, the theme
// parameter applies, the WebAssembly starts only near the viewport, and oEmbed is discoverable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openPage, serveFolder, BASE_URL } from './helpers.mjs';

let browser;
let hostServer;
let HOST_URL;

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
  hostServer = await serveFolder(dir);
  HOST_URL = hostServer.url;
  assert.notEqual(new URL(HOST_URL).origin, new URL(BASE_URL).origin);
});

after(async () => {
  await hostServer?.stop();
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

// A property test of both message decoders, in the real browser: thousands of generated
// messages, most of them malformed, from a seeded generator (a failure names its seed). The
// oracle below is written apart from the decoders in assets/embed/, from the documented format.
const MESSAGE_CASES = 3000;

function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function arbitrary(random, depth = 0) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const strings = ['', 'light', 'dark', 'auto', 'Dark', ' light', '<img src=x onerror=alert(1)>', 'r1-explainer:resize', 'r1-explainer:theme', 'embed-size', 'amp', '\u0000', 'é'.repeat(50)];
  const numbers = [0, -0, 1, -1, 79, 80, 81, 1.5, 640.2, 19999.9, 20000, 20001, 1e9, -1e9, Number.NaN, Infinity, -Infinity, Number.MAX_VALUE, Number.MIN_VALUE];
  switch (Math.floor(random() * (depth > 1 ? 4 : 6))) {
    case 0: return pick(numbers);
    case 1: return pick(strings);
    case 2: return pick([null, undefined, true, false]);
    case 3: return Math.floor(random() * 1e6) - 5e5;
    case 4: return Array.from({ length: Math.floor(random() * 3) }, () => arbitrary(random, depth + 1));
    default: {
      const object = {};
      for (const key of ['type', 'sentinel', 'height', 'theme', 'id']) if (random() < 0.4) object[key] = arbitrary(random, depth + 1);
      return object;
    }
  }
}

/** A message near the valid shape, with each field sometimes wrong. */
function nearlyValid(random, kind) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const message = kind === 'resize'
    ? (random() < 0.5 ? { type: 'r1-explainer:resize', id: 'b1' } : { sentinel: 'amp', type: 'embed-size' })
    : { type: 'r1-explainer:theme' };
  const field = kind === 'resize' ? 'height' : 'theme';
  message[field] = random() < 0.5 ? arbitrary(random, 2) : (kind === 'resize' ? random() * 30000 - 5000 : pick(['light', 'dark', 'auto']));
  if (random() < 0.15) message.type = arbitrary(random, 2);
  return random() < 0.1 ? [message] : message;
}

/** What the host should make of a message: the new height, or null to ignore it. */
function expectedHeight(data) {
  if (!data || typeof data !== 'object' || Array.isArray(data) && !('type' in data)) return null;
  const ours = data.type === 'r1-explainer:resize';
  const amp = data.sentinel === 'amp' && data.type === 'embed-size';
  if (!ours && !amp) return null;
  if (typeof data.height !== 'number' || !Number.isFinite(data.height)) return null;
  return Math.min(20000, Math.max(80, Math.ceil(data.height)));
}

/** What the view should make of a theme message: its data-theme, '' for none, undefined to ignore. */
function expectedTheme(data) {
  if (!data || typeof data !== 'object' || data.type !== 'r1-explainer:theme') return undefined;
  if (data.theme === 'auto') return '';
  return data.theme === 'light' || data.theme === 'dark' ? data.theme : undefined;
}

test(`the host and view message decoders hold their invariants over ${MESSAGE_CASES} generated messages each`, async () => {
  const seed = Number(process.env.MESSAGE_SEED ?? 20250120);
  const random = mulberry32(seed);
  const { context, page, problems } = await openPage(browser, { path: HOST_URL });
  const bench = page.frames().find((frame) => frame.url().includes('embed-benchmarks.html'));
  await bench.waitForLoadState('load');
  await page.waitForFunction(() => window.r1ExplainerEmbed);
  // Every height the host ever sets, and every theme the view ever takes.
  await page.evaluate(() => {
    window.__heights = [];
    const frame = document.querySelector('#bench iframe');
    new MutationObserver(() => window.__heights.push(frame.getAttribute('height'))).observe(frame, { attributeFilter: ['height'] });
  });
  await bench.evaluate(() => {
    window.__themes = [];
    new MutationObserver(() => window.__themes.push(document.documentElement.getAttribute('data-theme')))
      .observe(document.documentElement, { attributeFilter: ['data-theme'] });
  });
  const frameHeight = () => page.locator('#bench iframe').getAttribute('height');
  const frameTheme = () => bench.evaluate(() => document.documentElement.getAttribute('data-theme') ?? '');
  let height = await frameHeight();
  let theme = await frameTheme();
  for (let sent = 0; sent < MESSAGE_CASES; sent += 100) {
    const resizes = Array.from({ length: 100 }, () => (random() < 0.5 ? nearlyValid(random, 'resize') : arbitrary(random)));
    const themes = Array.from({ length: 100 }, () => (random() < 0.5 ? nearlyValid(random, 'theme') : arbitrary(random)));
    for (const message of resizes) height = String(expectedHeight(message) ?? height);
    for (const message of themes) theme = expectedTheme(message) ?? theme;
    await bench.evaluate((messages) => { for (const message of messages) parent.postMessage(message, '*'); }, resizes);
    await page.evaluate((messages) => {
      const frame = document.querySelector('#bench iframe');
      for (const message of messages) frame.contentWindow.postMessage(message, new URL(frame.src).origin);
    }, themes);
    await page.waitForFunction((wanted) => document.querySelector('#bench iframe').getAttribute('height') === wanted, height, { timeout: 2000 })
      .catch(() => {});
    assert.equal(await frameHeight(), height, `seed ${seed}, after ${sent + 100} resize messages`);
    await bench.waitForFunction((wanted) => (document.documentElement.getAttribute('data-theme') ?? '') === wanted, theme, { timeout: 2000 })
      .catch(() => {});
    assert.equal(await frameTheme(), theme, `seed ${seed}, after ${sent + 100} theme messages`);
  }
  for (const value of await page.evaluate(() => window.__heights)) {
    assert.match(value, /^\d+$/, `seed ${seed}: height ${value}`);
    assert.ok(Number(value) >= 80 && Number(value) <= 20000, `seed ${seed}: height ${value}`);
  }
  for (const value of await bench.evaluate(() => window.__themes)) {
    assert.ok([null, 'light', 'dark'].includes(value), `seed ${seed}: theme ${value}`);
  }
  assert.deepEqual(problems.pageErrors, []);
  console.log(`# host and view decoders: ${MESSAGE_CASES} + ${MESSAGE_CASES} generated messages, seed ${seed}`);
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
