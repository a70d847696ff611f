// Source cards: every figure (prose, fact tables, widgets) opens one card with its value, what it
// measures, date, confidence, caveat and sources; by hover (after a delay, surviving the move into
// the card), click, tap and Enter; closed by Escape (focus back on the figure) and outside clicks;
// one at a time; inside the viewport at 320 px; under the strict CSP with no console error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { launch, openPage, waitForHydration, cspViolations, BASE_URL } from './helpers.mjs';

const require = createRequire(import.meta.url);
const AXE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

// The hover delay of src/model/source_card.rs (OPEN_DELAY_MS).
const OPEN_DELAY_MS = 300;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The figure of a fact in the article itself (the first one, if it appears more than once). */
const figure = (page, fact) => page.locator(`main button.fact[data-fact="${fact}"]`).first();
const card = (page) => page.locator('#source-card');

async function assertClean(page, problems) {
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.pageErrors, []);
}

async function centre(locator) {
  const box = await locator.boundingBox();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Whether `locator`'s element has focus. */
const hasFocus = (locator) => locator.evaluate((element) => element === document.activeElement);

test('hovering a figure opens its card after a delay, and the card survives the move into it', async () => {
  const { context, page, problems } = await openPage(browser);
  await waitForHydration(page);
  const v3 = figure(page, 'v3_final_run_cost');
  await v3.scrollIntoViewIfNeeded();
  // Brushing past a figure opens nothing. (Timed, so that a machine too busy to leave within the
  // delay does not fail the test for the wrong reason.)
  await page.mouse.move(5, 5);
  const start = await centre(v3);
  const arrived = Date.now();
  await page.mouse.move(start.x, start.y);
  await page.waitForTimeout(100);
  await page.mouse.move(5, 5);
  const stayed = Date.now() - arrived;
  await page.waitForTimeout(OPEN_DELAY_MS + 200);
  if (stayed < OPEN_DELAY_MS - 50) assert.equal(await card(page).isHidden(), true, 'a brief pass opens no card');
  await card(page).waitFor({ state: 'hidden', timeout: 2000 });

  // Resting on it opens the card, but not at once.
  const hoveredAt = Date.now();
  await page.mouse.move(start.x, start.y);
  const hiddenAtFirst = await card(page).isHidden();
  if (Date.now() - hoveredAt < OPEN_DELAY_MS - 50) assert.equal(hiddenAtFirst, true, 'not before the delay');
  await card(page).waitFor({ state: 'visible', timeout: 2000 });
  assert.ok(Date.now() - hoveredAt >= OPEN_DELAY_MS - 50, `opened after ${Date.now() - hoveredAt} ms`);
  assert.equal(await v3.getAttribute('aria-expanded'), 'true');
  assert.equal(await v3.getAttribute('aria-controls'), 'source-card');
  assert.match(await card(page).innerText(), /\$5\.576M/);
  assert.equal(await hasFocus(v3), false, 'hovering never moves focus');

  // Across the gap and into the card, then around inside it: it stays open.
  const inside = await centre(card(page));
  await page.mouse.move(inside.x, inside.y, { steps: 12 });
  await page.waitForTimeout(700);
  assert.equal(await card(page).isVisible(), true, 'still open with the pointer in the card');
  const box = await card(page).boundingBox();
  await page.mouse.move(box.x + 12, box.y + box.height - 12, { steps: 5 });
  await page.waitForTimeout(700);
  assert.equal(await card(page).isVisible(), true);

  // Away from both: it closes.
  await page.mouse.move(2, 2, { steps: 5 });
  await card(page).waitFor({ state: 'hidden', timeout: 2000 });
  assert.equal(await v3.getAttribute('aria-expanded'), 'false');
  await assertClean(page, problems);
  await context.close();
});

test('a click opens a card, a second click or a click outside closes it', async () => {
  const { context, page, problems } = await openPage(browser);
  await waitForHydration(page);
  const v3 = figure(page, 'v3_final_run_cost');
  await v3.click();
  await card(page).waitFor({ state: 'visible', timeout: 1000 });
  assert.equal(await v3.getAttribute('aria-expanded'), 'true');
  // A clicked card is pinned: the pointer leaving does not close it.
  await page.mouse.move(2, 2, { steps: 5 });
  await page.waitForTimeout(700);
  assert.equal(await card(page).isVisible(), true, 'a clicked card stays open');
  await page.locator('h1').click();
  await card(page).waitFor({ state: 'hidden', timeout: 1000 });
  assert.equal(await v3.getAttribute('aria-expanded'), 'false');

  await v3.click();
  await card(page).waitFor({ state: 'visible', timeout: 1000 });
  await v3.click();
  await card(page).waitFor({ state: 'hidden', timeout: 1000 });

  // The close button, too, closes it.
  await v3.click();
  await card(page).getByRole('button', { name: 'Close source card' }).click();
  await card(page).waitFor({ state: 'hidden', timeout: 1000 });
  await assertClean(page, problems);
  await context.close();
});

test('Enter on a focused figure opens its card with focus in it; Escape closes it and returns focus', async () => {
  const { context, page, problems } = await openPage(browser);
  await waitForHydration(page);
  const v3 = figure(page, 'v3_final_run_cost');
  await v3.focus();
  await page.keyboard.press('Enter');
  await card(page).waitFor({ state: 'visible', timeout: 1000 });
  assert.equal(await v3.getAttribute('aria-expanded'), 'true');
  assert.equal(await hasFocus(card(page)), true, 'focus moves into the card');
  const dialog = page.getByRole('dialog', { name: /\$5\.576M DeepSeek-V3 final training run/ });
  assert.equal(await dialog.count(), 1, 'the card is a dialog named by its value and label');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.getElementById('source-card').contains(document.activeElement)), true);
  await page.keyboard.press('Escape');
  await card(page).waitFor({ state: 'hidden', timeout: 1000 });
  assert.equal(await hasFocus(v3), true, 'Escape puts focus back on the figure');
  assert.equal(await v3.getAttribute('aria-expanded'), 'false');

  // Space opens it too; Shift+Tab from the card goes back to the figure and closes it.
  await page.keyboard.press('Space');
  await card(page).waitFor({ state: 'visible', timeout: 1000 });
  await page.keyboard.press('Shift+Tab');
  await card(page).waitFor({ state: 'hidden', timeout: 1000 });
  assert.equal(await hasFocus(v3), true, 'Shift+Tab out of the card lands on its figure');

  // Tabbing past the card's last link carries on after the figure, not at the end of the page.
  await page.keyboard.press('Enter');
  await card(page).waitFor({ state: 'visible', timeout: 1000 });
  const controls = await card(page).locator('a[href], button').count();
  for (let i = 0; i < controls + 1; i += 1) await page.keyboard.press('Tab');
  await card(page).waitFor({ state: 'hidden', timeout: 1000 });
  const next = v3.locator('xpath=following-sibling::sup[1]//a').first();
  assert.equal(await hasFocus(next), true, "focus moves on to the figure's citation");
  await assertClean(page, problems);
  await context.close();
});

