// The text the islands show but do not carry (src/model/page_text.rs): the loader fetches
// page-text-<hash>.json beside the wasm and hands it over. With the file, a source card shows what
// a figure measures, its caveat and its sources, exactly as the prerendered Sources list does;
// with it missing, truncated or corrupted, the card says it could not load them, and nothing else
// breaks. And none of that text is in the wasm.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage, waitForHydration, eventually } from './helpers.mjs';

const DIST = process.env.DIST_DIR ?? 'dist';
const textFile = readdirSync(DIST).find((name) => /^page-text-[0-9a-f]{10,16}\.json$/.test(name));

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function openCard(page, fact) {
  await page.locator(`main button.fact[data-fact="${fact}"]`).first().click();
  const card = page.locator('#source-card');
  await card.waitFor({ state: 'visible', timeout: 3000 });
  return card;
}

test('the build writes one page text file, and no text of it is compiled into the wasm', () => {
  assert.ok(textFile, `no page-text-<hash>.json in ${DIST}`);
  const text = JSON.parse(readFileSync(join(DIST, textFile), 'utf8'));
  assert.ok(text.facts.length > 100 && text.sources.length > 50 && text.events.length > 20 && text.terms.length > 5);
  const wasm = readFileSync(join(DIST, readdirSync(DIST).find((name) => name.endsWith('_bg.wasm'))));
  const words = [
    ...text.facts.flatMap((fact) => [fact.label, fact.caveat ?? '']),
    ...text.sources.flatMap((source) => [source.title, source.url]),
    ...text.events.map((event) => event.text),
    ...text.terms.map((term) => term.text),
  ].filter((words) => words.length >= 40);
  assert.ok(words.length > 100, `${words.length} long texts`);
  const inWasm = words.filter((words) => wasm.includes(Buffer.from(words)));
  assert.deepEqual(inWasm, [], 'page text compiled into the wasm');
});

test('a source card shows the figure\'s words and sources from the page text', async () => {
  const { context, page, problems } = await openPage(browser);
  await waitForHydration(page);
  const card = await openCard(page, 'v3_final_run_cost');
  const shown = await card.innerText();
  const text = JSON.parse(readFileSync(join(DIST, textFile), 'utf8'));
  const fact = text.facts.find((entry) => entry.id === 'v3_final_run_cost');
  assert.ok(shown.includes(fact.label), shown);
  assert.ok(shown.includes(`Caveat: ${fact.caveat}`), shown);
  const source = card.locator('.source-card-sources a[href^="http"]').first();
  const title = await source.innerText();
  const entry = text.sources.find((candidate) => candidate.title === title);
  assert.ok(entry, `${title} is a source of the page text`);
  assert.equal(await source.getAttribute('href'), entry.url);
  assert.equal(await card.locator('[data-text-missing]').count(), 0);
  // A term card, from the same file.
  await page.keyboard.press('Escape');
  await page.locator('main a.term[data-term]').first().click();
  await eventually(() => card.locator('.term-definition').innerText(), (text) => text.length > 40, 'term definition');
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

const BROKEN = {
  missing: (route) => route.fulfill({ status: 404, body: 'not found' }),
  truncated: async (route) => {
    const body = readFileSync(join(DIST, textFile), 'utf8');
    await route.fulfill({ status: 200, contentType: 'application/json', body: body.slice(0, body.length / 2) });
  },
  corrupted: (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"facts": 7, "sources": "<img src=x onerror=alert(1)>"}' }),
};

for (const [how, answer] of Object.entries(BROKEN)) {
  test(`the page text ${how}: the card says it could not load its source, and every widget still works`, async () => {
    const { context, page, problems } = await openPage(browser, { prepare: (context) => context.route(`**/${textFile}`, answer) });
    await waitForHydration(page);
    const card = await openCard(page, 'v3_final_run_cost');
    assert.match(await card.locator('[data-text-missing]').innerText(), /could not be loaded/);
    // The figure itself is compiled in, so the card still names it.
    assert.match(await card.locator('.source-card-value').innerText(), /\$5\.576M/);
    await page.keyboard.press('Escape');
    const widget = page.locator('.cost-widget');
    const field = widget.getByLabel('Input tokens per request', { exact: true });
    await field.fill('2000000');
    await field.press('Enter');
    await eventually(() => widget.locator('tr[data-model="o1"] .per-request').innerText(), (text) => text === '$90.00', 'cost total');
    await page.locator('.timeline-widget .tl-chart .mark[data-event="o1-preview"] .tl-label').click();
    await eventually(() => page.locator('.timeline-widget .tl-details h4').innerText(), (text) => text === 'o1-preview and o1-mini', 'timeline selection');
    assert.equal(await page.locator('[data-failed]').count(), 0);
    assert.deepEqual(problems.pageErrors, []);
    await context.close();
  });
}
