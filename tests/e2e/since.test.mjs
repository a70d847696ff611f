// The story since January 2025, in the built page: each thread the article opened answered in its
// section with sourced figures, the timeline run to 2026 with a kind for regulation and security,
// the price of reasoning over time as a chart that works by pointer, touch and keyboard, and a
// cost calculator that prices any day up to the data check.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, waitForHydration, eventually, BASE_URL } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const text = (page, selector) => page.locator(selector).evaluate((node) => node.textContent.replace(/\s+/g, ' '));

test('each thread is answered in its own section, with sourced figures and titles as they were', async () => {
  const { context, page } = await openPage(browser, { javaScriptEnabled: false });
  const reaction = await text(page, '#reaction');
  for (const wanted of ['substantial evidence', 'distillation', 'Italy', 'Texas', 'New York', 'Taiwan', 'Australia', 'South Korea',
    'a warning', '8.9%', '$4T', '10 July 2025', '$5T', '29 October 2025', 'Wiz', 'sign-ups']) {
    assert.ok(reaction.includes(wanted), `section 4 tells of ${wanted}`);
  }
  const implications = await text(page, '#implications');
  for (const wanted of ['wrong side of history', 'gpt-oss', 'Apache 2.0', '5 August 2025', 'H20', '$5.5B', '$4.5B', '15%', 'H200',
    '25%', '8 December 2025', '13 May 2025']) {
    assert.ok(implications.includes(wanted), `section 5 tells of ${wanted}`);
  }
  const future = await text(page, '#future');
  for (const wanted of ['no R2', 'never released', 'R1-0528', 'V3.1', '21 August 2025', 'V3.2', '$0.42 per 1M tokens', '24 April 2026',
    'GPT-5', '$10.00 per 1M tokens', '80%']) {
    assert.ok(future.includes(wanted), `section 6 tells of ${wanted}`);
  }
  // The Jevons thread ends in section 6 with the market's verdict.
  assert.match(future, /Nadella's reading[^.]*\$5T/);
  // Titles that changed since January 2025 say "then".
  for (const [quote, role] of [['wang-wakeup', 'then CEO of Scale AI'], ['lecun-open', "then Meta's chief AI scientist"], ['sacks-distillation', 'then White House AI and crypto czar']]) {
    assert.ok((await text(page, `#quote-${quote} figcaption`)).includes(role), `${quote}: ${role}`);
  }
  // Every new figure cites its sources.
  for (const fact of ['nvidia_rebound', 'h20_charge_booked', 'revenue_share', 'gpt5_output_price', 'v4_flash_output_price']) {
    const cite = page.locator(`main button.fact[data-fact="${fact}"] + sup.cite a`).first();
    assert.match(await cite.getAttribute('href'), /^#source-\d+$/, fact);
  }
  await context.close();
});

test('the timeline runs to 2026, with a kind for regulation and security and zooms for the shock and the years since', async () => {
  const { context, page } = await openPage(browser);
  await waitForHydration(page);
  const widget = page.locator('.timeline-widget');
  const events = await widget.locator('ol.timeline-list > li[data-event]').evaluateAll((items) => items.map((li) => li.dataset.event));
  for (const key of ['navy', 'italy', 'texas', 'taiwan', 'australia', 'new-york', 'korea', 'korea-return', 'sacks', 'openai-evidence', 'wiz',
    'sign-ups', 'rebound', 'nvidia-4t', 'nvidia-5t', 'altman-ama', 'gpt-oss', 'h20', 'h20-charge', 'h20-back', 'revenue-share', 'h200',
    'diffusion', 'r1-0528', 'v3-1', 'v3-2-exp', 'v3-2', 'v4', 'gpt-5']) {
    assert.ok(events.includes(key), `${key} on the timeline`);
  }
  assert.equal(events.at(-1), 'v4', 'the last event is of 2026');
  // The new kind filters like the others.
  const regulation = widget.getByRole('button', { name: 'Regulation and security', exact: true });
  await regulation.click();
  await eventually(() => widget.locator('ol.timeline-list > li[data-event="italy"]').count(), (n) => n === 0, 'regulation hidden');
  assert.match(await page.evaluate(() => location.hash), /kind=release,announcement,price,market,research(&|$)/);
  await regulation.click();
  // Zoom presets for January–February 2025 and for 2025–2026.
  await widget.getByRole('button', { name: 'Jan 2025 – Feb 2025' }).click();
  let shown = await widget.locator('ol.timeline-list > li[data-event]').evaluateAll((items) => items.map((li) => li.dataset.event));
  assert.ok(shown.includes('italy') && shown.includes('korea') && !shown.includes('o1') && !shown.includes('v3-1'), shown.join());
  assert.equal(await widget.locator('.tl-note').count(), 0, 'every label fits in the short range');
  await widget.getByRole('button', { name: '2025 – 2026' }).click();
  shown = await widget.locator('ol.timeline-list > li[data-event]').evaluateAll((items) => items.map((li) => li.dataset.event));
  assert.ok(shown.includes('v4') && shown.includes('h200') && !shown.includes('o1-preview'), shown.join());
  assert.match(await page.evaluate(() => location.hash), /zoom=2025-2026/);
  // The keyboard and "days between" work for the new events: End reaches V4, Shift+Enter on R1.
  await widget.locator('ol.timeline-list .tl-pick').first().focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await eventually(() => page.evaluate(() => location.hash), (hash) => hash.includes('ev=v4'), 'V4 selected');
  await page.locator('#tl-ev-r1').focus();
  await page.keyboard.press('Shift+Enter');
  await eventually(() => widget.locator('.tl-details').innerText(), (t) => /459 days/.test(t), 'days between R1 and V4');
  await context.close();
});

test('the price of reasoning: prerendered with its claim, then picked by pointer, tap and keyboard, and handed to the calculator', async () => {
  const plain = await openPage(browser, { javaScriptEnabled: false });
  const chart = plain.page.locator('.price-chart');
  assert.match(await chart.locator('.headline').innerText(), /DeepSeek: from \$2\.19 \(R1, 20 January 2025\) to \$0\.28 \(V4-Flash\), 87\.2% lower/);
  assert.match(await chart.locator('.headline').innerText(), /OpenAI: from \$60\.00 \(o1-preview, 12 September 2024\) to \$10\.00 \(GPT-5\), 83\.3% lower/);
  assert.equal(await chart.locator('svg g[data-series]').count(), 2, 'two lines before a reader adds any');
  assert.match(await chart.locator('.price-readout').innerText(), /In force on 1 December 2026[\s\S]*V4-Flash: \$0\.28[\s\S]*GPT-5: \$10\.00/);
  assert.equal(await chart.locator('.price-controls').isVisible(), false, 'no control without JavaScript');
  await plain.context.close();

  const { context, page, problems } = await openPage(browser);
  await waitForHydration(page);
  const live = page.locator('.price-chart');
  // Pointer: a click a quarter of the way across picks a day in early 2025.
  const svg = live.locator('svg');
  await svg.scrollIntoViewIfNeeded();
  const box = await svg.boundingBox();
  await page.mouse.click(box.x + box.width * 0.25, box.y + box.height / 2);
  await eventually(() => page.evaluate(() => location.hash), (hash) => /pd=2025-0[2-4]-\d\d/.test(hash), 'the day under the pointer');
  assert.match(await live.locator('.price-readout').innerText(), /DeepSeek R1: \$2\.19[\s\S]*OpenAI o1: \$60\.00/);
  // Hover: a resting mouse shows the prices of the day under it, with their sources, without
  // picking it; leaving brings the picked day back.
  const picked = await live.locator('.readout-day').innerText();
  await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2);
  await eventually(() => live.locator('.readout-day').innerText(), (t) => /2026/.test(t), 'the hovered day');
  assert.match(await live.locator('.price-readout').innerText(), /DeepSeek (V3\.2|V4-Flash): \$0\.(42|28)/);
  assert.ok(await live.locator('.price-readout li sup.cite a[href^="#source-"]').count() >= 2, 'each price with its source');
  assert.match(await page.evaluate(() => location.hash), /pd=2025-0[2-4]-\d\d/, 'a hover picks nothing');
  await page.mouse.move(box.x + box.width / 2, box.y - 40);
  await eventually(() => live.locator('.readout-day').innerText(), (t) => t === picked, 'back to the picked day');
  // Keyboard: the date slider, day by day and to the ends.
  const slider = live.getByRole('slider', { name: 'Date on the chart' });
  await slider.focus();
  await page.keyboard.press('Home');
  await eventually(() => live.locator('.readout-day').innerText(), (t) => t.includes('1 September 2024'), 'Home goes to the start');
  assert.match(await live.locator('.price-readout').innerText(), /Not yet on sale that day: DeepSeek, OpenAI/);
  for (let i = 0; i < 11; i += 1) await page.keyboard.press('ArrowRight');
  await eventually(() => live.locator('.readout-day').innerText(), (t) => t.includes('12 September 2024'), 'arrows move a day');
  assert.match(await live.locator('.price-readout').innerText(), /OpenAI o1-preview: \$60\.00/);
  assert.equal(await slider.getAttribute('aria-valuetext'), '12 September 2024');
  // The picked day sets the cost calculator's date, over the checked channel the timeline uses.
  await live.getByRole('button', { name: 'Use this date in the cost calculator' }).click();
  await eventually(() => page.locator('#cost-date').inputValue(), (v) => v === '2024-09-12', 'the calculator took the date');
  // The calculator is elsewhere on the page: the note says what happened and links there.
  assert.match(await live.locator('#price-chart-handoff').innerText(), /The cost calculator now prices 12 September 2024\. Go to the calculator/);
  await live.locator('#price-chart-handoff a').press('Enter');
  await eventually(() => page.evaluate(() => location.hash), (hash) => hash.startsWith('#widget-cost'), 'the link leads to the calculator');
  assert.ok(await page.locator('#widget-cost').evaluate((el) => el.getBoundingClientRect().top < innerHeight), 'the calculator is in view');
  await page.evaluate(() => history.replaceState(null, '', '#pd=2024-09-12'));
  // Input prices and an optional line.
  await live.getByRole('button', { name: 'Input', exact: true }).click();
  assert.match(await live.locator('.headline').innerText(), /OpenAI: from \$15\.00 \(o1-preview, 12 September 2024\) to \$1\.25 \(GPT-5\), 91\.7% lower/);
  await live.getByRole('checkbox', { name: 'o4-mini', exact: true }).check();
  assert.equal(await live.locator('svg g[data-series]').count(), 3);
  assert.match(await page.evaluate(() => location.hash), /pm=input&ps=o4-mini&pd=2024-09-12/);
  // The table equivalent and the CSV.
  await live.locator('details > summary').click();
  assert.ok(await live.locator('table.price-steps tbody tr').count() >= 12);
  const csv = await live.getAttribute('data-csv');
  assert.match(csv, /\nOpenAI,GPT-5,2025-08-07,2026-12-01,1\.25,0\.125,10,high,https:\/\//);
  assert.match(csv, /\no4-mini,o4-mini,2025-04-16,/);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();

  // Touch: a tap picks a day too.
  const touch = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const phone = await touch.newPage();
  await phone.goto(`${BASE_URL}#pd=2025-06-01`);
  await phone.locator('.price-chart svg').scrollIntoViewIfNeeded();
  await phone.waitForSelector('body[data-hydrated="true"]', { timeout: 20_000 });
  const tapBox = await phone.locator('.price-chart svg').boundingBox();
  await phone.touchscreen.tap(tapBox.x + tapBox.width * 0.9, tapBox.y + tapBox.height / 2);
  await eventually(() => phone.evaluate(() => location.hash), (hash) => /pd=2026-/.test(hash), 'the tapped day');
  await touch.close();
});

test('the cost calculator prices any day from September 2024 to the data check, with the new models', async () => {
  const { context, page } = await openPage(browser, { path: '#m=gpt-5,v4-flash,o1,r1&d=2026-06-01' });
  await waitForHydration(page);
  const widget = page.locator('.cost-widget');
  assert.equal(await widget.locator('#cost-date').getAttribute('max'), '2026-12-01');
  assert.equal(await widget.locator('#cost-date').getAttribute('min'), '2024-09-12');
  // 1M in + 1M out at GPT-5's $1.25 + $10, at V4-Flash's $0.14 + $0.28.
  assert.equal(await widget.locator('tr[data-model="gpt-5"] .per-request').innerText(), '$11.25');
  assert.equal(await widget.locator('tr[data-model="v4-flash"] .per-request').innerText(), '$0.42');
  assert.match(await widget.locator('tr[data-model="r1"]').innerText(), /no longer offered from 21 Aug 2025/);
  // A day past the data check is clamped, and says so.
  await widget.locator('#cost-date').fill('2027-05-01');
  await eventually(() => widget.locator('.messages').innerText(), (t) => /prices are known from 2024-09-12 to 2026-12-01, so 2026-12-01 is used/.test(t), 'clamped');
  // A medium-confidence price says so on its card.
  await widget.locator('tr[data-model="gpt-5"] .price-used sup.cite').waitFor();
  assert.match(await widget.locator('#cost-model-gpt-5 + label .model-note').innerText(), /launch price/);
  await context.close();
});

test('at 320 px and in the dark theme the price chart fits, keeps its labels apart and stays legible', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page, problems } = await openPage(browser, { viewport: { width: 320, height: 640 }, contextOptions: { colorScheme } });
    await waitForHydration(page);
    const chart = page.locator('.price-chart');
    await chart.scrollIntoViewIfNeeded();
    const result = await chart.evaluate((root) => {
      const frame = root.getBoundingClientRect();
      const texts = [...root.querySelectorAll('svg text')].filter((t) => t.getBoundingClientRect().width > 0);
      const boxes = texts.map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }));
      const overlaps = [];
      boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
        if (a.box.left < b.box.right - 1 && b.box.left < a.box.right - 1 && a.box.top < b.box.bottom - 1 && b.box.top < a.box.bottom - 1) overlaps.push(`${a.text} / ${b.text}`);
      }));
      const outside = boxes.filter(({ box }) => box.left < frame.left - 1 || box.right > frame.right + 1).map(({ text }) => text);
      const line = getComputedStyle(root.querySelector('g[data-series] line.tread')).stroke;
      return { overlaps, outside, width: frame.width, scroll: document.documentElement.scrollWidth, line, bg: getComputedStyle(document.body).backgroundColor };
    });
    assert.deepEqual(result.overlaps, [], colorScheme);
    assert.deepEqual(result.outside, [], colorScheme);
    assert.ok(result.scroll <= 320, `the page is ${result.scroll}px wide`);
    assert.notEqual(result.line, result.bg, 'the lines differ from the background');
    // Touch targets on a phone: a button, or a box with its label (a tap on either ticks it).
    const targets = await chart.locator('.price-controls').evaluate((controls) => [...controls.querySelectorAll('button, input')]
      .filter((el) => el.checkVisibility())
      .map((el) => {
        const label = el.id ? controls.querySelector(`label[for="${el.id}"]`) : null;
        const boxes = [el, label].filter(Boolean).map((node) => node.getBoundingClientRect());
        const width = Math.max(...boxes.map((b) => b.right)) - Math.min(...boxes.map((b) => b.left));
        const height = Math.max(...boxes.map((b) => b.bottom)) - Math.min(...boxes.map((b) => b.top));
        return { what: el.outerHTML.slice(0, 60), width, height };
      }));
    assert.ok(targets.length >= 5, `${targets.length} controls`);
    for (const target of targets) assert.ok(target.height >= 24 && target.width >= 24, JSON.stringify(target));
    assert.deepEqual(problems.pageErrors, []);
    await context.close();
  }
});