test('one card at a time: opening another figure closes the first', async () => {
  const { context, page, problems } = await openPage(browser);
  await waitForHydration(page);
  const first = figure(page, 'r1_release');
  const second = figure(page, 'r1_total_params');
  await first.click();
  await card(page).waitFor({ state: 'visible', timeout: 1000 });
  assert.match(await card(page).innerText(), /20 January 2025/);
  await page.keyboard.press('Escape');
  await second.click();
  await page.waitForFunction(() => /671B/.test(document.getElementById('source-card').innerText));
  assert.equal(await first.getAttribute('aria-expanded'), 'false');
  assert.equal(await second.getAttribute('aria-expanded'), 'true');

  // Without Escape in between: the second click replaces the card and moves the expanded state.
  // A figure far from the second, so its card never covers the second one.
  const third = figure(page, 'nvidia_drop');
  await page.mouse.click(2, 2);
  await third.click();
  await second.click();
  await page.waitForFunction(() => /671B/.test(document.getElementById('source-card').innerText));
  assert.equal(await third.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.locator('button.fact[aria-expanded="true"]').count(), 1);
  assert.equal(await page.locator('.source-card').count(), 1);

  // Hover cards switch too.
  await page.mouse.click(2, 2);
  await card(page).waitFor({ state: 'hidden', timeout: 1000 });
  await first.hover();
  await page.waitForFunction(() => /20 January 2025/.test(document.getElementById('source-card').innerText));
  await third.hover();
  await page.waitForFunction(() => /one-day change/.test(document.getElementById('source-card').innerText));
  assert.equal(await page.locator('button.fact[aria-expanded="true"]').count(), 1);
  await assertClean(page, problems);
  await context.close();
});

