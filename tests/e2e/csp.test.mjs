// The site under its strict Content-Security-Policy (served by `serve-dist --csp`, as `_headers`
// asks static hosts to do): the header is present, and using every widget reports no violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, waitForHydration, cspViolations, BASE_URL } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors *; base-uri 'none'; form-action 'none'";

test('pages are served with the strict policy, and carry it in a meta tag too', async () => {
  const response = await fetch(BASE_URL);
  assert.equal(response.headers.get('content-security-policy'), POLICY);
  const html = await response.text();
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';[^"]*form-action 'none'">/);
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>[^<]+<\/script>/, 'no inline script');
  assert.doesNotMatch(html, / style="/, 'no inline style attributes');
});

test('using every widget under the policy reports no violation and no console error', async () => {
  const { context, page, problems } = await openPage(browser);
  await waitForHydration(page);
  const cost = page.locator('.cost-widget');
  await cost.getByLabel('Reasoning tokens per request', { exact: true }).fill('5000');
  await cost.getByLabel('Reasoning tokens per request', { exact: true }).press('Enter');
  await cost.getByRole('button', { name: 'Log' }).first().click();
  await cost.getByRole('button', { name: 'Embed' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#widget-cost .share-tools').getByRole('button', { name: 'Download CSV' }).click()]);
  assert.ok(download.suggestedFilename().endsWith('.csv'));
  await page.locator('.benchmark-chart').getByRole('button', { name: "By R1's lead over o1" }).click();
  const timeline = page.locator('[data-island="timeline"] [tabindex="0"]').first();
  await timeline.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(200);
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test('embed views work under the policy too', async () => {
  for (const view of ['cost', 'timeline', 'benchmarks', 'explainer']) {
    const { context, page, problems } = await openPage(browser, { path: `embed-${view}.html?theme=dark` });
    await waitForHydration(page);
    assert.deepEqual(await cspViolations(page), [], view);
    assert.deepEqual(problems.consoleErrors, [], view);
    await context.close();
  }
});
