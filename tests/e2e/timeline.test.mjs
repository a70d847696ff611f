// The timeline island in the built site: one tab stop and arrow keys, the details panel and its
// live region, days between two events, filters and zoom, the list layout at 320 px, URL state
// with reload and Back, the link to the cost widget, and labels that never overlap on screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, waitForHydration, eventually } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// src/data/events.rs: from the export rules of October 2022 to DeepSeek-V4 in 2026.
const EVENT_COUNT = 46;

/** A page object for the timeline: events by key, controls by role and name. */
function timeline(page) {
  const root = page.locator('.timeline-widget');
  return {
    root,
    /** Event keys of the list, in document order. */
    listed: () => root.locator('.tl-list li[data-event]').evaluateAll((items) => items.map((li) => li.dataset.event)),
    charted: () => root.locator('.tl-chart .mark').evaluateAll((marks) => marks.map((g) => g.dataset.event)),
    dates: () => root.locator('.tl-list li[data-event] time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime'))),
    pick: (key) => root.locator(`#tl-ev-${key}`),
    label: (key) => root.locator(`.tl-chart .mark[data-event="${key}"] .tl-label`),
    focused: () => page.evaluate(() => document.activeElement?.closest('.tl-list [data-event]')?.dataset.event ?? null),
    panel: root.locator('.tl-details'),
    title: () => root.locator('.tl-details h4').innerText(),
    announced: () => root.locator('.tl-announce').textContent(),
    chip: (name) => root.locator('.tl-controls').getByRole('button', { name, exact: true }),
    messages: () => root.locator('.messages').innerText(),
    hash: () => page.evaluate(() => location.hash),
  };
}

async function open(path = '', viewport = { width: 1280, height: 900 }) {
  const opened = await openPage(browser, { path, viewport });
  await waitForHydration(opened.page);
  await opened.page.waitForSelector('.timeline-widget.is-live');
  return { ...opened, tl: timeline(opened.page) };
}

/** Moves the keyboard cursor with ArrowRight until `key` has focus. */
async function arrowTo(page, tl, key) {
  for (let i = 0; i < EVENT_COUNT && (await tl.focused()) !== key; i += 1) await page.keyboard.press('ArrowRight');
  assert.equal(await tl.focused(), key);
}