test("the card of DeepSeek-V3's final run gives $5.576M, the caveat, high confidence and the V3 report", async () => {
  const { context, page, problems } = await openPage(browser);
  await waitForHydration(page);
  await figure(page, 'v3_final_run_cost').click();
  const text = await card(page).innerText();
  assert.match(text, /^\$5\.576M$/m);
  assert.match(text, /DeepSeek-V3 final training run, total cost/);
  assert.match(text, /Applies to: 26 December 2024/);
  assert.match(text, /Confidence: high/);
  assert.match(text, /excludes prior research, ablations, hardware, staff and data/);
  assert.match(text, /not R1's cost/);
  const report = card(page).locator('a[href="https://arxiv.org/abs/2412.19437"]');
  assert.equal(await report.innerText(), 'DeepSeek-V3 Technical Report');
  // The same source as in the Sources list, by number.
  const entry = await page.locator('#sources li').filter({ has: page.locator('a[href="https://arxiv.org/abs/2412.19437"]') }).getAttribute('id');
  const toList = card(page).locator(`a[href="#${entry}"]`);
  assert.equal(await toList.count(), 1, `links to #${entry}`);
  await toList.click();
  await card(page).waitFor({ state: 'hidden', timeout: 1000 });
  assert.equal(new URL(page.url()).hash, `#${entry}`);
  await assertClean(page, problems);
  await context.close();
});

test('figures in the fact tables, the widgets and the timeline open cards too', async () => {
  // The timeline's details panel lists the selected event's figures (here V3's release).
  const { context, page, problems } = await openPage(browser, { path: '#ev=v3' });
  await waitForHydration(page);
  // A fact table in a "Details" disclosure, and the training panel's stage table (in the island).
  await page.locator('details:has(table.fact-table button.fact[data-fact="nvidia_close"]) > summary').click();
  await page.locator('table.fact-table button.fact[data-fact="nvidia_close"]').click();
  await page.waitForFunction(() => /\$118\.42/.test(document.getElementById('source-card').innerText));
  await page.keyboard.press('Escape');
  await page.locator('.training-panel details > summary').click();
  await page.locator('table.training-table button.fact[data-fact="v3_final_run_cost"]').click();
  await page.waitForFunction(() => /\$5\.576M/.test(document.getElementById('source-card').innerText));
  await page.keyboard.press('Escape');

  const timeline = page.locator('[data-island="timeline"]');
  const related = timeline.locator('.tl-facts button.fact[data-fact="v3_final_run_cost"]').filter({ visible: true });
  await related.click();
  await page.waitForFunction(() => /\$5\.576M/.test(document.getElementById('source-card').innerText));
  assert.equal(await related.getAttribute('aria-expanded'), 'true');
  await assertClean(page, problems);
  await context.close();
});

test("the cost embed, which has no card of its own in the markup, gets one for its figures", async () => {
  // The explainer's prose lists the per-token savings just above the calculator, so its claim box
  // leaves them out; the embed, without that prose, shows them as figures.
  const { context, page, problems } = await openPage(browser, { path: 'embed-cost.html', viewport: { width: 320, height: 640 } });
  await waitForHydration(page);
  const listPrice = page.locator('.list-prices button.fact').first();
  await listPrice.click();
  await card(page).waitFor({ state: 'visible', timeout: 1000 });
  const fact = await listPrice.getAttribute('data-fact');
  assert.ok(fact.startsWith('r1_vs_o1_'), fact);
  assert.ok((await card(page).innerText()).includes((await listPrice.innerText()).trim()));
  assert.match(await card(page).innerText(), /Confidence: (high|medium|low)/);
  const box = await card(page).boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 320 && box.y >= 0 && box.y + box.height <= 640, JSON.stringify(box));
  await page.keyboard.press('Escape');
  await card(page).waitFor({ state: 'hidden', timeout: 1000 });
  assert.equal(await hasFocus(listPrice), true);
  await assertClean(page, problems);
  await context.close();
});

