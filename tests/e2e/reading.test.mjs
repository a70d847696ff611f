// The reading experience, measured on the built page: a first screen that tells the story with
// numbers, a readable text column with figures in a wider one, nothing clipped from 320 to 1600 px,
// widgets that answer first, each caveat said once, glossary cards, and a page a reader finishes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, waitForHydration } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const WIDTHS = [320, 390, 768, 1280, 1600];

for (const { width, height } of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
  for (const javaScriptEnabled of [false, true]) {
    test(`the first screen at ${width}×${height} (JavaScript ${javaScriptEnabled ? 'on' : 'off'}) has the title, the lede and the key figures`, async () => {
      const { context, page } = await openPage(browser, { viewport: { width, height }, javaScriptEnabled });
      const screen = await page.evaluate(() => {
        const inView = (el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight && r.width > 0; };
        const figures = [...document.querySelectorAll('.key-figures .key-figure')];
        return {
          title: inView(document.querySelector('h1')),
          lede: inView(document.querySelector('.lede')),
          sentences: document.querySelector('.lede').textContent.split(/(?<=[.!?])\s+/).filter(Boolean).length,
          figures: figures.map((li) => ({
            inView: inView(li),
            fact: li.querySelector('button.fact[data-fact]')?.dataset.fact ?? null,
            value: li.querySelector('.key-value button.fact')?.textContent ?? '',
            target: li.querySelector('a.key-link')?.getAttribute('href') ?? '',
          })),
          kicker: document.querySelector('.kicker').textContent,
        };
      });
      assert.ok(screen.title && screen.lede, 'title and lede before any scrolling');
      assert.ok(screen.sentences >= 2 && screen.sentences <= 3, `a lede of two or three sentences (${screen.sentences})`);
      assert.ok(screen.figures.length >= 4 && screen.figures.length <= 6, `four to six key figures (${screen.figures.length})`);
      for (const figure of screen.figures) {
        assert.ok(figure.inView, `${figure.value} is on the first screen`);
        assert.ok(figure.fact, `${figure.value} opens its source card`);
        assert.match(figure.value, /\d/, 'a number');
        assert.equal(await page.locator(figure.target).count(), 1, `${figure.target} is on the page`);
      }
      // The kicker says what the page is and when its data was checked, not a 2025 dateline.
      assert.match(screen.kicker, /data checked \d{1,2} [A-Z][a-z]+ \d{4}/);
      assert.doesNotMatch(screen.kicker, /January 2025/);
      await context.close();
    });
  }
}

test('a key figure opens its card and its link leads to the part of the page that explains it', async () => {
  const { context, page } = await openPage(browser, { viewport: { width: 390, height: 844 } });
  const figure = page.locator('.key-figure').first();
  await figure.locator('button.fact').click();
  await page.locator('#source-card').waitFor({ state: 'visible', timeout: 20_000 });
  assert.match(await page.locator('#source-card').innerText(), /27\.4×/);
  await page.keyboard.press('Escape');
  await figure.locator('a.key-link').click();
  assert.equal(new URL(page.url()).hash, '#price');
  const top = await page.locator('#price').evaluate((node) => node.getBoundingClientRect().top);
  assert.ok(top >= -1 && top < 100, `scrolled to the price gap (${top})`);
  await context.close();
});

/**
 * Everything that could be clipped at this width: a table, chart or widget whose content is wider
 * than its box must be (inside) a labelled, focusable scrolling region; chart text stays inside
 * its widget; the page itself never scrolls sideways.
 */