test('one Tab stop: the arrows visit every event in date order, Home and End jump to the ends', async () => {
  const { context, page, tl, problems } = await open();
  assert.equal(await tl.root.locator('.tl-list [tabindex="0"]').count(), 1, 'one event in the tab order');
  assert.equal(await tl.root.locator('.tl-list [tabindex="-1"]').count(), EVENT_COUNT - 1);
  // Tab from the control before the events lands on the first event.
  await tl.root.locator('.tl-reset').focus();
  await page.keyboard.press('Tab');
  const listed = await tl.listed();
  assert.equal(listed.length, EVENT_COUNT);
  assert.equal(await tl.focused(), listed[0]);
  const visited = [await tl.focused()];
  for (let i = 1; i < EVENT_COUNT; i += 1) {
    await page.keyboard.press('ArrowRight');
    visited.push(await eventually(() => tl.focused(), (key) => key !== visited.at(-1), 'focus moved'));
  }
  assert.deepEqual(visited, listed, 'every event, in list order');
  const dates = await tl.dates();
  assert.deepEqual([...dates].sort(), dates, 'the list is in date order');
  assert.deepEqual(await tl.charted(), listed, 'the chart has the same events');
  // The chart shows where the focus is.
  assert.equal(await tl.root.locator('.tl-chart .mark.cursor').getAttribute('data-event'), listed.at(-1));
  await page.keyboard.press('ArrowRight');
  assert.equal(await tl.focused(), listed.at(-1), 'Right on the last event stays there');
  await page.keyboard.press('Home');
  await eventually(() => tl.focused(), (key) => key === listed[0], 'Home');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await tl.focused(), listed[0]);
  await page.keyboard.press('End');
  await eventually(() => tl.focused(), (key) => key === listed.at(-1), 'End');
  await page.keyboard.press('ArrowUp');
  await eventually(() => tl.focused(), (key) => key === listed.at(-2), 'Up is Left in the vertical list');
  // One more Tab leaves the events; Shift+Tab comes back to the same one.
  await page.keyboard.press('Tab');
  assert.equal(await tl.focused(), null, 'Tab left the events');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await tl.focused(), listed.at(-2), 'the tab stop remembers the event');
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('Enter selects: the details panel and the live region describe the event; Shift+Enter counts the days', async () => {
  const { context, page, tl } = await open();
  // The intro says how to pick and compare; the empty panel only says what it is for (the two
  // said the same instructions in other words).
  assert.match(await tl.root.locator('.tl-intro').innerText(), /Pick an event on the chart/);
  assert.match(await tl.panel.innerText(), /^No event picked yet: its date, sources and figures will show here\.$/);
  assert.equal(await tl.announced(), '');
  await tl.pick('bis-2022').focus();
  await arrowTo(page, tl, 'o1');
  await page.keyboard.press('Enter');
  await eventually(() => tl.title(), (title) => title === 'o1 in ChatGPT', 'panel title');
  assert.match(await tl.panel.locator('.tl-meta').innerText(), /^5 December 2024 · OpenAI · Release$/);
  assert.match(await tl.panel.locator('.tl-facts').innerText(), /Full o1 released in ChatGPT: 5 December 2024/);
  assert.match(await tl.panel.locator('.tl-sources a').first().getAttribute('href'), /^https:\/\//);
  assert.match(await tl.announced(), /^o1 in ChatGPT, 5 December 2024\. The full o1 model/);
  assert.equal(await tl.root.locator('.tl-announce').getAttribute('aria-live'), 'polite');
  assert.equal(await tl.pick('o1').getAttribute('aria-current'), 'true');
  assert.equal(await tl.hash(), '#ev=o1');
  await arrowTo(page, tl, 'r1');
  await page.keyboard.press('Shift+Enter');
  const days = await eventually(() => tl.panel.locator('.tl-days').innerText().catch(() => ''), (text) => text !== '', 'days between');
  assert.equal(days, '46 days from o1 in ChatGPT (5 December 2024) to DeepSeek-R1 (20 January 2025): 1 month and 15 days.');
  assert.match(await tl.announced(), /46 days between o1 in ChatGPT and DeepSeek-R1\.$/);
  assert.equal(await tl.root.locator('.tl-chart .tl-gap-text').textContent(), '46 days');
  assert.equal(await tl.title(), 'o1 in ChatGPT', 'Shift keeps the selection');
  assert.equal(await tl.hash(), '#ev=o1&cmp=r1');
  // Space works as Enter does, with or without Shift.
  await arrowTo(page, tl, 'nvidia');
  await page.keyboard.press('Shift+Space');
  await eventually(() => tl.panel.locator('.tl-days').innerText(), (text) => text.startsWith('53 days from o1 in ChatGPT'), 'Shift+Space compares');
  await page.keyboard.press('Space');
  await eventually(() => tl.title(), (title) => title === 'Nvidia\'s record fall', 'Space selects');
  assert.equal(await tl.panel.locator('.tl-days').count(), 0, 'selecting the compared event ends the comparison');
  // The "Compare with…" control does the same.
  await tl.panel.getByLabel('Compare with…').selectOption('o1-preview');
  await eventually(() => tl.panel.locator('.tl-days').innerText().catch(() => ''), (text) => text.startsWith('137 days from o1-preview and o1-mini (12 September 2024) to Nvidia'), 'compare control');
  await context.close();
});

test('the article claim is checked both ways: 46 days from o1, 130 days from o1-preview', async () => {
  const { context, tl } = await open();
  const claim = await tl.root.locator('.tl-claim .finding').innerText();
  assert.match(claim, /5 December 2024 to DeepSeek-R1 on 20 January 2025 is 46 days \(1 month and 15 days\): under two months/);
  assert.match(claim, /o1-preview of 12 September 2024, the gap is 130 days \(4 months and 8 days\)/);
  await tl.root.getByRole('button', { name: 'Show o1-preview → R1' }).click();
  await eventually(() => tl.panel.locator('.tl-days').innerText().catch(() => ''), (text) => text.startsWith('130 days from o1-preview and o1-mini (12 September 2024) to DeepSeek-R1 (20 January 2025)'), 'gap shown');
  await tl.root.getByRole('button', { name: 'Show o1 → R1 on the timeline' }).click();
  await eventually(() => tl.root.locator('.tl-chart .tl-gap-text').textContent(), (text) => text === '46 days', 'bracket');
  assert.equal(await tl.hash(), '#ev=o1&cmp=r1');
  await context.close();
});

test('clicking a label selects, Shift+click compares', async () => {
  const { context, tl } = await open();
  await tl.label('o1').click();
  await eventually(() => tl.title(), (title) => title === 'o1 in ChatGPT', 'click selects');
  await tl.label('r1').click({ modifiers: ['Shift'] });
  await eventually(() => tl.panel.locator('.tl-days').innerText().catch(() => ''), (text) => text.startsWith('46 days'), 'Shift+click compares');
  assert.match(await tl.root.locator('.tl-chart .mark[data-event="r1"]').getAttribute('class'), /compared/);
  assert.match(await tl.root.locator('.tl-chart .mark[data-event="o1"]').getAttribute('class'), /selected/);
  await tl.panel.getByRole('button', { name: 'Clear selection' }).click();
  await eventually(() => tl.panel.innerText(), (text) => /No event picked yet/.test(text), 'cleared');
  await context.close();
});

test('filters and zoom hide events from the chart, the list and the keyboard, and replace the URL entry', async () => {
  const { context, page, tl } = await open();
  const historyBefore = await page.evaluate(() => history.length);
  await tl.chip('OpenAI').click();
  assert.equal(await tl.chip('OpenAI').getAttribute('aria-pressed'), 'false');
  await eventually(() => tl.listed(), (keys) => !keys.includes('o1'), 'OpenAI hidden');
  assert.equal(await tl.root.locator('.tl-chart .mark.openai').count(), 0);
  await tl.chip('Market').click();
  const keys = await eventually(() => tl.listed(), (list) => !list.includes('nvidia'), 'markets hidden');
  // What is left: DeepSeek, governments and regulators, and market events of another kind (a
  // rule, a ban, a price cut), from src/data/events.rs.
  assert.deepEqual(keys, [
    'bis-2022', 'bis-2023', 'v3', 'app', 'r1', 'r1-paper', 'navy', 'sign-ups', 'sacks', 'wiz', 'italy',
    'texas', 'taiwan', 'australia', 'new-york', 'korea', 'off-peak', 'h20', 'korea-return', 'diffusion',
    'r1-0528', 'h20-back', 'revenue-share', 'v3-1', 'nature', 'v3-2-exp', 'v3-2', 'h200', 'v4',
  ]);
  assert.deepEqual(await tl.charted(), keys);
  assert.equal(await tl.hash(), '#act=deepseek,markets,policy&kind=release,announcement,price,research,regulation');
  // The arrows skip what the filters hide.
  await tl.pick('bis-2023').focus();
  await page.keyboard.press('ArrowRight');
  await eventually(() => tl.focused(), (key) => key === 'v3', 'skips to v3');
  await tl.chip('Dec 2024 – Jan 2025').click();
  await eventually(() => tl.listed(), (list) => list.length === 10, 'zoomed');
  assert.deepEqual(await tl.listed(), ['v3', 'app', 'r1', 'r1-paper', 'navy', 'sign-ups', 'sacks', 'wiz', 'italy', 'texas']);
  assert.match(await tl.root.locator('.tl-chart .tl-tick-label').first().textContent(), /Dec 2024/);
  assert.match(await tl.hash(), /&zoom=dec24-jan25$/);
  assert.equal(await page.evaluate(() => history.length), historyBefore, 'filters replace, never push');
  await tl.chip('Reset view').click();
  await eventually(() => tl.listed(), (list) => list.length === EVENT_COUNT, 'reset');
  assert.equal(await tl.hash(), '');
  // The last group shown cannot be switched off.
  for (const name of ['OpenAI', 'DeepSeek', 'Markets', 'Governments']) await tl.chip(name).click();
  assert.match(await tl.messages(), /Governments is the only group shown/);
  assert.equal(await tl.chip('Governments').getAttribute('aria-pressed'), 'true');
  await context.close();
});

test('at 320 px the events are a list: chart hidden, each item selectable, details open in place', async () => {
  const { context, page, tl, problems } = await open('', { width: 320, height: 700 });
  assert.equal(await tl.root.locator('.tl-chart').isVisible(), false, 'no chart');
  assert.equal(await tl.root.locator('.tl-list').isVisible(), true);
  const box = await tl.pick('r1').boundingBox();
  assert.ok(box.width > 200 && box.height >= 44, `a full-width item with a 44 px target (${JSON.stringify(box)})`);
  await tl.pick('r1').click();
  const inline = tl.root.locator('.tl-list li[data-event="r1"] .tl-inline');
  await eventually(() => inline.isVisible(), (shown) => shown, 'details open in the item');
  assert.equal(await inline.locator('h4').innerText(), 'DeepSeek-R1');
  assert.equal(await inline.getByRole('button', { name: 'Show prices on this date' }).isVisible(), true);
  assert.equal(await tl.panel.isVisible(), false, 'no side panel');
  assert.match(await tl.announced(), /^DeepSeek-R1, 20 January 2025\./);
  // Same keyboard as the chart: Down moves, Enter selects, Shift+Enter compares.
  await tl.pick('r1').focus();
  await page.keyboard.press('ArrowDown');
  await eventually(() => tl.focused(), (key) => key === 'r1-paper', 'Down');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await eventually(() => tl.focused(), (key) => key === 'v3', 'Up');
  await page.keyboard.press('Shift+Enter');
  await eventually(() => inline.locator('.tl-days').innerText().catch(() => ''), (text) => text.startsWith('25 days from DeepSeek-V3'), 'compare in the list');
  // Under a month the count of days is said once, not again as "…: 25 days."
  assert.doesNotMatch(await inline.locator('.tl-days').innerText(), /: 25 days\.$/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the viewport`);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test('the URL restores the selection after a reload, and Back returns to the previous one', async () => {
  const { context, page, tl } = await open();
  await tl.label('r1').click();
  await eventually(() => tl.hash(), (hash) => hash === '#ev=r1', 'selection in the URL');
  await page.reload({ waitUntil: 'load' });
  await waitForHydration(page);
  await eventually(() => tl.title().catch(() => ''), (title) => title === 'DeepSeek-R1', 'restored after reload');
  assert.equal(await tl.pick('r1').getAttribute('tabindex'), '0', 'the tab stop is on the restored event');
  await tl.label('o3-mini').click();
  await eventually(() => tl.hash(), (hash) => hash === '#ev=o3-mini', 'second selection');
  await page.goBack();
  await eventually(() => tl.title(), (title) => title === 'DeepSeek-R1', 'Back');
  assert.equal(await tl.hash(), '#ev=r1');
  await page.goForward();
  await eventually(() => tl.title(), (title) => title === 'o3-mini released', 'Forward');
  await page.goBack();
  await page.goBack();
  await eventually(() => tl.panel.innerText(), (text) => /No event picked yet/.test(text), 'Back to the page as opened');
  await context.close();

  const linked = await open('#ev=o1&cmp=r1&zoom=sep24-feb25');
  assert.equal(await linked.tl.title(), 'o1 in ChatGPT');
  assert.match(await linked.tl.panel.locator('.tl-days').innerText(), /^46 days/);
  assert.equal(await linked.tl.chip('Sep 2024 – Feb 2025').getAttribute('aria-pressed'), 'true');
  assert.equal(await linked.tl.messages(), '');
  await linked.context.close();
});

test('a bad link falls back with specific messages, never a blank timeline', async () => {
  const { context, tl, problems } = await open('#ev=zzz&cmp=r1&act=aliens&zoom=%3Cscript%3E');
  const messages = await tl.messages();
  assert.match(messages, /there is no event “zzz”, so nothing is selected/);
  assert.match(messages, /a comparison needs a selected event first/);
  assert.match(messages, /unknown group “aliens” ignored/);
  assert.match(messages, /“<script>” is not one of the ranges/);
  assert.equal((await tl.listed()).length, EVENT_COUNT);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test('“Show prices on this date” sets the cost widget’s date, and its table follows', async () => {
  const { context, page, tl } = await open();
  assert.equal(await page.locator('#cost-date').inputValue(), '2025-01-27');
  await tl.label('o1-preview').click();
  await eventually(() => tl.title(), (title) => title === 'o1-preview and o1-mini', 'selected');
  await tl.panel.getByRole('button', { name: 'Show prices on this date' }).click();
  await eventually(() => page.locator('#cost-date').inputValue(), (value) => value === '2024-09-12', 'cost date');
  assert.match(await page.locator('.cost-widget table.cost-table caption').innerText(), /12 September 2024/);
  assert.match(await page.locator('.cost-widget tr[data-model="r1"]').innerText(), /not yet available \(from 20 Jan 2025\)/);
  const hash = await tl.hash();
  assert.ok(hash.includes('ev=o1-preview') && hash.includes('d=2024-09-12'), hash);
  await context.close();
});

test('chart labels never overlap on screen, at 1280 and 768 px, in every range; what has no room is said', async () => {
  for (const width of [1280, 768]) {
    const { context, page, tl } = await open('', { width, height: 900 });
    for (const range of ['All events', 'Sep 2024 – Feb 2025', 'Dec 2024 – Jan 2025', 'Jan 2025 – Feb 2025', '2025 – 2026']) {
      await tl.chip(range).click();
      await eventually(() => tl.chip(range).getAttribute('aria-pressed'), (pressed) => pressed === 'true', range);
      const result = await page.evaluate(() => {
        const chart = document.querySelector('.tl-chart');
        const viewBox = document.querySelector('.tl-svg').viewBox.baseVal;
        const boxes = [...chart.querySelectorAll('svg text')].map((text) => ({ text: text.textContent, box: text.getBoundingClientRect() }));
        const overlaps = [];
        boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
          if (a.box.left < b.box.right && b.box.left < a.box.right && a.box.top < b.box.bottom && b.box.top < a.box.bottom) overlaps.push(`${a.text} / ${b.text}`);
        }));
        const frame = chart.getBoundingClientRect();
        const outside = boxes.filter(({ box }) => box.left < frame.left - 1 || box.right > frame.right + 1).map(({ text }) => text);
        return {
          overlaps, outside, drawnAt: viewBox.width, measured: chart.clientWidth,
          labels: chart.querySelectorAll('.mark .tl-label').length,
          collapsed: chart.querySelectorAll('.mark.collapsed').length,
          marks: chart.querySelectorAll('.mark').length,
          titled: [...chart.querySelectorAll('.mark')].every((mark) => mark.querySelector('title')?.textContent),
          note: chart.querySelector('.tl-note')?.textContent ?? '',
        };
      });
      const label = `${width}px ${range}`;
      assert.deepEqual(result.overlaps, [], label);
      assert.deepEqual(result.outside, [], label);
      assert.equal(result.drawnAt, result.measured, 'drawn at its measured width, so 12px text is 12px');
      // Four years of events cannot all be labelled on one line per lane: a few markers go
      // without, every marker keeps its name for pointers, and the chart says how many.
      assert.equal(result.labels + result.collapsed, result.marks, label);
      assert.ok(result.collapsed * 3 <= result.marks, `${label}: ${result.collapsed} of ${result.marks} without a label`);
      assert.ok(result.titled, label);
      if (result.collapsed === 0) assert.equal(result.note, '', label);
      else assert.match(result.note, new RegExp(`^(${result.collapsed} labels are|One label is) left out for lack of room: pick a shorter range`), label);
      // Around R1, on a wide screen, every event has its label.
      if (width === 1280 && /^(Dec|Jan) /.test(range)) assert.equal(result.collapsed, 0, label);
    }
    await context.close();
  }
});

test('reduced motion turns the transitions off', async () => {
  const { context, page } = await open('#ev=r1');
  const duration = () => page.locator('.tl-chart .mark[data-event="r1"] .tl-marker').evaluate((node) => getComputedStyle(node).transitionDuration);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  assert.notEqual(await duration(), '0s');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  assert.equal(await duration(), '0s');
  await context.close();
});
