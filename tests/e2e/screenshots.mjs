// The README's pictures, taken from the built site by `cargo xtask screenshots` (not a test): the
// first screen at 390 and 1280 px in the light and the dark theme, and the cost widget once live.
// Run against a server of dist/ (BASE_URL); writes PNG files into OUT_DIR (docs/).
import { launch, BASE_URL } from './helpers.mjs';

const out = process.env.OUT_DIR ?? new URL('../../docs/', import.meta.url).pathname;
const browser = await launch();
const shots = [];
for (const width of [390, 1280]) {
  for (const colorScheme of ['light', 'dark']) {
    const height = width < 500 ? 844 : 800;
    const context = await browser.newContext({ viewport: { width, height }, colorScheme, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(BASE_URL, { waitUntil: 'load' });
    const first = `${out}/first-screen-${width}-${colorScheme}.png`;
    await page.screenshot({ path: first });
    shots.push(first);
    // The cost widget, live, with the coding-task preset: the answer beside (or above) the inputs.
    await page.locator('.cost-widget').scrollIntoViewIfNeeded();
    await page.waitForSelector('body[data-hydrated="true"]', { timeout: 30_000 });
    await page.locator('.cost-widget').getByRole('button', { name: 'Coding task' }).click();
    await page.locator('#widget-cost').evaluate((node) => node.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(200);
    const widget = `${out}/cost-widget-${width}-${colorScheme}.png`;
    await page.screenshot({ path: widget });
    shots.push(widget);
    await context.close();
  }
}
await browser.close();
console.log(shots.join('\n'));