async function clipping(page) {
  return page.evaluate(() => {
    const problems = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) problems.push(`the page is ${root.scrollWidth - root.clientWidth}px wider than the window`);
    const scroller = (el) => {
      const region = el.closest('.table-wrap.scrolls');
      return region && region.getAttribute('role') === 'region' && region.tabIndex === 0 && region.hasAttribute('aria-labelledby') ? region : null;
    };
    const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    // Each widget's own panel, table and block (the figure columns around them break out of the
    // text column on purpose; what they hold is checked against the window below).
    for (const el of document.querySelectorAll('main table, .key-figures, main .quote, main .claim-check, main .score-chart, main .cost-widget, main .training-panel, main .benchmark-chart, main .timeline-widget')) {
      if (!shown(el) || scroller(el)) continue;
      if (el.scrollWidth > el.clientWidth + 1) problems.push(`${el.tagName.toLowerCase()}.${el.className} is ${el.scrollWidth - el.clientWidth}px wider than its box`);
    }
    for (const text of document.querySelectorAll('main svg text')) {
      if (!shown(text) || getComputedStyle(text).display === 'none') continue;
      const box = (text.closest('.cost-widget, .training-panel, .benchmark-chart, .timeline-widget, .score-chart') ?? text.closest('svg')).getBoundingClientRect();
      const r = text.getBoundingClientRect();
      if (r.width === 0) continue;
      if (r.right > box.right + 1 || r.left < box.left - 1) problems.push(`chart text "${text.textContent.slice(0, 40)}" runs out of its figure (${Math.round(r.left)}–${Math.round(r.right)} in ${Math.round(box.left)}–${Math.round(box.right)})`);
    }
    for (const el of document.querySelectorAll('main *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || !shown(el) || el.closest('.table-wrap.scrolls, .visually-hidden, svg')) continue;
      if (r.right > root.clientWidth + 1) problems.push(`${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}" ends past the window's edge`);
    }
    return [...new Set(problems)].slice(0, 20);
  });
}

for (const javaScriptEnabled of [true, false]) {
  test(`nothing is clipped at ${WIDTHS.join(', ')} px (JavaScript ${javaScriptEnabled ? 'on, widgets live' : 'off'})`, async () => {
    for (const width of WIDTHS) {
      const { context, page } = await openPage(browser, { viewport: { width, height: 900 }, javaScriptEnabled });
      if (javaScriptEnabled) await waitForHydration(page);
      // Detail disclosures open, so their tables are measured too.
      await page.evaluate(() => document.querySelectorAll('main details').forEach((details) => { details.open = true; }));
      assert.deepEqual(await clipping(page), [], `at ${width} px`);
      await context.close();
    }
  });
}