test('the price chart has an embed view with its oEmbed file, prerendered and live', async () => {
  const { context, page } = await openPage(browser, { path: 'embed-prices.html' });
  assert.match(await page.locator('h1.embed-title').innerText(), /The price of reasoning/);
  assert.equal(await page.locator('.price-chart svg g[data-series]').count(), 2);
  // No calculator here to send a date to, so no button that would do nothing.
  assert.equal(await page.locator('.price-chart .handoff').isVisible(), false);
  await waitForHydration(page);
  await page.locator('.price-chart').getByRole('button', { name: 'Input', exact: true }).click();
  await eventually(() => page.locator('.price-chart .headline').innerText(), (text) => /Per 1M (uncached )?input tokens/.test(text), 'the embed is live');
  const oembed = await (await page.request.get(new URL('oembed-prices.json', BASE_URL).href)).json();
  assert.equal(oembed.type, 'rich');
  assert.match(oembed.html, /embed-prices\.html/);
  await context.close();
});

// The lines' names never sit on one another, at phone and desktop widths, for either price, with
// the extra lines on (o3-mini and o4-mini were sold at the same prices, so their lines coincide);
// and a model on a line named after it is not named twice ("o3-mini", not "o3-mini o3-mini").
test('the price chart names each line once, with no label over another', async () => {
  for (const edition of ['', 'zh/']) {
    for (const width of [390, 1280]) {
      for (const measure of ['', 'pm=input&']) {
        const path = `${edition}#${measure}ps=o3-mini,o4-mini`;
        const { context, page } = await openPage(browser, { path, viewport: { width, height: 900 } });
        await waitForHydration(page);
        const chart = page.locator('[data-island="prices"]');
        assert.equal(await chart.locator('svg g[data-series]').count(), 4, path);
        const labels = await chart.locator('svg text.step-label').evaluateAll((nodes) => nodes
          .filter((node) => getComputedStyle(node).display !== 'none')
          .map((node) => { const box = node.getBoundingClientRect(); return { text: node.textContent, box: [box.left, box.top, box.right, box.bottom] }; }));
        for (let i = 0; i < labels.length; i++) {
          for (let j = i + 1; j < labels.length; j++) {
            const [a, b] = [labels[i].box, labels[j].box];
            const apart = a[2] <= b[0] || b[2] <= a[0] || a[3] <= b[1] || b[3] <= a[1];
            assert.ok(apart, `${path} at ${width} px: "${labels[i].text}" and "${labels[j].text}" overlap`);
          }
        }
        assert.ok(labels.some((label) => /o3-mini.+o4-mini/.test(label.text)), `${path}: the two coinciding lines share a label`);
        // Both ends of each main line are named, on a phone too (it named only the first model).
        for (const latest of ['GPT-5', 'V4-Flash']) assert.ok(labels.some((label) => label.text === latest), `${path} at ${width} px: ${latest} named`);
        // The price labels are drawn over the lines, on a halo: o1-preview's line starts at the
        // left edge, where "$10" sits in the input view.
        const priceLabels = await chart.locator('svg').first().evaluate((svg) => {
          const group = svg.querySelector('.y-labels');
          const lines = [...svg.querySelectorAll('g[data-series]')];
          return {
            afterLines: Boolean(group) && lines.every((line) => line.compareDocumentPosition(group) & Node.DOCUMENT_POSITION_FOLLOWING),
            haloed: [...(group?.querySelectorAll('text') ?? [])].map((text) => getComputedStyle(text)).every((style) => style.paintOrder.startsWith('stroke') && style.stroke !== 'none'),
            texts: [...(group?.querySelectorAll('text') ?? [])].map((text) => text.textContent),
          };
        });
        assert.ok(priceLabels.afterLines && priceLabels.haloed, `${path} at ${width} px: ${JSON.stringify(priceLabels)}`);
        assert.ok(priceLabels.texts.includes('$10'), `${path}: ${priceLabels.texts}`);
        const named = await chart.locator('.price-readout strong').allTextContents();
        assert.ok(named.includes('o3-mini') && named.includes('o4-mini'), `${path}: ${named}`);
        await context.close();
      }
    }
  }
});

