// Colour contrast, measured in the browser (issue 7): in the light and the dark theme, with every
// island hydrated, (a) every visible piece of text against what is really painted behind it is at
// least 4.5:1 (3:1 for large text, as WCAG 1.4.3 defines it), SVG <text> included; (b) every chart
// mark that encodes data (cost bars, benchmark bars, timeline markers, the "days between" line) is
// at least 3:1 against the chart behind it (WCAG 1.4.11); (c) every benchmark series can be told
// apart without colour. axe-core checks HTML text too, but it skips SVG and chart marks entirely,
// which is why this file exists. The worst ratios are printed so a regression is visible before it
// fails.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, waitForHydration, BASE_URL } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// The data marks, by the classes the components give them (bar_chart.rs, benchmark_chart.rs,
// timeline_chart.rs). Left out on purpose, as decorative: the cost chart's gridlines
// (`.bar-chart .tick line`), the timeline's dotted month grid (`.tl-grid`) and lane baselines
// (`.tl-lane-line`), the leader lines from marker to label (`.tl-leader`, the label itself is the
// information) and the transparent click ring (`.tl-ring`). Everything else drawn is measured.
const MARKS = [
  ['cost bars', '.cost-widget .bar-chart rect.bar'],
  ['benchmark bars', '.benchmark-chart rect.bar'],
  ['timeline markers', '.tl-svg .tl-marker'],
  ['timeline axis', '.tl-svg .tl-tick-mark'],
  ['timeline gap line', '.tl-svg .tl-gap-line'],
];

/**
 * Runs in the page. Colours are resolved by painting them on a 1×1 canvas, so every CSS colour
 * syntax the styles produce (rgb(), color(srgb …) from color-mix, keywords) reads the same way.
 */