test('a table too wide for a phone scrolls inside a labelled region the keyboard can reach', async () => {
  const { context, page } = await openPage(browser, { viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
  await page.locator('details:has(table.benchmark-table) > summary').click();
  const region = page.getByRole('region', { name: /Benchmark scores from the R1 paper/ });
  assert.equal(await region.getAttribute('tabindex'), '0');
  assert.ok(await region.evaluate((el) => el.scrollWidth > el.clientWidth), 'it scrolls at 390 px');
  // The columns the section is about are the paper's last, off screen: the caption says so, and
  // each row keeps its benchmark's name in view as the scores scroll.
  const headers = await page.locator('table.benchmark-table thead th').allTextContents();
  const hint = page.locator('#benchmark-table-caption .scroll-hint');
  assert.ok(await hint.isVisible());
  assert.equal((await hint.innerText()).trim(), `On a narrow screen the table scrolls sideways: ${headers.at(-2)} and ${headers.at(-1)} are its last two columns.`);
  await region.evaluate((el) => { el.scrollLeft = el.scrollWidth; });
  const edges = await page.evaluate(() => ({
    region: document.querySelector('.table-wrap.scrolls').getBoundingClientRect().left,
    name: document.querySelector('table.benchmark-table tbody th').getBoundingClientRect().left,
  }));
  assert.ok(Math.abs(edges.name - edges.region) <= 1, `the row names stay in view (${JSON.stringify(edges)})`);
  // A many-column table of prices stacks into label/value rows instead.
  await page.locator('details:has(table.price-table) > summary').click();
  const cell = page.locator('table.price-table tr[data-model="r1"] td').first();
  assert.equal(await cell.evaluate((td) => getComputedStyle(td, '::before').content), '"Input"');
  assert.ok(await page.locator('table.price-table').evaluate((table) => table.scrollWidth <= table.clientWidth + 1));
  await context.close();
});

test('prose sits in a readable column and the figures in a wider one', async () => {
  const { context, page } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  // The benchmark table fits here, so its narrow-screen hint is not shown.
  await page.locator('details:has(table.benchmark-table) > summary').click();
  assert.equal(await page.locator('#benchmark-table-caption .scroll-hint').isVisible(), false);
  const measure = await page.evaluate(() => {
    let chars = 0;
    let lines = 0;
    for (const p of document.querySelectorAll('main section > p')) {
      const height = p.getBoundingClientRect().height;
      const lineHeight = parseFloat(getComputedStyle(p).lineHeight);
      const count = Math.round(height / lineHeight);
      if (count < 3) continue;
      // Full lines only: the last line of a paragraph is usually short.
      chars += p.textContent.length * (count - 1) / count;
      lines += count - 1;
    }
    const prose = document.querySelector('main section > p').getBoundingClientRect().width;
    const widget = document.querySelector('#widget-cost').getBoundingClientRect().width;
    return { perLine: chars / lines, prose, widget };
  });
  console.log(`# ${measure.perLine.toFixed(1)} characters a line; prose ${measure.prose}px, widgets ${measure.widget}px wide`);
  assert.ok(measure.perLine >= 62 && measure.perLine <= 78, `about 65–75 characters a line (${measure.perLine.toFixed(1)})`);
  assert.ok(measure.widget > measure.prose * 1.4 && measure.widget <= 1110, `widgets take a wider column (${measure.widget}px)`);
  await context.close();
});

test('on a wide screen the Glossary and Sources headings start where their lists do', async () => {
  const { context, page } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  const edges = await page.evaluate(() => ['glossary', 'sources'].map((id) => {
    const heading = document.querySelector(`#${id} > h2`).getBoundingClientRect().left;
    const list = document.querySelector(`#${id} > dl, #${id} > ol`).getBoundingClientRect().left;
    return { id, heading, list, prose: document.querySelector('main section > p').getBoundingClientRect().left };
  }));
  for (const { id, heading, list, prose } of edges) {
    assert.ok(Math.abs(heading - list) <= 1, `#${id}: heading at ${heading}px, its list at ${list}px`);
    assert.ok(heading < prose - 100, `#${id}: in the wide column (${heading}px), not the text column (${prose}px)`);
  }
  await context.close();
});

test('the cost widget answers first: above its inputs on a phone, beside them on a wide screen', async () => {
  for (const width of [390, 1280]) {
    const { context, page } = await openPage(browser, { viewport: { width, height: 844 } });
    await waitForHydration(page);
    const widget = page.locator('.cost-widget');
    const box = async (selector) => widget.locator(selector).first().evaluate((el) => el.getBoundingClientRect().toJSON());
    const headline = await box('.headline');
    const chart = await box('.cost-answer svg');
    const inputs = await box('.workload-group');
    if (width < 1000) {
      assert.ok(headline.bottom <= chart.top + 1 && chart.bottom <= inputs.top + 1, 'headline, then chart, then inputs');
    } else {
      assert.ok(headline.right <= inputs.left + 1 && chart.right <= inputs.left + 1, 'the answer beside the inputs');
      assert.ok(Math.abs(headline.top - inputs.top) < 80, 'side by side from the top');
    }
    // The inputs come in two named groups, and the rare settings sit in a disclosure that says
    // what is inside and shows their values.
    assert.deepEqual(await widget.locator('fieldset.input-group > legend').allTextContents(), ['Your workload', 'The comparison']);
    const more = widget.locator('details.more-settings');
    assert.equal(await more.evaluate((details) => details.open), false);
    assert.equal(await widget.getByLabel('Requests per day', { exact: true }).isVisible(), false);
    await widget.getByRole('button', { name: 'Coding task' }).click();
    assert.match(await more.locator('summary').innerText(), /input served from cache \(50%\), requests per day \(20\)/);
    await context.close();
  }
});

test('on a phone the headline stays in view while an input is edited', async () => {
  const { context, page } = await openPage(browser, { viewport: { width: 390, height: 700 } });
  await waitForHydration(page);
  const widget = page.locator('.cost-widget');
  await widget.locator('details.more-settings > summary').click();
  const field = widget.getByLabel('Requests per day', { exact: true });
  await field.scrollIntoViewIfNeeded();
  await field.fill('40');
  await field.press('Enter');
  const seen = await page.evaluate(() => {
    const headline = document.querySelector('.cost-widget .headline').getBoundingClientRect();
    const field = document.getElementById('cost-requests').getBoundingClientRect();
    return { headline: headline.toJSON(), field: field.toJSON(), inView: headline.top >= 0 && headline.bottom <= innerHeight };
  });
  assert.ok(seen.inView, `the headline is on screen with the field (${JSON.stringify(seen)})`);
  assert.ok(seen.field.top - seen.headline.top > 300, 'the field is far below the top of the widget');
  assert.equal(await widget.locator('table.cost-table tr[data-model="r1"] .per-month').innerText(), '$3,288.00');
  await context.close();
});

// A citation split over two lines ("[19," / "20]") or a date split in the kicker ("1" / "December
// 2026") reads as two things; each stays on one line.
for (const path of ['', 'zh/']) {
  test(`on a phone no citation and not the kicker's date is split over two lines (/${path})`, async () => {
    for (const width of [320, 390]) {
      for (const javaScriptEnabled of [false, true]) {
        const { context, page } = await openPage(browser, { path, viewport: { width, height: 844 }, javaScriptEnabled });
        const split = await page.evaluate(() => [...document.querySelectorAll('sup.cite, .kicker time')]
          .filter((el) => el.getClientRects().length > 1)
          .map((el) => `${el.closest('[id]')?.id}: ${el.textContent}`));
        assert.deepEqual(split, [], `${width}px, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`);
        await context.close();
      }
    }
  });
}

// A label that wraps ("Visible output tokens per request" at 1280 px) pushed its box 23 px below
// its neighbour's: the fields of a row now share rows for label, box, slider and hint.
for (const path of ['', 'zh/']) {
  test(`side by side, the cost widget's number boxes line up whatever their labels' length (/${path})`, async () => {
    for (const width of [768, 1280, 1600]) {
      const { context, page } = await openPage(browser, { path, viewport: { width, height: 900 } });
      await page.locator('#widget-cost details.more-settings > summary').click();
      const rows = await page.evaluate(() => {
        const byRow = new Map();
        for (const field of document.querySelectorAll('#widget-cost .inputs .number-field')) {
          const row = Math.round(field.getBoundingClientRect().top);
          const box = field.querySelector('input[type="text"]').getBoundingClientRect().top;
          byRow.set(row, [...(byRow.get(row) ?? []), { label: field.querySelector('label').textContent, box }]);
        }
        return [...byRow.values()];
      });
      assert.ok(rows.some((row) => row.length > 1), `${width}px: some fields sit side by side`);
      for (const row of rows) {
        const tops = row.map(({ box }) => box);
        assert.ok(Math.max(...tops) - Math.min(...tops) <= 1, `${width}px /${path}: ${JSON.stringify(row)}`);
      }
      await context.close();
    }
  });
}

// A long label must not squeeze its checkbox: in a flex row the box shrank to 13–19 px with the
// length of the model's name and note, a row of boxes of five different sizes.
test('every checkbox of a widget is drawn the same size, whatever the length of its label', async () => {
  for (const path of ['', 'zh/']) {
    for (const width of [390, 1280]) {
      const { context, page } = await openPage(browser, { path, viewport: { width, height: 800 } });
      await waitForHydration(page);
      const sizes = await page.locator('fieldset.models input[type="checkbox"]').evaluateAll((boxes) =>
        boxes.map((box) => { const r = box.getBoundingClientRect(); return `${r.width.toFixed(1)}×${r.height.toFixed(1)}`; }));
      assert.ok(sizes.length >= 13, `${sizes.length} checkboxes`);
      assert.deepEqual([...new Set(sizes)], [sizes[0]], `/${path} at ${width} px: ${[...new Set(sizes)].join(', ')}`);
      await context.close();
    }
  }
});

test('the training panel and the benchmark chart also answer first', async () => {
  const { context, page } = await openPage(browser, { viewport: { width: 390, height: 844 } });
  await waitForHydration(page);
  const order = await page.evaluate(() => {
    const y = (selector) => document.querySelector(selector).getBoundingClientRect().top;
    return {
      training: [y('.training-panel .headline'), y('.training-panel svg'), y('#training-gpu-price')],
      benchmarks: [y('.benchmark-chart svg'), y('.benchmark-chart .bench-controls')],
    };
  });
  assert.ok(order.training[0] < order.training[1] && order.training[1] < order.training[2], `training: ${order.training}`);
  assert.ok(order.benchmarks[0] < order.benchmarks[1], `benchmarks: ${order.benchmarks}`);
  assert.match(await page.locator('.training-panel .headline').innerText(), /\$5\.576M.*\$294K/);
  await context.close();
});

test('no sentence of eight or more words is said twice on the page (outside the Sources list)', async () => {
  const { context, page } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await waitForHydration(page);
  const repeats = await page.evaluate(() => {
    // Every disclosure open, so detail text counts too. Left out, as repeated by design: the
    // Sources list, the contents (the headings again), each tool row's citation of the page,
    // quote attributions (two quotes from one speech name it twice), and the model pickers' notes.
    document.querySelectorAll('details').forEach((details) => { details.open = true; });
    const skipped = document.querySelectorAll('#sources, nav.toc, .share-tools, figure.quote figcaption, fieldset.models');
    skipped.forEach((el) => { el.dataset.skipped = el.style.display; el.style.display = 'none'; });
    const text = document.body.innerText;
    skipped.forEach((el) => { el.style.display = el.dataset.skipped; });
    const seen = new Map();
    const twice = [];
    for (const raw of text.split(/(?<=[.!?])\s+|\n+/)) {
      const sentence = raw.replace(/\[[\d, ]+\]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
      if (sentence.split(' ').length < 8) continue;
      if (seen.has(sentence) && !twice.includes(sentence)) twice.push(sentence);
      seen.set(sentence, true);
    }
    return twice;
  });
  assert.deepEqual(repeats, []);
  await context.close();
});

test('headings are distinct and the page is at most 23,000 px tall at 1280 px', async () => {
  for (const [label, javaScriptEnabled, live] of [['prerendered', true, false], ['live', true, true], ['without JavaScript', false, false]]) {
    const { context, page } = await openPage(browser, { viewport: { width: 1280, height: 900 }, javaScriptEnabled });
    if (live) await waitForHydration(page);
    const { height, headings, words } = await page.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      headings: [...document.querySelectorAll('h1, h2, h3')].map((h) => h.textContent.replace(/^\d+\.\s*/, '').trim()),
      words: document.body.innerText.split(/\s+/).filter(Boolean).length,
    }));
    console.log(`# ${label}: ${height} px tall, ${words} visible words`);
    // 20,000 px after the reading pass (issue 12); 23,000 with the story since 2025 (issue 13).
    assert.ok(height <= 23_000, `${label}: ${height} px`);
    const duplicates = headings.filter((h, i) => headings.indexOf(h) !== i);
    assert.deepEqual(duplicates, [], `${label}: repeated headings`);
    await context.close();
  }
});

