// A panic inside one widget, triggered on the real build through the test-only event of
// src/isolation.rs: that widget gives way to an error box with a reload link, the panic goes to the
// console, and every other widget (each in its own wasm instance) keeps working. Also the one
// channel between the instances, the price-date event, which refuses anything but a real date.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, waitForHydration, cspViolations, SECTION_IDS, eventually } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const ISLANDS = ['cost', 'timeline', 'benchmarks', 'cards'];

/** For each island, an interaction and the change a reader would see if the island is alive. */
const STILL_WORKS = {
  async cost(page) {
    const widget = page.locator('.cost-widget');
    const field = widget.getByLabel('Input tokens per request', { exact: true });
    await field.fill('2000000');
    await field.press('Enter');
    // o1: 2M input at $15 + 1M output at $60.
    await eventually(() => widget.locator('tr[data-model="o1"] .per-request').innerText(), (text) => text === '$90.00', 'cost total');
  },
  async timeline(page) {
    const root = page.locator('.timeline-widget');
    await root.locator('.tl-chart .mark[data-event="o1-preview"] .tl-label').click();
    await eventually(() => root.locator('.tl-details h4').innerText(), (text) => text === 'o1-preview and o1-mini', 'timeline selection');
  },
  async benchmarks(page) {
    await page.locator('.benchmark-chart').getByRole('checkbox', { name: 'o3 (pre-release)' }).check();
    await eventually(() => page.evaluate(() => location.hash), (hash) => hash.includes('bm=o1,r1,o3'), 'benchmark series');
  },
  async cards(page) {
    await page.locator('main button.fact[data-fact="v3_final_run_cost"]').first().click();
    await page.locator('#source-card').waitFor({ state: 'visible', timeout: 2000 });
    await page.keyboard.press('Escape');
  },
};

async function panic(page, island) {
  await page.evaluate((key) => {
    document.querySelector(`[data-island="${key}"]`).dispatchEvent(new Event('r1-test-panic'));
  }, island);
}

for (const victim of ISLANDS) {
  test(`a panic in the ${victim} island: an error box in its place, a console message, the rest keeps working`, async () => {
    const { context, page, problems } = await openPage(browser);
    await waitForHydration(page);
    await panic(page, victim);

    const box = page.locator(`[data-island="${victim}"][data-failed="true"][role="alert"]`);
    await box.waitFor({ timeout: 2000 });
    assert.match(await box.innerText(), /This part of the page stopped working\./);
    const reload = box.getByRole('link', { name: 'Reload the page' });
    assert.equal(await reload.getAttribute('href'), page.url());
    // Nothing of the widget is left to mislead: its controls went with it.
    assert.equal(await box.locator('button, input, select, svg').count(), 0);

    // The loader's line names the island on every build. Only a stable build's panic hook runs
    // (and formats the message); the nightly size build aborts at once, with no message to give.
    const console = JSON.stringify(problems.consoleErrors);
    assert.ok(problems.consoleErrors.some((line) => line.includes(`the ${victim} island stopped after a panic.`)), console);
    const message = problems.consoleErrors.some((line) => line.includes(`the ${victim} island panicked:`)
      && line.includes(`test panic requested in the ${victim} island`));
    if (process.env.WASM_TOOLCHAIN === 'stable') assert.ok(message, console);
    if (process.env.WASM_TOOLCHAIN === 'nightly') assert.ok(!problems.consoleErrors.some((line) => line.includes('panicked')), console);
    // The trap is the one uncaught error: the wasm instance of that island, and nothing else.
    assert.deepEqual(problems.pageErrors.map((error) => error.split(':')[0]), ['RuntimeError']);

    for (const other of ISLANDS.filter((key) => key !== victim)) {
      await STILL_WORKS[other](page);
      assert.equal(await page.locator(`[data-island="${other}"][data-failed]`).count(), 0, `${other} failed too`);
    }
    // The prose is untouched.
    for (const id of SECTION_IDS) assert.ok(await page.locator(`#${id}`).isVisible(), id);
    assert.deepEqual(await cspViolations(page), []);
    await context.close();
  });
}

test('the reload link reloads the page, and the widget comes back with the state from the URL', async () => {
  const { context, page } = await openPage(browser, { path: '#in=2000000' });
  await waitForHydration(page);
  await panic(page, 'cost');
  const box = page.locator('[data-island="cost"][data-failed]');
  await box.waitFor({ timeout: 2000 });
  await Promise.all([
    page.waitForEvent('load'),
    box.getByRole('link', { name: 'Reload the page' }).click(),
  ]);
  await waitForHydration(page);
  assert.equal(await page.locator('[data-failed]').count(), 0);
  assert.equal(await page.locator('.cost-widget tr[data-model="o1"] .per-request').innerText(), '$90.00');
  assert.ok(page.url().endsWith('#in=2000000'), page.url());
  await context.close();
});

test('one download and one compilation of the wasm serve every island', async () => {
  const { context, page } = await openPage(browser);
  const wasm = [];
  page.on('request', (request) => { if (request.url().endsWith('.wasm')) wasm.push(request.url()); });
  await waitForHydration(page);
  assert.equal(wasm.length, 1, JSON.stringify(wasm));
  await context.close();
});

test('the price-date event between islands takes only a real date', async () => {
  const { context, page, problems } = await openPage(browser);
  await waitForHydration(page);
  const date = () => page.locator('#cost-date').inputValue();
  assert.equal(await date(), '2025-01-27');
  for (const detail of ['<img src=x onerror=alert(1)>', '2024-13-45', '2024-9-12', 20240912, null, { day: 1 }, 'x'.repeat(100_000)]) {
    await page.evaluate((value) => document.dispatchEvent(new CustomEvent('r1-price-date', { detail: value })), detail);
  }
  await page.waitForTimeout(200);
  assert.equal(await date(), '2025-01-27', 'nothing but a date moves the widget');
  await page.evaluate(() => document.dispatchEvent(new CustomEvent('r1-price-date', { detail: '2024-09-12' })));
  await eventually(date, (value) => value === '2024-09-12', 'a real date');
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});