test('a dated list of events keeps each date on one line, its titles in one column and each source cited once a row', async () => {
  for (const path of ['', 'zh/']) {
    for (const width of [390, 1280]) {
      const { context, page } = await openPage(browser, { path, javaScriptEnabled: false, viewport: { width, height: 900 } });
      const rows = await page.locator('.event-list .event-row').evaluateAll((items) => items.map((row) => {
        const date = row.querySelector('.event-date');
        const button = date.querySelector('button, time');
        const title = row.querySelector('.event-row-title');
        const cited = [...row.querySelectorAll('.cite a')].map((link) => link.textContent);
        return {
          text: row.textContent,
          dateLines: button.getClientRects().length,
          dateHeight: button.getBoundingClientRect().height,
          lineHeight: parseFloat(getComputedStyle(button).lineHeight) || 24,
          titleLeft: Math.round(title.getBoundingClientRect().left),
          dateRight: Math.max(...[...date.querySelectorAll('button, time, .cite')].map((part) => part.getBoundingClientRect().right)),
          rowLeft: Math.round(row.getBoundingClientRect().left),
          cited,
        };
      }));
      assert.ok(rows.length >= 8, `/${path}: the list of orders and bans is there`);
      for (const row of rows) {
        assert.ok(row.dateLines === 1 && row.dateHeight < row.lineHeight * 1.5, `/${path} at ${width} px: the date of “${row.text}” wraps`);
        assert.equal(new Set(row.cited).size, row.cited.length, `/${path}: “${row.text}” cites a source twice`);
        assert.ok(row.dateRight <= row.titleLeft, `/${path} at ${width} px: the date of “${row.text}” runs into its title`);
      }
      // Titles start the same distance from their row's edge in every row (one column per list column).
      const offsets = new Set(rows.map((row) => row.titleLeft - row.rowLeft));
      assert.equal(offsets.size, 1, `/${path} at ${width} px: titles start at ${[...offsets].join(', ')} px from their rows`);
      await context.close();
    }
  }
});

