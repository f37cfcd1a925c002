// Writes a static copy of each benchmarked screen (bench/pages.js) into
// dist/static-<n>.html: the screen as the app renders it, without scripts or
// preloads, with the same stylesheet: the baseline bench/cold-load.js times
// the app against. Usage: node bench/static-copy.js
const { chromium } = require('playwright-core');
const fs = require('fs');
const pages = require('./pages');

const base = process.env.BASE_URL || 'http://127.0.0.1:8760';
(async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--disable-gpu'] });
  const page = await browser.newPage();
  for (const [i, { path, selector }] of pages.entries()) {
    await page.goto(base + path);
    // The app's own screen (not the one written into index.html, which it replaces).
    await page.locator(`body > .page ${selector}`).first().waitFor();
    await page.evaluate(() => {
      document.querySelectorAll('script, link[rel=modulepreload], link[rel=preload]').forEach((el) => el.remove());
    });
    fs.writeFileSync(`dist/static-${i}.html`, '<!doctype html>\n' + (await page.evaluate(() => document.documentElement.outerHTML)));
  }
  await browser.close();
})();