test('at 320 px the card sits inside the viewport, flipping above figures near the bottom', async () => {
  const { context, page, problems } = await openPage(browser, { viewport: { width: 320, height: 640 } });
  await waitForHydration(page);
  const all = page.locator('button.fact');
  const count = await all.count();
  assert.ok(count > 40, `${count} figures`);
  const picks = [0, 1, 2, Math.floor(count / 3), Math.floor(count / 2), count - 1];
  // Table value cells sit at the right edge of the column (the tables are "Details", opened
  // here); the last figure of the training panel's stage table.
  await page.evaluate(() => document.querySelectorAll('main details').forEach((details) => { details.open = true; }));
  const checks = [
    ...picks.map((index) => all.nth(index)),
    page.locator('table.fact-table button.fact').last(),
    page.locator('.training-panel button.fact').last(),
  ];
  let flipped = 0;
  for (const target of checks) {
    for (const block of ['start', 'center', 'end']) {
      await target.evaluate((element, block) => element.scrollIntoView({ block, inline: 'nearest' }), block);
      await target.focus();
      await page.keyboard.press('Enter');
      await card(page).waitFor({ state: 'visible', timeout: 1000 });
      const box = await card(page).boundingBox();
      const label = `${await target.getAttribute('data-fact')} scrolled to ${block}: ${JSON.stringify(box)}`;
      assert.ok(box.x >= 0 && box.y >= 0, label);
      assert.ok(box.x + box.width <= 320 && box.y + box.height <= 640, label);
      const figureBox = await target.boundingBox();
      // Beside the figure, never over it.
      if ((await card(page).getAttribute('data-side')) === 'above') {
        flipped += 1;
        assert.ok(box.y + box.height <= figureBox.y + 1, `above its figure: ${label}`);
      } else {
        assert.ok(box.y >= figureBox.y + figureBox.height - 1, `below its figure: ${label}`);
      }
      await page.keyboard.press('Escape');
      await card(page).waitFor({ state: 'hidden', timeout: 1000 });
    }
  }
  assert.ok(flipped >= checks.length - 1, `cards flip above figures at the bottom (${flipped})`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the viewport`);
  await assertClean(page, problems);
  await context.close();
});

test('a tap opens a card inside a 320 px viewport; a tap outside closes it', async () => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  await page.goto(BASE_URL);
  await waitForHydration(page);
  const v3 = figure(page, 'v3_final_run_cost');
  await v3.scrollIntoViewIfNeeded();
  await v3.tap();
  await card(page).waitFor({ state: 'visible', timeout: 1000 });
  await page.waitForTimeout(OPEN_DELAY_MS + 200);
  assert.equal(await card(page).isVisible(), true, 'still open after the hover delay has passed');
  const box = await card(page).boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 320 && box.y >= 0 && box.y + box.height <= 640, JSON.stringify(box));
  await page.locator('h1').tap();
  await card(page).waitFor({ state: 'hidden', timeout: 1000 });
  assert.deepEqual(errors, []);
  await context.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`an open card has no axe violations in the ${colorScheme} theme`, async () => {
    const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(BASE_URL);
    await waitForHydration(page);
    await figure(page, 'v3_final_run_cost').focus();
    await page.keyboard.press('Enter');
    await card(page).waitFor({ state: 'visible', timeout: 1000 });
    await page.waitForTimeout(200);
    // Evaluated through the debugging protocol: the page's CSP forbids inline script tags.
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      // eslint-disable-next-line no-undef
      const { violations } = await axe.run(document, { resultTypes: ['violations'] });
      return violations.map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    });
    assert.deepEqual(violations, []);
    await context.close();
  });
}
