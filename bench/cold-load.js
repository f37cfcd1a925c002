// Cold-load timing in real headless Chromium: navigation start → the first
// question (a topic link) visible, for the app and for a static copy of the
// same first screen (the physical limit), alternating, a new browser context
// per load. Prints medians and the median of the pair ratios as JSON.
const { chromium } = require('playwright-core');

const base = process.env.BASE_URL || 'http://127.0.0.1:8760';
const runs = Number(process.env.RUNS || 21);

// The first question shows with the HTML (the start screen is written into
// index.html at build time); `started` is when the app has put its own in
// its place, so a click moves in place rather than loading the deep link.
async function load(browser, path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(base + path, { waitUntil: 'commit' });
  await page.locator('[data-topic-link]').first().waitFor({ state: 'visible' });
  const visible = await page.evaluate(() => performance.now());
  await page.locator('body > .page [data-topic-link]').first().waitFor({ state: 'visible' });
  const started = await page.evaluate(() => performance.now());
  await context.close();
  return { visible, started };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-quic', '--disable-background-networking'],
  });
  // One warm-up of each, not counted (disk cache of the server, JIT of the browser).
  await load(browser, '/');
  await load(browser, '/static.html');
  const app = [];
  const page = [];
  for (let i = 0; i < runs; i++) {
    app.push(await load(browser, '/'));
    page.push(await load(browser, '/static.html'));
  }
  await browser.close();
  const ratio = (key) => median(app.map((a, i) => a[key] / page[i].visible));
  console.log(
    JSON.stringify({
      runs,
      app: median(app.map((a) => a.visible)),
      started: median(app.map((a) => a.started)),
      static: median(page.map((p) => p.visible)),
      ratio: ratio('visible'),
      startedRatio: ratio('started'),
    }),
  );
})();
