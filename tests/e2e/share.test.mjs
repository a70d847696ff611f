// Share, cite and download (assets/share.js over the prerendered tool rows): copy link to the
// current view, the share button only where a share sheet exists, citations with the data version,
// and the data and charts on screen as CSV, standalone SVG and 2× PNG, with and without the wasm.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openPage, waitForHydration, cspViolations, serveFolder, BASE_URL } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const CLIPBOARD = { permissions: ['clipboard-read', 'clipboard-write'] };
const WIDGETS = ['cost', 'training', 'timeline', 'prices', 'benchmarks'];

async function open(path = '', options = {}) {
  const opened = await openPage(browser, { path, contextOptions: CLIPBOARD, ...options });
  await waitForHydration(opened.page);
  return opened;
}

const tools = (page, key) => page.locator(`.share-tools[data-share="${key}"]`);
const clipboard = (page) => page.evaluate(() => navigator.clipboard.readText());
const hash = (page) => page.evaluate(() => location.hash);

async function downloadText(page, key, kind) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    tools(page, key).getByRole('button', { name: `Download ${kind.toUpperCase()}` }).click(),
  ]);
  assert.equal(download.suggestedFilename(), `r1-explainer-${key}.${kind}`);
  return readFile(await download.path(), kind === 'png' ? undefined : 'utf8');
}

/** A minimal CSV reader (quoted cells with commas, quotes and newlines). */
function parseCsv(text) {
  const rows = [];
  let row = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; } else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

test('the page link copies the exact current URL and says Copied', async () => {
  const { context, page, problems } = await open('#in=20000&bm=o1,r1,v3');
  const row = tools(page, 'page');
  await row.getByRole('button', { name: 'Copy link' }).click();
  await page.waitForFunction(() => document.querySelector('.share-tools[data-share="page"] .share-status').textContent === 'Copied');
  assert.equal(await row.getByRole('status').innerText(), 'Copied');
  const href = await page.evaluate(() => location.href);
  assert.ok(href.includes('in=20000'), href);
  assert.equal(await clipboard(page), href);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(await cspViolations(page), []);
  await context.close();
});

test('each widget link carries the widget anchor and its changed state, and opens on that view', async () => {
  const { context, page } = await open();
  // Change every widget's state through its controls.
  await page.locator('.cost-widget').getByRole('button', { name: 'Log' }).click();
  await page.locator('.benchmark-chart').getByRole('checkbox', { name: 'DeepSeek-V3' }).check();
  await page.locator('.timeline-widget .tl-controls').getByRole('button', { name: 'OpenAI', exact: true }).click();
  const state = (await hash(page)).slice(1);
  assert.match(state, /bm=/);
  assert.match(state, /scale=log/);
  for (const key of WIDGETS) {
    await tools(page, key).getByRole('button', { name: 'Copy link' }).click();
    await page.waitForFunction((key) => document.querySelector(`.share-tools[data-share="${key}"] .share-status`).textContent === 'Copied', key);
    assert.equal(await clipboard(page), `${BASE_URL}#widget-${key}&${state}`, key);
  }
  // Following the benchmarks link restores the chart and brings the widget into view.
  const link = `${BASE_URL}#widget-benchmarks&${state}`;
  const other = await context.newPage();
  await other.goto(link);
  await waitForHydration(other);
  assert.deepEqual(await other.locator('.benchmark-chart g.group[data-benchmark="aime"] .bar-value').allTextContents(),
    await page.locator('.benchmark-chart g.group[data-benchmark="aime"] .bar-value').allTextContents());
  const top = await other.locator('#widget-benchmarks').evaluate((node) => node.getBoundingClientRect().top);
  assert.ok(Math.abs(top) < 50, `the widget is at the top of the window (top ${top})`);
  await context.close();
});

