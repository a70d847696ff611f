// The social preview image (xtask/src/pipeline/og_image.rs): the page's og:image and twitter:image name a
// 1200×630 PNG in the built site, and that PNG is a picture of the real page: it matches, pixel for
// pixel within anti-aliasing noise, a screenshot of the built page's first screen taken here, and
// clearly differs from a different screen (the dark theme), so the comparison can tell them apart.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, BASE_URL } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The PNG's width and height, from its IHDR chunk. */
function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG signature');
  assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** The first screen of the built page at the preview's size, as the build photographs it (the
 * prerendered page, without scripts). */
async function firstScreen(colorScheme, path = '') {
  const context = await browser.newContext({ colorScheme, javaScriptEnabled: false, viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(new URL(path, BASE_URL).href, { waitUntil: 'load' });
  const png = await page.screenshot();
  await context.close();
  return png;
}

/**
 * Decodes two PNGs in a blank page and compares them: the mean absolute difference per channel
 * (0–255) and the share of pixels where some channel differs by more than 48.
 */
async function compare(a, b) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const result = await page.evaluate(async ([one, two]) => {
    const decode = async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const ctx = canvas.getContext('2d');
      ctx.drawImage(image, 0, 0);
      return ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    };
    const [x, y] = [await decode(one), await decode(two)];
    if (x.length !== y.length) return { sameSize: false };
    let sum = 0;
    let differing = 0;
    for (let i = 0; i < x.length; i += 4) {
      let worst = 0;
      for (let c = 0; c < 3; c += 1) {
        const d = Math.abs(x[i + c] - y[i + c]);
        sum += d;
        worst = Math.max(worst, d);
      }
      if (worst > 48) differing += 1;
    }
    return { sameSize: true, mean: sum / ((x.length / 4) * 3), differing: differing / (x.length / 4) };
  }, [a.toString('base64'), b.toString('base64')]);
  await context.close();
  return result;
}

test('og:image is a 1200×630 PNG of the built page, made at build time', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(BASE_URL);
  const meta = (selector) => page.locator(selector).getAttribute('content');
  const image = await meta('meta[property="og:image"]');
  assert.ok(image, 'the page names a preview image');
  assert.equal(await meta('meta[name="twitter:image"]'), image);
  assert.equal(await meta('meta[property="og:image:width"]'), '1200');
  assert.equal(await meta('meta[property="og:image:height"]'), '630');
  assert.ok((await meta('meta[property="og:image:alt"]')).length > 10);
  // Built with PUBLIC_URL the address is absolute (the public copy); the file is the same name here.
  assert.ok(/^https?:\/\//.test(image) ? true : !image.includes('/'), `og:image ${image} is absolute or beside the page`);
  const url = new URL(image.split('/').pop(), BASE_URL).href;
  assert.match(url, /og-image-[0-9a-f]{16}\.png$/, 'a content-hashed name, never a committed picture from docs/');
  const response = await page.request.get(url);
  assert.equal(response.status(), 200);
  assert.equal(response.headers()['content-type'], 'image/png');
  const og = await response.body();
  assert.deepEqual(pngSize(og), [1200, 630]);
  // The committed README picture is no longer shipped or referenced.
  assert.equal((await page.request.get(new URL('screenshot.png', BASE_URL).href)).status(), 404);
  await context.close();

  const fresh = await firstScreen('light');
  const same = await compare(og, fresh);
  console.log(`# og:image vs a fresh light screenshot: mean difference ${same.mean?.toFixed(3)}, ${(same.differing * 100).toFixed(3)}% of pixels differ`);
  assert.ok(same.sameSize, 'same size');
  assert.ok(same.mean < 1, `mean difference ${same.mean}`);
  assert.ok(same.differing < 0.005, `${same.differing} of pixels differ`);

  // The comparison is sharp enough to notice another picture of the same page.
  const other = await compare(og, await firstScreen('dark'));
  console.log(`# og:image vs the dark theme: mean difference ${other.mean.toFixed(1)}, ${(other.differing * 100).toFixed(1)}% of pixels differ`);
  assert.ok(other.mean > 20 && other.differing > 0.3, 'the dark first screen is a different picture');
});

test('the Chinese edition has its own preview image: its own first screen, described in Chinese', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const images = {};
  for (const path of ['', 'zh/', 'zh/embed-cost.html']) {
    await page.goto(new URL(path, BASE_URL).href);
    const meta = (selector) => page.locator(selector).getAttribute('content');
    const image = await meta('meta[property="og:image"]');
    assert.ok(image, `${path || '/'} names a preview image`);
    assert.equal(await meta('meta[name="twitter:image"]'), image);
    images[path] = new URL(image, page.url()).href;
    const alt = await meta('meta[property="og:image:alt"]');
    assert.match(alt, path ? /[\u4e00-\u9fff]/ : /^[^\u4e00-\u9fff]+$/, `${path || '/'}: the picture is described in the page's language`);
  }
  assert.notEqual(images['zh/'], images[''], 'a picture of its own');
  assert.equal(images['zh/embed-cost.html'], images['zh/'], 'the Chinese embeds share it');
  const response = await page.request.get(images['zh/']);
  assert.equal(response.status(), 200, `${images['zh/']} is served`);
  const og = await response.body();
  assert.deepEqual(pngSize(og), [1200, 630]);
  await context.close();
  const same = await compare(og, await firstScreen('light', 'zh/'));
  console.log(`# zh og:image vs a fresh screenshot of /zh/: mean difference ${same.mean?.toFixed(3)}, ${(same.differing * 100).toFixed(3)}% of pixels differ`);
  assert.ok(same.sameSize && same.mean < 1 && same.differing < 0.005, 'the picture is the Chinese first screen');
  const english = await compare(og, await firstScreen('light'));
  assert.ok(english.differing > 0.02, `the English first screen is another picture (${(english.differing * 100).toFixed(1)}% of pixels differ)`);
});

test('the preview image is not precached by the service worker nor named by the single file', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const worker = await (await page.request.get(new URL('sw.js', BASE_URL).href)).text();
  assert.doesNotMatch(worker, /og-image-/);
  for (const file of ['r1-explainer-offline.html', 'r1-explainer-offline-zh.html']) {
    const single = await (await page.request.get(new URL(file, BASE_URL).href)).text();
    // Opened from disk a relative address names nothing, so the tags go; built with PUBLIC_URL,
    // an absolute one (the public copy) may stay.
    assert.doesNotMatch(single, /content="(\.\.?\/)?og-image-/, file);
    for (const [, url] of single.matchAll(/property="og:image" content="([^"]*)"/g)) assert.match(url, /^https?:\/\//);
  }
  await context.close();
});