function measure(marks) {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  const rgba = (css) => {
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = '#000';
    ctx.fillStyle = css;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
    // The canvas stores premultiplied-then-unpremultiplied bytes; alpha 0 has no colour.
    return a === 0 ? [0, 0, 0, 0] : [r, g, b, a / 255];
  };
  const over = ([r, g, b, a], [R, G, B]) => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a)];
  const luminance = (rgb) => {
    const [r, g, b] = rgb.map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  // The product of the opacities of an element and its ancestors: what it is really painted at.
  const opacity = (el) => {
    let value = 1;
    for (let node = el; node && node.nodeType === 1; node = node.parentElement) value *= Number(getComputedStyle(node).opacity);
    return value;
  };
  const canvasColour = rgba(getComputedStyle(document.documentElement).backgroundColor);
  const pageBase = canvasColour[3] === 1 ? canvasColour.slice(0, 3) : over(canvasColour, [255, 255, 255]);

  // HTML: the first opaque background up the ancestors, with translucent ones composited on it.
  function htmlBackground(el) {
    const layers = [];
    for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.backgroundImage !== 'none' && !/^url\(/.test(style.backgroundImage)) {
        return null; // a gradient: not measurable this way (the site has none; say so if it ever does)
      }
      const colour = rgba(style.backgroundColor);
      if (colour[3] > 0) layers.push(colour);
      if (colour[3] === 1) break;
    }
    let base = pageBase;
    for (const layer of layers.reverse()) base = over(layer, base);
    return base;
  }

  // SVG: what is painted under a point of `el`, from the stack the browser hit-tests (shapes are
  // hit-tested by their real geometry), composited down to the first opaque layer.
  function paintedBelow(el, x, y, skip) {
    const stack = document.elementsFromPoint(x, y);
    const at = stack.findIndex((node) => node === el || el.contains(node) || node.contains(el));
    const layers = [];
    for (const node of stack.slice(at < 0 ? 0 : at + 1)) {
      if (skip(node)) continue;
      if (node instanceof SVGGraphicsElement && !(node instanceof SVGSVGElement) && !(node instanceof SVGGElement)) {
        const style = getComputedStyle(node);
        if (style.fill === 'none' || node instanceof SVGTextElement || node instanceof SVGTSpanElement) continue;
        const colour = rgba(style.fill);
        colour[3] *= Number(style.fillOpacity) * opacity(node);
        if (colour[3] > 0) layers.push(colour);
        if (colour[3] >= 0.999) break;
      } else if (!(node instanceof SVGElement)) {
        layers.push([...htmlBackground(node), 1]);
        break;
      }
    }
    let base = pageBase;
    for (const layer of layers.reverse()) base = over(layer, base);
    return base;
  }

  const visible = (el) => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  const results = { text: [], marks: [] };

  // (a) Text: every non-blank text node whose parent is rendered at a readable size.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.data.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
  });
  // HTML text first: SVG text is measured by scrolling it into view, and scrolling may close an
  // open source card, whose text must be measured while it is open.
  const nodes = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
  nodes.sort((a, b) => Number(a.parentElement instanceof SVGElement) - Number(b.parentElement instanceof SVGElement));
  for (const node of nodes) {
    const el = node.parentElement;
    if (!el || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TITLE'].includes(el.tagName) || !visible(el)) continue;
    if (el.closest('[aria-hidden="true"], [inert]')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    // Visually hidden text (1×1 px, clipped) is for screen readers; nothing paints it.
    if (box.width <= 1 || box.height <= 1) continue;
    // Disabled controls are exempt in WCAG 1.4.3.
    if (el.closest('button:disabled, input:disabled, select:disabled, textarea:disabled, fieldset:disabled')) continue;
    const style = getComputedStyle(el);
    const size = parseFloat(style.fontSize);
    const bold = Number(style.fontWeight) >= 700;
    const large = size >= 24 || (bold && size >= 18.66);
    let fg;
    let bg;
    if (el instanceof SVGElement) {
      const textEl = el.closest('text');
      textEl.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
      const r = range.getBoundingClientRect();
      // Sample the middle of the glyph box, left of centre so the text itself is the hit.
      bg = paintedBelow(textEl, r.left + Math.min(r.width / 2, 4), r.top + r.height / 2, (n) => n === textEl || textEl.contains(n));
      const colour = rgba(style.fill);
      colour[3] *= Number(style.fillOpacity) * opacity(el);
      fg = over(colour, bg);
    } else {
      bg = htmlBackground(el);
      if (!bg) continue;
      const colour = rgba(style.color);
      colour[3] *= opacity(el);
      fg = over(colour, bg);
    }
    const value = ratio(fg, bg);
    results.text.push({
      ratio: value,
      need: large ? 3 : 4.5,
      text: node.data.trim().slice(0, 40),
      where: `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} in ${el.parentElement?.closest('[class]')?.getAttribute('class') || 'body'}`,
      fg: fg.map(Math.round).join(','),
      bg: bg.map(Math.round).join(','),
    });
  }

  // (b) Marks: fill, or stroke where the fill is hollow; the better of the two must reach 3:1
  // (WCAG asks that the mark be perceivable, and either edge or body does that).
  for (const [kind, selector] of marks) {
    const found = [...document.querySelectorAll(selector)].filter(visible);
    results.marks.push({ kind, count: found.length });
    for (const el of found) {
      el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
      const r = el.getBoundingClientRect();
      const mark = el.closest('.mark') ?? el;
      // The chart behind the mark: sampled just beside the mark (a thin line or a bar covers
      // its own centre), skipping the mark's own group.
      const x = r.width < 3 ? r.left + r.width / 2 : r.left + Math.min(2, r.width / 2);
      const y = r.top + r.height / 2;
      const bg = paintedBelow(el, x, y, (n) => n === el || mark.contains(n));
      const style = getComputedStyle(el);
      const paints = [];
      if (style.fill !== 'none' && !(el instanceof SVGLineElement)) {
        const c = rgba(style.fill);
        c[3] *= Number(style.fillOpacity) * opacity(el);
        if (c[3] > 0) paints.push(['fill', over(c, bg)]);
      }
      if (style.stroke !== 'none' && parseFloat(style.strokeWidth) > 0) {
        const c = rgba(style.stroke);
        c[3] *= Number(style.strokeOpacity) * opacity(el);
        // A mark's outline in the panel colour (the timeline's halo) separates marks, it is not the mark.
        const stroked = over(c, bg);
        if (c[3] > 0 && ratio(stroked, bg) > 1.01) paints.push(['stroke', stroked]);
      }
      const best = paints.map(([what, colour]) => ({ what, colour, value: ratio(colour, bg) })).sort((p, q) => q.value - p.value)[0];
      results.marks.push({
        kind,
        ratio: best ? best.value : 1,
        by: best?.what ?? 'nothing painted',
        where: `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} in ${mark.getAttribute('class') ?? ''}`,
        fg: best ? best.colour.map(Math.round).join(',') : '',
        bg: bg.map(Math.round).join(','),
      });
    }
  }
  window.scrollTo(0, 0);
  return results;
}

async function themedPage(colorScheme, path = '', { toggleTo } = {}) {
  const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(new URL(path, BASE_URL).href);
  await waitForHydration(page);
  // The reader's Theme button (auto → light → dark), which sets <html data-theme> over the system.
  while (toggleTo && (await page.locator('html').getAttribute('data-theme')) !== toggleTo) {
    await page.locator('#theme-toggle').click();
  }
  return { context, page };
}

function report(label, rows) {
  const seen = new Set();
  const worst = [...rows]
    .sort((p, q) => p.ratio / p.need - q.ratio / q.need)
    .filter((row) => !seen.has(row.where) && seen.add(row.where))
    .slice(0, 3);
  for (const row of worst) {
    console.log(`# ${label}: ${row.ratio.toFixed(2)}:1 (needs ${row.need}) ${row.where} "${row.text ?? row.by}" fg ${row.fg} on ${row.bg}`);
  }
}

// Every series on, so every colour is drawn; the log scale and a changed cost keep the cost
// chart's bars long enough to sample; a timeline event compared with another draws the "days
// between" line.
const CHANGED = '#in=-3&m=o1,o3,r1,v3&d=2025-06-10&scale=log&ev=o1&cmp=r1';

// Both themes from the system preference, and dark chosen with the Theme button on a light
// system (main.css repeats the dark palette for that case, so the two copies are both checked).
// The Chinese edition (issue 16) in both system themes: its CJK text and its own labels.
const THEMES = [
  { name: 'light', colorScheme: 'light' },
  { name: 'dark', colorScheme: 'dark' },
  { name: 'dark (Theme button)', colorScheme: 'light', toggleTo: 'dark' },
  { name: 'light Chinese', colorScheme: 'light', edition: 'zh/', embed: '嵌入' },
  { name: 'dark Chinese', colorScheme: 'dark', edition: 'zh/', embed: '嵌入' },
];

for (const { name, colorScheme, toggleTo, edition = '', embed = 'Embed' } of THEMES) {
  test(`text and chart marks meet WCAG contrast in the ${name} theme`, async () => {
    const { context, page } = await themedPage(colorScheme, edition + CHANGED, { toggleTo });
    const theme = toggleTo ?? colorScheme;
    // Turn on every optional benchmark series, so every series colour is drawn.
    for (const box of await page.locator('.benchmark-chart fieldset.models input[type="checkbox"]').all()) {
      if (!(await box.isChecked())) await box.check();
    }
    // Open panels too: the cost widget's embed snippet, and a source card with its caveat box.
    await page.locator('.cost-widget').getByRole('button', { name: embed }).click();
    await page.locator('main button.fact[data-fact="v3_final_run_cost"]').first().focus();
    await page.keyboard.press('Enter');
    await page.locator('#source-card .source-card-caveat').waitFor();
    // Colours as they settle: the card fades in, and half-way through its text is faint.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    const scheme = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(scheme, theme === 'dark' ? 'rgb(18, 20, 23)' : 'rgb(255, 255, 255)', 'the theme is in effect');
    assert.equal(await page.locator('html').getAttribute('lang'), edition ? 'zh-CN' : 'en', 'the edition measured');
    const results = await page.evaluate(measure, MARKS);

    assert.ok(results.text.length > 500, `measured ${results.text.length} text nodes`);
    assert.ok(results.text.some((row) => row.where.startsWith('text.') || row.where.startsWith('tspan.')), 'SVG text is measured');
    assert.ok(results.text.some((row) => row.where.startsWith('p.source-card-caveat')), 'the open source card is measured');
    assert.ok(results.text.some((row) => row.where.startsWith('textarea') || row.where.includes('embed-panel')), 'the open embed panel is measured');
    const counts = results.marks.filter((row) => row.count !== undefined);
    for (const { kind, count } of counts) {
      assert.ok(count > 0, `found ${kind}`);
    }
    const marksMeasured = results.marks.filter((row) => row.count === undefined).map((row) => ({ ...row, need: 3 }));
    console.log(`# ${name}: ${results.text.length} text nodes, marks: ${counts.map((c) => `${c.kind} ${c.count}`).join(', ')}`);
    report(`${name} text`, results.text);
    report(`${name} marks`, marksMeasured);

    const failingText = results.text.filter((row) => row.ratio < row.need);
    const failingMarks = marksMeasured.filter((row) => row.ratio < 3);
    assert.deepEqual(failingText.map((r) => `${r.ratio.toFixed(2)} ${r.where} "${r.text}" ${r.fg} on ${r.bg}`), [], 'text below its minimum');
    assert.deepEqual(failingMarks.map((r) => `${r.ratio.toFixed(2)} ${r.where} ${r.by} ${r.fg} on ${r.bg}`), [], 'chart marks below 3:1');
    await context.close();
  });
}

test('every benchmark series can be told apart without colour', async () => {
  const { context, page } = await themedPage('light');
  for (const box of await page.locator('.benchmark-chart fieldset.models input[type="checkbox"]').all()) {
    if (!(await box.isChecked())) await box.check();
  }
  const series = await page.evaluate(() => {
    const names = {};
    for (const swatch of document.querySelectorAll('.benchmark-chart fieldset.models .swatch')) {
      const n = [...swatch.classList].find((c) => /^series-\d+$/.test(c));
      names[n] = swatch.parentElement.textContent.trim();
    }
    const out = {};
    for (const bar of document.querySelectorAll('.benchmark-chart rect.bar')) {
      const n = [...bar.classList].find((c) => /^series-\d+$/.test(c));
      // The direct label: the value text drawn beside this very bar.
      const label = bar.parentElement.querySelector('text.bar-value')?.textContent ?? '';
      const style = getComputedStyle(bar);
      (out[n] ??= { name: names[n], labels: [], dashed: new Set() }).labels.push(label);
      out[n].dashed.add(style.strokeDasharray !== 'none');
    }
    return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, { ...v, dashed: [...v.dashed] }]));
  });
  const keys = Object.keys(series);
  assert.ok(keys.length >= 3, `several series drawn: ${keys.join(', ')}`);
  for (const [key, { name, labels }] of Object.entries(series)) {
    assert.ok(name, `${key} has a legend entry`);
    // Every bar says whose it is in words, so no reader needs the colour to match bar to model.
    for (const label of labels) assert.ok(label.startsWith(name), `${key} bar labelled "${label}", not "${name} …"`);
  }
  // o3's announced figures are also drawn differently (dashed outline), not only in another colour.
  const announced = Object.values(series).find((s) => /o3/.test(s.name));
  if (announced) assert.deepEqual(announced.dashed, [true]);
  await context.close();
});
