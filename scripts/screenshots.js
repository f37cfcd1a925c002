// Takes the README's screenshots of the release build (start page, a question,
// a result; light and dark; 320 px and desktop) into docs/screenshots/, and
// docs/embedding.md's of the element in a few looks, on a host page served
// from a second origin by this script.
// Run: scripts/screenshots.sh (builds, serves dist/ on 127.0.0.1, runs this).
const { chromium } = require('playwright-core');
const path = require('path');
const http = require('http');

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
  // The element in a host's look (docs/embedding.md "A look of your own").
  const looks = [
    ['dark-site', 'body { background: #101820; color: #e6e6e6; font-family: Georgia, serif } a { color: #ffb000 }', 'look="host"'],
    ['brand-colour', '', 'accent="#ffe600" scheme="light"'],
    ['mid-grey', 'body { background: #777 }', 'background="#777777" radius="0"'],
  ];
  let current = '';
  const host = http.createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(current);
  });
  await new Promise((resolve) => host.listen(8751, '127.0.0.1', resolve));
  const context = await browser.newContext({ viewport: { width: 720, height: 900 }, colorScheme: 'light' });
  const page = await context.newPage();
  for (const [name, style, attributes] of looks) {
    current =
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>FAQ</title><style>body { margin: 1rem } ${style}</style></head>` +
      `<body><h1>Partner FAQ</h1><script src="${base}/licensing-check.js"></script>` +
      `<licensing-check topic="kms" volume-licensing="no" ${attributes}></licensing-check></body></html>`;
    await page.goto('http://127.0.0.1:8751/');
    const frame = page.frameLocator('licensing-check iframe');
    await frame.locator('#result').waitFor();
    await page.waitForFunction(() => document.querySelector('licensing-check iframe').getBoundingClientRect().height > 500);
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(out, `look-${name}.png`), fullPage: true });
  }
  await context.close();
  host.close();
  await browser.close();
})();
