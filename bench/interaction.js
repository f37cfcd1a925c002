// Interaction timing: from a click on Continue to the next screen painted,
// with the CPU slowed down 4× (as Lighthouse's mobile profile does), in
// headless Chromium. Timed in the page: the click's own event time, to the
// first animation frame in which the next screen's heading is there. Prints
// the median and the slowest of RUNS answers, as JSON.
const { chromium } = require('playwright-core');
const { CPU_SLOWDOWN } = require('./profile');

const base = process.env.BASE_URL || 'http://127.0.0.1:8760';
const runs = Number(process.env.RUNS || 15);

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-quic', '--disable-background-networking'],
  });
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await page.goto(base + '/?topic=toolkit');
  await page.locator('body > .page [data-question=location-role]').waitFor();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const times = [];
  for (let r = 0; r < runs; r++) {
    await page.getByLabel('A location associated with the headquarters', { exact: true }).check();
    await page.evaluate(() => {
      window.__took = undefined;
      const button = document.querySelector('form button[type=submit]');
      button.addEventListener('click', (event) => {
        const start = event.timeStamp;
        const frame = () => {
          if (document.querySelector('body > .page [data-question=location-competency]')) window.__took = performance.now() - start;
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }, { once: true, capture: true });
    });
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForFunction(() => window.__took !== undefined);
    times.push(await page.evaluate(() => window.__took));
    // Back to the first question for the next run (not timed).
    await page.locator('.back-link').click();
    await page.locator('body > .page [data-question=location-role]').waitFor();
  }
  await browser.close();
  const sorted = [...times].sort((a, b) => a - b);
  console.log(JSON.stringify({ runs, median: sorted[Math.floor(runs / 2)], slowest: sorted[runs - 1], rate: CPU_SLOWDOWN }));
})();