test('every figure on the page is shown, or one click away in a Details disclosure', async () => {
  const { context, page } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await waitForHydration(page);
  // Per fact: at least one of its figures is on screen or in a closed disclosure (the render
  // tier checks that every fact of the data has a figure on the page at all).
  const unreachable = await page.evaluate(() => {
    const reachable = (button) => button.getClientRects().length > 0 || Boolean(button.closest('details:not([open])'));
    const facts = new Map();
    for (const button of document.querySelectorAll('button.fact[data-fact]')) {
      facts.set(button.dataset.fact, (facts.get(button.dataset.fact) ?? false) || reachable(button));
    }
    return [...facts].filter(([, ok]) => !ok).map(([fact]) => fact);
  });
  assert.deepEqual(unreachable, []);
  await context.close();
});

test('glossary terms open a definition card by hover, tap and keyboard, and link to the glossary without JavaScript', async () => {
  const { context, page } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await waitForHydration(page);
  const terms = await page.locator('main a.term').evaluateAll((links) => [...new Set(links.map((a) => a.dataset.term))]);
  for (const term of ['token', 'reasoning-tokens', 'pass-at-1', 'moe', 'rl', 'sft', 'distillation', 'open-weights', 'h800']) {
    assert.ok(terms.includes(term), `${term} is linked from the prose`);
    assert.equal(await page.locator(`#glossary dt#term-${term}`).count(), 1, `${term} is in the glossary`);
  }
  const card = page.locator('#source-card');
  const term = page.locator('#emergence a.term[data-term="moe"]');
  // Keyboard: Enter opens it with focus inside, Escape returns focus to the term.
  await term.focus();
  await page.keyboard.press('Enter');
  await card.waitFor({ state: 'visible' });
  assert.match(await card.innerText(), /Mixture of experts[\s\S]*router/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'source-card');
  assert.equal(new URL(page.url()).hash, '', 'the card opened in place of the jump');
  await page.keyboard.press('Escape');
  await card.waitFor({ state: 'hidden' });
  assert.equal(await page.evaluate(() => document.activeElement.dataset.term), 'moe');
  // Hover opens it after a short rest; the pointer leaving closes it.
  await page.locator('#openness a.term[data-term="distillation"]').hover();
  await card.waitFor({ state: 'visible' });
  assert.match(await card.innerText(), /Distillation/);
  await page.mouse.move(5, 5);
  await card.waitFor({ state: 'hidden' });
  await context.close();

  const touch = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const phone = await touch.newPage();
  await phone.goto(page.url());
  await waitForHydration(phone);
  await phone.locator('#openness a.term[data-term="pass-at-1"]').tap();
  await phone.locator('#source-card').waitFor({ state: 'visible' });
  assert.match(await phone.locator('#source-card').innerText(), /pass@1[\s\S]*single answer/);
  await touch.close();

  const plain = await openPage(browser, { javaScriptEnabled: false });
  await plain.page.locator('#emergence a.term[data-term="token"]').click();
  assert.equal(new URL(plain.page.url()).hash, '#term-token');
  await plain.context.close();
});

test('the opening introduces the article whose claims are checked, and the checks name it', async () => {
  const { context, page } = await openPage(browser, { javaScriptEnabled: false });
  const about = await page.locator('.about').innerText();
  assert.match(about, /The Emergence of a New Challenger: DeepSeek-R1 and the AI Race/);
  assert.match(about, /the article/);
  const claims = await page.locator('main .claim-check .claim').allInnerTexts();
  assert.ok(claims.length >= 4, claims.join('\n'));
  for (const claim of claims) assert.match(claim, /^THE CLAIM\s+The article: /i);
  // o1's two score sets are explained where the second one appears.
  const note = await page.locator('#future p.table-note', { hasText: 'livestream' }).textContent();
  assert.match(note, /79\.2/);
  assert.match(note, /83\.3/);
  await context.close();
});
