import { chromium } from 'playwright-core';
const FLAGS = ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--disable-quic'];
const url = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: FLAGS });
let hangs = 0;
for (let i = 0; i < 12; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const pending = new Map();
  page.on('request', r => pending.set(r.url(), Date.now()));
  page.on('requestfinished', r => pending.delete(r.url()));
  page.on('requestfailed', r => pending.delete(r.url()));
  const t = Date.now();
  try {
    await page.goto(url + '#rpd=2', { waitUntil: 'load', timeout: 15000 });
    console.log(i, 'ok', Date.now() - t);
  } catch (e) {
    hangs++;
    console.log(i, 'TIMEOUT pending:', [...pending.keys()], 'readyState', await page.evaluate(() => document.readyState).catch(e => 'eval failed'));
  }
  await context.close();
}
console.log('hangs', hangs);
await browser.close();
