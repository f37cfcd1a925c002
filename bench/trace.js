// Where the time of a cold load goes, from a Chrome trace: for each screen of
// PATHS (default: a deep-linked result, and its static copy), RUNS loads in a
// new context each (one more first, not counted), the page left alone until
// done. Prints, as JSON lines, the medians of:
//
//   htmlArrived   the page's HTML fully arrived (ms after navigation start)
//   parsed        the HTML parsed (domInteractive)
//   wasmArrived, textsArrived   the wasm and the text pack arrived
//   compile       wasm compiled while it streamed in (ms of work)
//   lazyCompile   wasm functions compiled on their first call (ms of work)
//   instantiate   the module instantiated (ms of work)
//   main          the app's code starts (its user-timing mark licensing:main)
//   mounted       its first screen is built (licensing:mounted)
//   layout        style and layout after that (ms of work; for the static
//                 page, all of it)
//   visible       the screen's element is laid out and visible, at the
//                 animation frame before the paint that shows it
//
// The probe and marks are read over the DevTools protocol, not Playwright's
// page helpers, whose own script would run in the page and be timed with it.
// Tracing slows the page: compare phases, not totals, with bench/cold-load.js.
// PROFILE=mobile loads as bench/cold-load.js does with it (throttled network
// and CPU); then also:
//
//   resultAsked, resultArrived   the written result (results/*.json) asked
//                 for and arrived
const { chromium } = require('playwright-core');
const probe = require('./probe');
const { slow } = require('./profile');

const base = process.env.BASE_URL || 'http://127.0.0.1:8760';
const runs = Number(process.env.RUNS || 7);
const paths = (process.env.PATHS || '/?topic=kms&volume-licensing=no,/static-11.html').split(',');
const selector = process.env.SELECTOR || '#result';
const mobile = process.env.PROFILE === 'mobile';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => {
  const known = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return known.length ? Math.round(known[Math.floor(known.length / 2)] * 10) / 10 : null;
};

async function traced(browser, path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: probe(selector) });
  if (mobile) await slow(cdp, { cpu: true });
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.wasm', 'blink.user_timing', 'loading'],
  });
  await page.goto(base + path, { waitUntil: 'commit' });
  await sleep(mobile ? 3000 : 1500);
  const { result } = await cdp.send('Runtime.evaluate', {
    returnByValue: true,
    expression: `({
      visible: window.__visible,
      html: performance.getEntriesByType('navigation')[0].responseEnd,
      parsed: performance.getEntriesByType('navigation')[0].domInteractive,
      resources: performance.getEntriesByType('resource').map((e) => [e.name.split('/').pop(), e.responseEnd, e.startTime]),
      marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
    })`,
  });
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  await context.close();
  const page_ = result.value;
  const main = events.find((e) => e.name === 'ParseHTML')?.tid;
  const mountedAt = page_.marks['licensing:mounted'];
  const start = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame)?.ts;
  const at = (e) => (e.ts - start) / 1000;
  const work = (names, from = -Infinity) =>
    events
      .filter((e) => names.includes(e.name) && e.ph === 'X' && at(e) >= from)
      .reduce((sum, e) => sum + e.dur / 1000, 0);
  const arrived = (test) => {
    const times = page_.resources.filter(([name]) => test(name)).map(([, t]) => t);
    return times.length ? Math.max(...times) : undefined;
  };
  return {
    htmlArrived: page_.html,
    parsed: page_.parsed,
    wasmArrived: arrived((n) => n.endsWith('.wasm')),
    textsArrived: arrived((n) => n.endsWith('.txt')),
    resultAsked: page_.resources.find(([name]) => name.endsWith('.json'))?.[2],
    resultArrived: arrived((n) => n.endsWith('.json')),
    compile: work(['v8.wasm.compileConsume', 'wasm.FinishStreaming']) || undefined,
    lazyCompile: work(['wasm.CompileLazy']) || undefined,
    instantiate: work(['wasm.AsyncInstantiate', 'wasm.SyncInstantiate']) || undefined,
    main: page_.marks['licensing:main'],
    mounted: mountedAt,
    layout: events
      .filter((e) => ['UpdateLayoutTree', 'Layout'].includes(e.name) && e.ph === 'X' && e.tid === main)
      .filter((e) => mountedAt === undefined || at(e) >= mountedAt)
      .reduce((sum, e) => sum + e.dur / 1000, 0),
    visible: page_.visible,
  };
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-quic', '--disable-background-networking'],
  });
  for (const path of paths) {
    const rows = [];
    for (let r = 0; r <= runs; r++) {
      const row = await traced(browser, path);
      if (r > 0) rows.push(row);
    }
    const keys = Object.keys(rows[0]);
    console.log(JSON.stringify({ path, runs, ...Object.fromEntries(keys.map((k) => [k, median(rows.map((r) => r[k]))])) }));
  }
  await browser.close();
})();
