// Writes dist/static.html: the app's start page as rendered, without scripts,
// with the same stylesheet. The static baseline for bench/cold-load.js.
const { chromium } = require('playwright-core');
const fs = require('fs');

const base = process.env.BASE_URL || 'http://127.0.0.1:8760';
(async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--disable-gpu'] });
  const page = await browser.newPage();
  await page.goto(base + '/');
  // The app's own start screen (not the one written into index.html, which it replaces).
  await page.locator('body > .page [data-topic-link]').first().waitFor();
  await page.evaluate(() => {
    document.querySelectorAll('script, link[rel=modulepreload], link[rel=preload]').forEach((el) => el.remove());
  });
  fs.writeFileSync(process.argv[2], '<!doctype html>\n' + (await page.evaluate(() => document.documentElement.outerHTML)));
  await browser.close();
})();
