// Accessibility audit: axe-core injected into the real pages (light and dark, widgets in a changed
// state, every embed view) must report zero violations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { launch, openPage, waitForHydration } from './helpers.mjs';

const require = createRequire(import.meta.url);
const AXE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function violations(page) {
  // Evaluated rather than added as a <script>: the site's CSP (rightly) refuses inline scripts.
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' :: ' + n.failureSummary.split('\n')[1]) }));
  });
  return result;
}

for (const colorScheme of ['light', 'dark']) {
  test(`the main page has no axe violations in the ${colorScheme} theme`, async () => {
    const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(process.env.BASE_URL ?? 'http://127.0.0.1:8080/');
    await waitForHydration(page);
    assert.deepEqual(await violations(page), []);
    await context.close();
  });
}

test('widgets in a changed state have no axe violations', async () => {
  const { context, page } = await openPage(browser, { path: '#in=-3&m=o1,o3,r1,v3&d=2025-06-10&scale=log' });
  await waitForHydration(page);
  await page.locator('.cost-widget').getByRole('button', { name: 'Embed' }).click();
  await page.locator('.cost-widget').getByRole('button', { name: 'Long math proof' }).click();
  assert.deepEqual(await violations(page), []);
  await context.close();
});

for (const view of ['cost', 'timeline', 'benchmarks', 'explainer']) {
  test(`the ${view} embed view has no axe violations`, async () => {
    const { context, page } = await openPage(browser, { path: `embed-${view}.html` });
    await waitForHydration(page);
    assert.deepEqual(await violations(page), []);
    await context.close();
  });
}