test('Share is hidden where the browser has no share sheet, and shares the view where it has', async () => {
  const { context, page } = await open();
  assert.equal(await page.evaluate(() => typeof navigator.share), 'undefined');
  assert.equal(await page.locator('[data-share-do="share"]:visible').count(), 0);
  assert.equal(await page.locator('[data-share-do="copy-link"]:visible').count(), 1 + WIDGETS.length);
  await context.close();

  // Chromium on Linux has no share sheet, so the page is given a navigator.share before it loads
  // (recording what it was asked to share) to check the button appears and hands over the link.
  const shared = { context: await browser.newContext(CLIPBOARD) };
  await shared.context.addInitScript(() => {
    window.__shared = [];
    navigator.share = (data) => { window.__shared.push(data); return Promise.resolve(); };
  });
  shared.page = await shared.context.newPage();
  await shared.page.goto(`${BASE_URL}#bsort=gap`);
  await waitForHydration(shared.page);
  assert.equal(await shared.page.locator('[data-share-do="share"]:visible').count(), 1 + WIDGETS.length);
  await tools(shared.page, 'benchmarks').getByRole('button', { name: 'Share…' }).click();
  await shared.page.waitForFunction(() => window.__shared.length === 1);
  const [data] = await shared.page.evaluate(() => window.__shared);
  assert.equal(data.url, `${BASE_URL}#widget-benchmarks&bsort=gap`);
  assert.equal(data.title, "DeepSeek-R1 against o1 on the R1 paper's benchmarks");
  assert.equal(await tools(shared.page, 'benchmarks').getByRole('status').innerText(), 'Shared');
  await shared.context.close();
});

