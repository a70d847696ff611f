// The cost widget in the built site: inputs, presets, models, dates, scale, URL state, bad input,
// keyboard and CSV, each checked through what a reader sees.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, waitForHydration, eventually, BASE_URL } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A page object for the widget: controls by label, results by row. */
function costWidget(page) {
  const root = page.locator('.cost-widget');
  return {
    root,
    field: (label) => root.getByLabel(label, { exact: true }),
    /** Opens the disclosure the field sits in (the rarely changed settings), as a reader would. */
    async reveal(label) {
      const box = root.getByLabel(label, { exact: true });
      if (!(await box.isVisible())) await root.locator('details.more-settings > summary').click();
      return box;
    },
    async type(label, value) {
      const box = await this.reveal(label);
      await box.fill(value);
      await box.press('Enter');
    },
    perRequest: (model) => root.locator(`table.cost-table tr[data-model="${model}"] .per-request`),
    row: (model) => root.locator(`table.cost-table tr[data-model="${model}"]`),
    headline: () => root.locator('.headline').innerText(),
    messages: () => root.locator('.messages').innerText(),
    hash: () => page.evaluate(() => location.hash),
  };
}

async function open(path = '') {
  const opened = await openPage(browser, { path });
  await waitForHydration(opened.page);
  return { ...opened, widget: costWidget(opened.page) };
}