// The chart opens on the last day checked, when R1 was long withdrawn: the calculator used to keep
// o1 and R1 and answer "not every chosen model was on sale". It now brings in DeepSeek's model of
// that day in R1's place, says so, and prices the comparison.
test('a day sent from the price chart brings in the models on sale then, and says which it replaced', async () => {
  const { context, page, problems } = await openPage(browser);
  await waitForHydration(page);
  const live = page.locator('.price-chart');
  await live.scrollIntoViewIfNeeded();
  await eventually(() => live.locator('.readout-day').innerText(), (t) => t.includes('1 December 2026'), 'the chart opens on the day checked');
  await live.getByRole('button', { name: 'Use this date in the cost calculator' }).click();
  const cost = page.locator('.cost-widget');
  await eventually(() => page.locator('#cost-date').inputValue(), (v) => v === '2026-12-01', 'the calculator took the date');
  assert.equal(await cost.locator('.messages').innerText(), 'DeepSeek-V4-Flash in place of DeepSeek-R1, not on sale on 1 December 2026.');
  assert.equal(await cost.locator('#cost-model-r1').isChecked(), false);
  assert.equal(await cost.locator('#cost-model-v4-flash').isChecked(), true);
  assert.match(await cost.locator('.headline').innerText(), /^On 1 December 2026, DeepSeek-V4-Flash costs \$[\d.]+ per request against \$75\.00 on o1: /);
  assert.match(await page.evaluate(() => location.hash), /m=o1,v4-flash/);
  // The date typed into the calculator leaves the reader's models as they are.
  await cost.locator('#cost-model-r1').check();
  await page.locator('#cost-date').fill('2025-01-27');
  await page.locator('#cost-date').press('Enter');
  await eventually(() => cost.locator('.headline').innerText(), (t) => t.startsWith('On 27 January 2025, DeepSeek-R1 costs $2.74'), 'R1 in its week');
  assert.equal(await cost.locator('#cost-model-v4-flash').isChecked(), true);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});