test('Cite gives a plain-text and a BibTeX citation with the data version, and copies them', async () => {
  const { context, page } = await open();
  const iso = await page.locator('.data-version time').getAttribute('datetime');
  const long = await page.locator('.data-version time').textContent();
  assert.match(iso, /^\d{4}-\d{2}-\d{2}$/);
  for (const key of ['page', ...WIDGETS]) {
    const row = tools(page, key);
    const plain = row.locator('pre[data-citation="text"]');
    const bibtex = row.locator('pre[data-citation="bibtex"]');
    assert.equal(await plain.isVisible(), false, 'closed until asked for');
    await row.locator('summary', { hasText: 'Cite' }).click();
    const text = await plain.innerText();
    const entry = await bibtex.innerText();
    const url = key === 'page' ? BASE_URL : `${BASE_URL}#widget-${key}`;
    assert.ok(text.startsWith(`r1-explainer (${iso.slice(0, 4)}). `), text);
    assert.ok(text.includes('DeepSeek-R1 and the race for cheaper reasoning'), text);
    assert.ok(text.includes(`Data version ${long}`), text);
    assert.ok(text.endsWith(` ${url}`), text);
    assert.match(entry, /^@misc\{r1explainer\d{4}[a-z0-9-]*,\n/);
    assert.ok(entry.includes(`  url = {${url}},`), entry);
    assert.ok(entry.includes(`  urldate = {${iso}},`), entry);
    assert.ok(entry.includes(`  note = {Data version ${iso};`), entry);
    await row.getByRole('button', { name: 'Copy BibTeX' }).click();
    await page.waitForFunction((key) => document.querySelector(`.share-tools[data-share="${key}"] .share-status`).textContent === 'Copied', key);
    assert.equal(await clipboard(page), entry);
    await row.getByRole('button', { name: 'Copy citation' }).click();
    await page.waitForFunction((expected) => navigator.clipboard.readText().then((now) => now === expected), text);
  }
  await context.close();
});

test('CSV downloads hold the rows on screen after a change of view', async () => {
  const { context, page } = await open();
  // Benchmarks: a model added, ordered by R1's lead.
  const chart = page.locator('.benchmark-chart');
  await chart.getByRole('checkbox', { name: 'DeepSeek-V3' }).check();
  await chart.getByRole('button', { name: "By R1's lead over o1" }).click();
  const bench = parseCsv(await downloadText(page, 'benchmarks', 'csv'));
  assert.deepEqual(bench[0], ['benchmark', 'metric', 'DeepSeek-V3', 'o1-1217', 'DeepSeek-R1']);
  const onScreen = await chart.locator('g.group').evaluateAll((groups) => groups.map((group) => [
    group.querySelector('.bar-label').firstChild.textContent,
    ...[...group.querySelectorAll('.bar-value')].map((bar) => bar.textContent),
  ]));
  assert.equal(bench.length - 1, onScreen.length);
  bench.slice(1).forEach((row, index) => {
    const [name, ...bars] = onScreen[index];
    assert.equal(row[0], name);
    ['DeepSeek-V3', 'o1-1217', 'DeepSeek-R1'].forEach((model, column) => {
      const bar = bars[column];
      const value = bar.startsWith(`${model} `) ? bar.slice(model.length + 1) : '';
      assert.ok(bar.startsWith(`${model} `) || bar === `${model}: not reported`, bar);
      assert.equal(row[2 + column], value, `${name} ${model}`);
    });
  });
  assert.equal(bench[1][0], 'LiveCodeBench', 'in the chart\'s order');

  // Timeline: OpenAI's events filtered out.
  await page.locator('.timeline-widget .tl-controls').getByRole('button', { name: 'OpenAI', exact: true }).click();
  const timeline = parseCsv(await downloadText(page, 'timeline', 'csv'));
  const shown = await page.locator('.timeline-widget ol.timeline-list > li[data-event] .event-title').allTextContents();
  assert.deepEqual(timeline[0], ['date', 'event', 'summary', 'selection']);
  assert.deepEqual(timeline.slice(1).map((row) => row[1]), shown);
  assert.ok(!shown.includes('o1-preview and o1-mini') && shown.includes('DeepSeek-R1') && shown.length > 3, 'the filter changed the list');
  for (const row of timeline.slice(1)) assert.match(row[0], /^\d{4}-\d{2}-\d{2}$/);

  // Cost: the comparison with the inputs on screen ("Requests per day" is under More settings).
  await page.locator('.cost-widget details.more-settings > summary').click();
  const requests = page.locator('.cost-widget').getByLabel('Requests per day', { exact: true });
  await requests.fill('3');
  await requests.press('Enter');
  const cost = (await downloadText(page, 'cost', 'csv')).trim().split('\n');
  assert.equal(cost[6], '# requests per day,3');
  assert.match(cost[9], /^DeepSeek-R1,DeepSeek,listed,.*,2\.740000,8\.220000,/);
  await context.close();
});

test('SVG downloads are standalone pictures of the chart on screen', async () => {
  const { context, page } = await open();
  await page.locator('.benchmark-chart').getByRole('checkbox', { name: 'DeepSeek-V3' }).check();
  const labels = {
    cost: ['DeepSeek-R1', '$75.00', '$2.74'],
    training: ["DeepSeek-V3's final training run", '$5.576M', '$294K'],
    benchmarks: ['DeepSeek-V3 39.2', 'o1-1217 79.2', 'DeepSeek-R1 79.8'],
    timeline: ['R1 paper on arXiv', 'Nvidia\'s record fall'],
    prices: ['OpenAI o1-preview', 'DeepSeek R1', 'V4-Flash', '$10.00'],
  };
  for (const key of WIDGETS) {
    const svg = await downloadText(page, key, 'svg');
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+" viewBox="0 0 \d+ \d+"/, key);
    assert.doesNotMatch(svg, /\sclass=/, `${key}: no class-dependent styling`);
    assert.doesNotMatch(svg, /\sstyle=/, `${key}: no style attributes`);
    assert.doesNotMatch(svg, /href="(?!#)/, `${key}: no references to other files`);
    assert.doesNotMatch(svg, /var\(|url\(|color\(/, `${key}: no CSS variables, external paint or colour spaces`);
    assert.match(svg, /<title>[^<]+<\/title>/, key);
    assert.ok(svg.includes(BASE_URL.replace(/&/g, '&amp;')), `${key}: the caption names the explainer's address`);
    for (const label of labels[key]) assert.ok(svg.includes(label.replace(/'/g, '&apos;')) || svg.includes(label), `${key}: ${label}`);
    // It parses as SVG on its own, and draws in an <img> (which loads nothing else).
    const drawn = await page.evaluate((text) => {
      const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
      if (parsed.querySelector('parsererror')) return 'parse error';
      return new Promise((resolve) => {
        const image = new Image();
        image.onload = () => resolve(`${image.naturalWidth}x${image.naturalHeight}`);
        image.onerror = () => resolve('error');
        image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
      });
    }, svg);
    const [, width, height] = /width="(\d+)" height="(\d+)"/.exec(svg);
    assert.equal(drawn, `${width}x${height}`, key);
    const chartWidth = await page.locator(`#widget-${key} svg`).first().evaluate((node) => node.getBoundingClientRect().width);
    assert.ok(Number(width) - 32 >= chartWidth - 1, `${key}: at least the chart's width plus margins`);
  }
  await context.close();
});

test('at 320 px the SVG holds every label and the whole caption', async () => {
  const { context, page } = await open('#bm=o1,r1,o3', { viewport: { width: 320, height: 700 } });
  for (const key of ['cost', 'benchmarks']) {
    const svg = await downloadText(page, key, 'svg');
    // Drawn in the page on its own (no stylesheet applies to it), every text inside the picture.
    const overflow = await page.evaluate((text) => {
      const root = document.importNode(new DOMParser().parseFromString(text, 'image/svg+xml').documentElement, true);
      const holder = document.createElement('div');
      holder.hidden = false;
      document.body.append(holder);
      holder.append(root);
      const width = Number(root.getAttribute('width'));
      const outside = [...root.querySelectorAll('text')].filter((node) => {
        const box = node.getBoundingClientRect();
        const frame = root.getBoundingClientRect();
        return box.right > frame.left + width + 0.5 || box.left < frame.left - 0.5;
      }).map((node) => node.textContent);
      holder.remove();
      return outside;
    }, svg);
    assert.deepEqual(overflow, [], key);
  }
  await context.close();
});

test('PNG downloads are real PNGs at twice the size, not blank', async () => {
  const { context, page, problems } = await open();
  for (const key of WIDGETS) {
    const svg = await downloadText(page, key, 'svg');
    const [, width, height] = /width="(\d+)" height="(\d+)"/.exec(svg).map(Number);
    const png = await downloadText(page, key, 'png');
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${key}: PNG signature`);
    assert.equal(png.toString('latin1', 12, 16), 'IHDR');
    assert.equal(png.readUInt32BE(16), 2 * width, `${key}: width`);
    assert.equal(png.readUInt32BE(20), 2 * height, `${key}: height`);
    const colours = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
      const seen = new Set();
      for (let i = 0; i < pixels.length; i += 4 * 97) seen.add(pixels.slice(i, i + 4).join());
      return seen.size;
    }, png.toString('base64'));
    assert.ok(colours > 5, `${key}: ${colours} colours`);
  }
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(await cspViolations(page), []);
  await context.close();
});

test('the SVG takes the current theme as its background', async () => {
  const { context, page } = await open('', { contextOptions: { ...CLIPBOARD, colorScheme: 'dark' } });
  const svg = await downloadText(page, 'cost', 'svg');
  const [, fill] = /<rect width="100%" height="100%" fill="rgb\((\d+), (\d+), (\d+)\)"/.exec(svg) ?? [];
  assert.ok(fill !== undefined && Number(fill) < 60, 'a dark background');
  await context.close();
});

test('the Chinese edition downloads CSV with Chinese headers and a byte-order mark', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${BASE_URL}zh/#bm=o1,r1`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    tools(page, 'benchmarks').getByRole('button', { name: '下载CSV' }).click(),
  ]);
  const text = await readFile(await download.path(), 'utf8');
  assert.equal(text.charCodeAt(0), 0xfeff, 'a BOM, so Excel in a Chinese locale reads UTF-8');
  assert.deepEqual(parseCsv(text.slice(1))[0].slice(0, 2), ['基准测试', '指标']);
  await context.close();
});

test('with the wasm blocked the tools still copy, cite and download', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block', ...CLIPBOARD });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.route(/\.wasm$/, (route) => route.abort('blockedbyclient'));
  await page.goto(`${BASE_URL}#bm=o1,r1`);
  await page.waitForFunction(() => document.documentElement.dataset.wasm === 'failed');
  await tools(page, 'benchmarks').getByRole('button', { name: 'Copy link' }).click();
  await page.waitForFunction(() => document.querySelector('.share-tools[data-share="benchmarks"] .share-status').textContent === 'Copied');
  assert.equal(await clipboard(page), `${BASE_URL}#widget-benchmarks&bm=o1,r1`);
  const bench = parseCsv(await downloadText(page, 'benchmarks', 'csv'));
  assert.deepEqual(bench[0], ['benchmark', 'metric', 'o1-1217', 'DeepSeek-R1']);
  assert.deepEqual(bench[1], ['AIME 2024', 'pass@1, %', '79.2', '79.8']);
  const cost = await downloadText(page, 'cost', 'csv');
  assert.match(cost, /^DeepSeek-R1,DeepSeek,listed,.*,2\.740000,/m);
  const timeline = parseCsv(await downloadText(page, 'timeline', 'csv'));
  assert.equal(timeline.length - 1, await page.locator('[data-island="timeline"] ol.timeline-list > li[data-event]').count());
  const svg = await downloadText(page, 'timeline', 'svg');
  assert.match(svg, />R1 paper on arXiv</);
  assert.equal(await page.locator('body[data-hydrated]').count(), 0);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('an embed view has the tools, and its links point at the full page', async () => {
  const { context, page } = await open('embed-benchmarks.html#bsort=gap');
  await tools(page, 'benchmarks').getByRole('button', { name: 'Copy link' }).click();
  await page.waitForFunction(() => document.querySelector('.share-tools .share-status').textContent === 'Copied');
  assert.equal(await clipboard(page), `${BASE_URL}#widget-benchmarks&bsort=gap`);
  await tools(page, 'benchmarks').locator('summary').click();
  assert.ok((await tools(page, 'benchmarks').locator('pre[data-citation="text"]').innerText()).endsWith(` ${BASE_URL}#widget-benchmarks`));
  await context.close();
});

test('without JavaScript the citation is there and no dead button shows', async () => {
  const { context, page } = await openPage(browser, { javaScriptEnabled: false });
  assert.equal(await page.locator('.share-tools button:visible').count(), 0);
  // Nor the empty place of the buttons: Cite starts each row, flush with its left edge.
  const offsets = await page.locator('.share-tools').evaluateAll((rows) => rows.map((row) => row.querySelector('summary').getBoundingClientRect().left - row.getBoundingClientRect().left));
  assert.ok(offsets.length >= 6 && offsets.every((offset) => Math.abs(offset) < 0.5), `Cite is offset in a row: ${offsets}`);
  await tools(page, 'page').locator('summary').click();
  // The build knows no public address, so the citation names none, rather than a placeholder.
  const entry = await tools(page, 'page').locator('pre[data-citation="bibtex"]').innerText();
  assert.match(entry, /note = \{Data version \d{4}-\d{2}-\d{2};/);
  assert.doesNotMatch(entry, /url = |address of this page|\[/, entry);
  const text = await tools(page, 'page').locator('pre[data-citation="text"]').innerText();
  assert.ok(text.endsWith('(figures checked against their sources).'), text);
  assert.doesNotMatch(await page.content(), /address of this page/);
  await context.close();
});

test('the tools work from the keyboard, and print leaves them out', async () => {
  const { context, page } = await open();
  const row = tools(page, 'timeline');
  await row.getByRole('button', { name: 'Copy link' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.share-tools[data-share="timeline"] .share-status').textContent === 'Copied');
  assert.equal(await clipboard(page), `${BASE_URL}#widget-timeline`);
  await row.locator('summary').focus();
  await page.keyboard.press('Enter');
  assert.equal(await row.locator('pre[data-citation="bibtex"]').isVisible(), true);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Copy citation');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.share-tools:visible').count(), 0);
  await context.close();
});

test('when the clipboard is refused the link is shown selected, with a message', async () => {
  // A real refusal: the embed in a page of another origin (another port, as in embed.test.mjs)
  // whose iframe does not allow clipboard-write.
  const dir = await mkdtemp(join(tmpdir(), 'r1-share-host-'));
  await writeFile(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title></head><body>
<iframe src="${BASE_URL}embed-benchmarks.html#bsort=gap" title="embed" width="900" height="900"></iframe></body></html>`);
  const server = await serveFolder(dir);
  try {
    const host = server.url;
    const context = await browser.newContext(CLIPBOARD);
    const page = await context.newPage();
    await page.goto(host);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    const row = frame.locator('.share-tools[data-share="benchmarks"]');
    // The tools need no wasm: share.js shows them as soon as the view has loaded.
    await row.getByRole('button', { name: 'Copy link' }).click();
    const field = row.getByLabel(/Copying was not allowed here/);
    await field.waitFor();
    const link = `${BASE_URL}#widget-benchmarks&bsort=gap`;
    assert.equal(await field.inputValue(), link);
    assert.deepEqual(await frame.evaluate(() => [document.activeElement.selectionStart, document.activeElement.selectionEnd]), [0, link.length]);
    assert.match(await row.getByRole('status').innerText(), /Could not copy the link/);
    await context.close();
  } finally {
    await server.stop();
  }
});
