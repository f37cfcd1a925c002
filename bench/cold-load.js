// Cold-load timing in real headless Chromium: navigation start → the screen
// shown, for the app and for a static copy of the same screen (the physical
// limit; bench/static-copy.js), alternating, a new browser context per load,
// for every screen of bench/pages.js. Prints, per screen, medians and the
// median of the pair ratios, as JSON lines.
//
// "Shown" is taken in the page: at each animation frame (run just before the
// browser paints it) a few lines (bench/probe.js) check whether the screen's element is laid
// out and visible, and note the time; the same lines run in both pages. They
// are put there and read over the DevTools protocol directly: Playwright's
// own page helpers would first run its large script in the page, and time
// it with the page. The driver leaves the page alone until it is surely done.
// NETWORK=slow times the same loads through DevTools' network emulation;
// PROFILE=mobile as Lighthouse's mobile profile loads a page: that network
// and the CPU slowed 4x (serve the build compressed for it: bench/serve.js).
const { chromium } = require('playwright-core');
const pages = require('./pages');
const probe = require('./probe');
const { slow } = require('./profile');

const base = process.env.BASE_URL || 'http://127.0.0.1:8760';
const runs = Number(process.env.RUNS || 15);
const only = process.env.PAGES ? process.env.PAGES.split(',').map(Number) : null;
// NETWORK=slow: Lighthouse's mobile network (bench/profile.js); PROFILE=mobile:
// that and its CPU.
const mobile = process.env.PROFILE === 'mobile';
const slowNetwork = process.env.NETWORK === 'slow' || mobile;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function load(browser, path, selector) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: probe(selector) });
  if (slowNetwork) await slow(cdp, { cpu: mobile });
  await page.goto(base + path, { waitUntil: 'commit' });
  await sleep(mobile ? 1500 : 500);
  let times = [];
  for (let i = 0; i < 100 && times[0] == null; i++) {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: '[window.__visible, window.__started]',
      returnByValue: true,
    });
    times = result.value;
    if (times[0] == null) await sleep(100);
  }
  await context.close();
  return { visible: times[0], started: times[1] };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-quic', '--disable-background-networking'],
  });
  for (const [i, { name, path, selector }] of pages.entries()) {
    if (only && !only.includes(i)) continue;
    const copy = `/static-${i}.html`;
    // One warm-up of each, not counted (disk cache of the server, JIT of the browser).
    await load(browser, path, selector);
    await load(browser, copy, selector);
    const app = [];
    const page = [];
    for (let r = 0; r < runs; r++) {
      app.push(await load(browser, path, selector));
      page.push(await load(browser, copy, selector));
    }
    const ratios = app.map((a, r) => a.visible / page[r].visible);
    console.log(JSON.stringify({
      name,
      path,
      runs,
      app: median(app.map((a) => a.visible)),
      static: median(page.map((p) => p.visible)),
      ratio: median(ratios),
      spread: [Math.min(...ratios), Math.max(...ratios)],
      started: median(app.map((a) => a.started)),
    }));
  }
  await browser.close();
})();
