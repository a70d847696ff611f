// Hostile links: script payloads in every parameter, a 100 KB fragment, unicode, negative, huge
// and NaN numbers, unknown model ids and dates out of range. The page must render, say what it
// ignored, and never run anything from the URL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, waitForHydration, cspViolations } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const XSS = ['<img src=x onerror="window.__pwned=1">', '"><script>window.__pwned=1</script>', "javascript:window.__pwned=1", "'-alert(1)-'"];
const KEYS = ['in', 'cache', 'out', 'think', 'rpd', 'm', 'base', 'd', 'scale', 'gpu', 'bm', 'bsort', 'ev', 'cmp', 'act', 'kind', 'zoom'];

const CASES = [
  ...XSS.map((payload) => ({ name: `script payload in every key: ${payload.slice(0, 24)}`, hash: KEYS.map((key) => `${key}=${encodeURIComponent(payload)}`).join('&'), message: /From the link/ })),
  { name: '100 KB fragment', hash: `in=${'9'.repeat(100_000)}&ev=${'x'.repeat(1000)}`, message: /above the maximum|not a number|From the link/ },
  { name: 'unicode everywhere', hash: `m=${encodeURIComponent('ö1,р1,🤖')}&d=${encodeURIComponent('２０２５-01-27')}&ev=${encodeURIComponent('ℝ1')}`, message: /unknown model|not a date|From the link/ },
  { name: 'negative numbers', hash: 'in=-1&out=-1e9&rpd=-3&cache=-50&gpu=-2', message: /below the minimum/ },
  { name: 'huge numbers', hash: 'in=1e300&out=99999999999999999999&rpd=1e12&cache=1000&gpu=1e6', message: /above the maximum/ },
  { name: 'NaN and infinities', hash: 'in=NaN&out=Infinity&think=-Infinity&gpu=nan', message: /is not a number/ },
  { name: 'unknown model ids', hash: 'm=gpt-5,claude-9,o1&base=zzz&bm=llama,zz', message: /unknown model/ },
  { name: 'dates out of range', hash: 'd=1899-12-31', message: /prices are known from 2024-09-12/ },
  { name: 'impossible dates', hash: 'd=2025-02-30', message: /not a date in the form YYYY-MM-DD/ },
  { name: 'broken escapes', hash: 'in=%E0%A4%A&m=%ZZ&d=%', message: /From the link/ },
];

for (const hostile of CASES) {
  test(`hostile link: ${hostile.name}`, async () => {
    const { context, page, problems } = await openPage(browser, { path: `#${hostile.hash}` });
    let dialogs = 0;
    page.on('dialog', async (dialog) => { dialogs += 1; await dialog.dismiss(); });
    await waitForHydration(page);
    await page.waitForTimeout(150);
    assert.equal(await page.locator('section#stacks-up h2').isVisible(), true, 'the page renders');
    const messages = await page.locator('.messages').allInnerTexts();
    assert.match(messages.join('\n'), hostile.message);
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'nothing from the URL ran');
    assert.equal(await page.locator('img[src="x"]').count(), 0);
    assert.equal(dialogs, 0);
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(await cspViolations(page), []);
    // The widget still shows a row per model (a price, or why there is none that day).
    assert.ok(await page.locator('.cost-widget table.cost-table tbody tr').count() >= 2);
    await context.close();
  });
}