test('opens on the headline comparison: o1 $75.00 against R1 $2.74, 27.4× cheaper', async () => {
  const { context, widget } = await open();
  assert.equal(await widget.perRequest('o1').innerText(), '$75.00');
  assert.equal(await widget.perRequest('r1').innerText(), '$2.74');
  assert.match(await widget.headline(), /27\.4× cheaper \(96\.35% saved\)/);
  assert.match(await widget.root.locator('.claim-check .finding').innerText(), /96\.35% less than o1 \(27\.4×\): more than the article's 95%/);
  await context.close();
});

test('typing a workload updates the numbers, the table and the URL without flooding history', async () => {
  const { context, page, widget } = await open();
  const historyBefore = await page.evaluate(() => history.length);
  await widget.type('Reasoning tokens per request', '1,000,000');
  assert.equal(await widget.perRequest('o1').innerText(), '$135.00');
  assert.equal(await widget.perRequest('r1').innerText(), '$4.93');
  await widget.type('Requests per day', '10');
  assert.equal(await widget.row('r1').locator('.per-month').innerText(), '$1,479.00');
  assert.equal(await widget.hash(), '#think=1000000&rpd=10');
  assert.equal(await page.evaluate(() => history.length), historyBefore, 'replaceState, not pushState');
  await context.close();
});

test('presets fill the fields and say what they assume', async () => {
  const { context, widget } = await open();
  await widget.root.getByRole('button', { name: 'Long math proof' }).click();
  assert.equal(await widget.field('Reasoning tokens per request').inputValue(), '25,000');
  assert.match(await widget.root.locator('.preset-note').innerText(), /500 input tokens per request \(0% cached\), 3,000 visible output and 25,000 reasoning tokens, 5 requests a day/);
  assert.equal(await widget.perRequest('o1').innerText(), '$1.6875');
  assert.equal(await widget.hash(), '#in=500&out=3000&think=25000&rpd=5');
  await context.close();
});

test('models can be added, a future model shows as unavailable, and the date brings it in', async () => {
  const { context, widget } = await open();
  await widget.root.getByLabel(/^o3-mini/).check();
  assert.match(await widget.row('o3-mini').innerText(), /not yet available \(from 31 Jan 2025\)/);
  // The box says it in the same words as the row.
  assert.match(await widget.root.locator('label[for="cost-model-o3-mini"]').innerText(), /not yet available \(from 31 Jan 2025\)/);
  await widget.field('Prices as of').fill('2025-02-03');
  assert.equal(await widget.perRequest('o3-mini').innerText(), '$5.50');
  assert.match(await widget.row('o1-mini').count().then(String), /^0$/);
  assert.equal(await widget.hash(), '#m=o1,o3-mini,r1&d=2025-02-03');
  await widget.root.locator('#cost-model-o1').click();
  assert.equal(await widget.row('o1').count(), 0, 'o1 left the comparison');
  await widget.root.locator('#cost-model-r1').click();
  assert.match(await widget.messages(), /Compare at least two models/);
  assert.equal(await widget.root.locator('#cost-model-r1').isChecked(), true, 'the box stays ticked when refused');
  await context.close();
});

test('the scale toggle redraws the chart on a log axis and is kept in the URL', async () => {
  const { context, widget } = await open();
  const ticks = () => widget.root.locator('.bar-chart').first().locator('.tick text').allTextContents();
  assert.deepEqual(await ticks(), ['$0.00', '$25.00', '$50.00', '$75.00', '$100.00']);
  await widget.root.getByRole('button', { name: 'Log' }).click();
  assert.deepEqual(await ticks(), ['$1.00', '$10.00', '$100.00']);
  assert.equal(await widget.root.getByRole('button', { name: 'Log' }).getAttribute('aria-pressed'), 'true');
  assert.equal(await widget.hash(), '#scale=log');
  await context.close();
});

test('a copied URL restores the whole view, and back/forward follow it', async () => {
  const { context, page, widget } = await open('#in=20000&cache=50&out=2000&think=8000&rpd=20&m=o1,o3,r1&base=r1&d=2025-06-10&scale=log&gpu=3');
  assert.equal(await widget.field('Input tokens per request').inputValue(), '20,000');
  assert.equal(await widget.field('Prices as of').inputValue(), '2025-06-10');
  assert.equal(await widget.root.locator('#cost-baseline').inputValue(), 'r1');
  assert.match(await widget.row('r1').innerText(), /baseline/);
  // 10,000 uncached at $2 + 10,000 cached at $0.50 + 10,000 output and reasoning at $8, per million.
  assert.equal(await widget.perRequest('o3').innerText(), '$0.105');
  await page.locator('.training-panel details > summary').click();
  assert.match(await page.locator('.training-table tr[data-fact="v3_gpu_hours"] .cost').innerText(), /\$8\.364M/);
  assert.equal(await widget.messages(), '');
  await page.goto(new URL('#in=5000', BASE_URL).href);
  assert.equal(await widget.field('Input tokens per request').inputValue(), '5,000');
  await page.goBack();
  assert.equal(await widget.field('Input tokens per request').inputValue(), '20,000');
  await context.close();
});

test('bad input is clamped or refused with a specific message, never a blank widget', async () => {
  const { context, widget } = await open();
  await widget.type('Input tokens per request', '-5');
  assert.equal(await widget.messages(), 'Input tokens per request: -5 is below the minimum, so 0 is used.');
  await widget.type('Visible output tokens per request', 'lots');
  assert.match(await widget.messages(), /“lots” is not a number; keeping the previous value/);
  assert.equal(await widget.perRequest('o1').innerText(), '$60.00');
  await widget.type('Reasoning tokens per request', '1e13');
  assert.match(await widget.messages(), /above the maximum, so 1,000,000,000,000 is used/);
  await context.close();

  const hostile = await open('#in=NaN&m=o1,<img src=x onerror=alert(1)>&d=9999-99-99&scale=%3Cscript%3E');
  assert.match(await hostile.widget.messages(), /From the link: Input tokens per request: “NaN” is not a number/);
  assert.match(await hostile.widget.messages(), /fewer than two known models/);
  assert.equal(await hostile.page.locator('img[src="x"]').count(), 0);
  assert.equal(await hostile.widget.perRequest('r1').innerText(), '$2.74');
  assert.deepEqual(hostile.problems.pageErrors, []);
  await hostile.context.close();
});

test('a slider always shows the number in its box, whatever the preset or the typed value', async () => {
  const { context, page } = await openPage(browser);
  await waitForHydration(page);
  const pairs = () => page.locator('.cost-widget .number-field').evaluateAll((fields) => fields
    .map((field) => [field.querySelector('input:not([type=range])')?.value.replace(/[^0-9.]/g, ''), field.querySelector('input[type=range]')])
    .filter(([, slider]) => slider)
    .map(([box, slider]) => ({ id: slider.id, box: Number(box), value: Number(slider.value), max: Number(slider.max) })));
  const check = async (when) => {
    for (const pair of await pairs()) {
      assert.equal(pair.value, pair.box, `${when}: ${pair.id} at ${pair.value} while its box says ${pair.box} (max ${pair.max})`);
    }
  };
  await check('the default 1M + 1M');
  const input = page.locator('#cost-input');
  await input.fill('250000');
  await input.press('Enter');
  await eventually(() => page.locator('#cost-input-slider').evaluate((slider) => slider.value), (value) => value === '250000', 'the slider follows a typed 250,000');
  await check('after typing 250,000');
  await context.close();
});

test('sliders answer the keyboard: arrows, PageUp/PageDown, Home and End', async () => {
  const { context, widget } = await open();
  await widget.reveal('Input served from cache');
  const slider = widget.root.locator('#cost-cache-slider');
  await slider.focus();
  await slider.press('ArrowRight');
  assert.equal(await widget.field('Input served from cache').inputValue(), '1');
  await slider.press('PageUp');
  assert.ok(Number(await widget.field('Input served from cache').inputValue()) > 1);
  await slider.press('End');
  assert.equal(await widget.field('Input served from cache').inputValue(), '100');
  assert.equal(await widget.perRequest('r1').innerText(), '$2.33');
  await slider.press('Home');
  assert.equal(await widget.field('Input served from cache').inputValue(), '0');
  await context.close();
});

test('every control can be reached with Tab', async () => {
  const { context, page, widget } = await open();
  // "More settings" is a closed disclosure: open it first, as a keyboard reader would.
  await widget.reveal('Requests per day');
  const wanted = await page.locator('.cost-widget').locator('input, select, button, a[href], summary').evaluateAll((nodes) => nodes
    .filter((n) => n.getClientRects().length > 0)
    .map((n) => n.id || n.textContent.trim()));
  const reached = new Set();
  await page.locator('.cost-widget button').first().focus();
  for (let i = 0; i < wanted.length + 40; i += 1) {
    const id = await page.evaluate(() => {
      const active = document.activeElement;
      return active?.closest('.cost-widget') ? (active.id || active.textContent.trim()) : null;
    });
    if (id) reached.add(id);
    await page.keyboard.press('Tab');
  }
  for (const control of wanted) assert.ok(reached.has(control), `reached ${control} by keyboard`);
  await context.close();
});

test('Download CSV gives exactly the comparison on screen', async () => {
  const { context, page, widget } = await open();
  await widget.type('Requests per day', '3');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#widget-cost .share-tools').getByRole('button', { name: 'Download CSV' }).click()]);
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  const csv = await readFile(path, 'utf8');
  const lines = csv.trim().split('\n');
  assert.equal(lines[1], '# prices as of,2025-01-27');
  assert.equal(lines[6], '# requests per day,3');
  assert.match(lines[8], /^o1,OpenAI,baseline,2024-12-17,,15,7\.5,60,75\.000000,225\.000000,6750\.000000,,,https:\/\//);
  assert.match(lines[9], /^DeepSeek-R1,DeepSeek,listed,2025-01-20,2025-08-21,0\.55,0\.14,2\.19,2\.740000,8\.220000,246\.600000,27\.372,96\.35,https:\/\//);
  assert.equal(lines.length, 10);
  await context.close();
});

test('at 320 px no two tick labels of the cost and training charts overlap', async () => {
  const { context, page } = await openPage(browser, { viewport: { width: 320, height: 800 } });
  await waitForHydration(page);
  for (const scale of ['Linear', 'Log']) {
    await page.locator('.cost-widget').getByRole('button', { name: scale, exact: true }).click();
    await page.locator('.training-panel').scrollIntoViewIfNeeded();
    const charts = await page.locator('.cost-widget .bar-chart svg:has(.tick), .training-panel .bar-chart svg:has(.tick)').evaluateAll((svgs) => svgs.map((svg) => [...svg.querySelectorAll('.tick text')]
      .filter((text) => getComputedStyle(text).display !== 'none')
      .map((text) => { const box = text.getBoundingClientRect(); return { text: text.textContent, left: box.left, right: box.right }; })));
    assert.ok(charts.length >= 2, 'the cost chart and the training chart');
    for (const labels of charts) {
      assert.ok(labels.length >= 2, JSON.stringify(labels));
      labels.sort((a, b) => a.left - b.left);
      for (let i = 1; i < labels.length; i += 1) {
        assert.ok(labels[i].left >= labels[i - 1].right, `${scale}: ${labels[i - 1].text} and ${labels[i].text} overlap`);
      }
    }
  }
  await context.close();
});

// "The figures other people gave do not move with it": the axis spans every accepted price, so
// Amodei's $1B and SemiAnalysis's $1.6B keep their length while DeepSeek's own bars follow the
// price (the axis was refitted at each price, so they grew and shrank too).
test('in the training panel only the rented bars move with the price; the reported ones keep their length', async () => {
  const { context, page } = await open();
  const panel = page.locator('.training-panel');
  const widths = () => panel.locator('.bar-chart svg rect.bar').evaluateAll((bars) => bars.map((bar) => ({
    reported: bar.classList.contains('reported'), width: bar.getBoundingClientRect().width,
  })));
  const field = panel.getByLabel('Rental price per H800 GPU-hour', { exact: true });
  const at = {};
  for (const price of ['2', '10', '0.5']) {
    await field.fill(price);
    await field.press('Enter');
    await eventually(() => panel.locator('.headline').innerText(), (text) => text.startsWith(`At $${Number(price).toFixed(2)} per GPU-hour`), price);
    at[price] = await widths();
  }
  const reported = (bars) => bars.filter((bar) => bar.reported).map((bar) => bar.width);
  const rented = (bars) => bars.filter((bar) => !bar.reported).map((bar) => bar.width);
  assert.equal(reported(at['2']).length, 2);
  assert.deepEqual(reported(at['10']), reported(at['2']), 'at $10');
  assert.deepEqual(reported(at['0.5']), reported(at['2']), 'at $0.50');
  rented(at['10']).forEach((width, i) => assert.ok(width > rented(at['2'])[i], `rented bar ${i} grows at $10`));
  rented(at['0.5']).forEach((width, i) => assert.ok(width < rented(at['2'])[i], `rented bar ${i} shrinks at $0.50`));
  await context.close();
});

// On a phone the "Compare against" and "Prices as of" pairs wrapped between a label and its field
// (in Chinese "对比基准 [o1] 价格日期" on one line, the date box alone on the next).
for (const path of ['', 'zh/']) {
  test(`each control of the comparison sits on the line of its label, at 320 and 390 px (/${path})`, async () => {
    for (const width of [320, 390, 1280]) {
      const { context, page } = await openPage(browser, { path, viewport: { width, height: 844 } });
      await waitForHydration(page);
      const pairs = await page.locator('.cost-widget .controls label').evaluateAll((labels) => labels.map((label) => {
        const field = document.getElementById(label.htmlFor).getBoundingClientRect();
        const box = label.getBoundingClientRect();
        return { label: label.textContent, sameLine: box.bottom > field.top && box.top < field.bottom, before: box.right <= field.left + 1 };
      }));
      assert.equal(pairs.length, 2);
      for (const pair of pairs) assert.ok(pair.sameLine && pair.before, `${width}px /${path}: ${JSON.stringify(pair)}`);
      await context.close();
    }
  });
}

test('the "Compare against" list says which choices had no price on the day', async () => {
  const { context, page, widget } = await open('#d=2025-12-01');
  const options = () => widget.root.locator('#cost-baseline option').allTextContents();
  assert.deepEqual(await options(), ['o1', 'DeepSeek-R1 (not on sale that day)']);
  await widget.field('Prices as of').fill('2025-01-27');
  await eventually(options, (texts) => texts.join('|') === 'o1|DeepSeek-R1', 'both priced in the article’s week');
  await context.close();
});
