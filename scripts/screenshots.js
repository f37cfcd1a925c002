// Takes the README's screenshots of the release build (start page, a question,
// a result; light and dark; 320 px and desktop) into docs/screenshots/.
// Run: scripts/screenshots.sh (builds, serves dist/ on 127.0.0.1, runs this).
const { chromium } = require('playwright-core');
const path = require('path');

const base = process.env.BASE_URL || 'http://127.0.0.1:8750';
const out = path.join(__dirname, '..', 'docs', 'screenshots');
const screens = [
  ['start', '/'],
  ['question', '/?topic=toolkit&location-role=associated'],
  ['result', '/?topic=downgrade&license-source=mpn&new-version-date=2025-03-31&as-of=2026-01-15'],
];
const sizes = [
  ['desktop', { width: 1024, height: 900 }],
  ['320px', { width: 320, height: 900 }],
];

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-quic'],
  });
  for (const scheme of ['light', 'dark']) {
    for (const [sizeName, viewport] of sizes) {
      const context = await browser.newContext({ viewport, colorScheme: scheme });
      const page = await context.newPage();
      for (const [name, url] of screens) {
        await page.goto(base + url);
        await page.locator('#page-heading').waitFor();
        await page.screenshot({ path: path.join(out, `${name}-${scheme}-${sizeName}.png`) });
      }
      await context.close();
    }
  }
  await browser.close();
})();
