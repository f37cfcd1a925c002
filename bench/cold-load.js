// Cold-load timing in real headless Chromium: navigation start → the first
// question (a topic link) visible, for the app and for a static copy of the
// same first screen (the physical limit), alternating, a new browser context
// per load. Prints medians and the median of the pair ratios as JSON.
//
// "Visible" is taken in the page: at each animation frame (run just before
// the browser paints it) a few lines check whether a topic link is laid out
// and visible, and note the time. The same lines run in both pages. The
// driver polling over the DevTools protocol (`polled`, also printed) adds its
// own work to the page's main thread (injecting its script costs 16–40 ms in
// a trace), so it measures partly itself.
//
// The first question shows with the HTML (the start screen is written into
// index.html at build time); `started` is when the app has put its own in
// its place, so a click moves in place rather than loading the deep link.
const { chromium } = require('playwright-core');

const base = process.env.BASE_URL || 'http://127.0.0.1:8760';
const runs = Number(process.env.RUNS || 21);

function probe() {
  const shown = (selector) => {
    const el = document.querySelector(selector);
    return el !== null && el.checkVisibility() && el.getBoundingClientRect().height > 0;
  };
  const frame = () => {
    if (window.__visible === undefined && shown('[data-topic-link]')) window.__visible = performance.now();
    if (window.__started === undefined && shown('body > .page [data-topic-link]')) window.__started = performance.now();
    if (window.__started === undefined) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

async function load(browser, path) {
  const context = await browser.newContext();
  await context.addInitScript(probe);
  const page = await context.newPage();
  await page.goto(base + path, { waitUntil: 'commit' });
  await page.locator('[data-topic-link]').first().waitFor({ state: 'visible' });
  const polled = await page.evaluate(() => performance.now());
  await page.waitForFunction(() => window.__started !== undefined);
  const [visible, started] = await page.evaluate(() => [window.__visible, window.__started]);
  await context.close();
  return { visible, started, polled };
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
  const of = (loads, key) => median(loads.map((l) => l[key]));
  const ratio = (key, against = key) => median(app.map((a, i) => a[key] / page[i][against]));
  console.log(
    JSON.stringify({
      runs,
      app: of(app, 'visible'),
      static: of(page, 'visible'),
      ratio: ratio('visible'),
      started: of(app, 'started'),
      startedRatio: ratio('started', 'visible'),
      polledApp: of(app, 'polled'),
      polledStatic: of(page, 'polled'),
      polledRatio: ratio('polled'),
    }),
  );
})();
