// A page restored from the back/forward cache works its dates out for the
// day it is shown again, not the day it was left. Playwright turns the cache
// off by default; this file turns it back on.
const { test, expect, ready } = require('./fixtures');

test.use({
  timezoneId: 'UTC',
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-quic'],
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  },
});

test('a result restored from the back/forward cache is worked out for the new day', async ({ page }) => {
  // The clock every page of the origin reads, set through storage so that a
  // page frozen in the cache reads the new time when it comes back.
  await page.addInitScript(() => {
    const Real = Date;
    const now = () => Number(localStorage.getItem('test-now')) || Real.now();
    class TestDate extends Real {
      constructor(...args) {
        super(...(args.length ? args : [now()]));
      }
      static now() {
        return now();
      }
    }
    window.Date = TestDate;
    addEventListener('pageshow', (e) => {
      if (e.persisted) window.restoredFromCache = true;
    });
  });
  await page.goto('/index.html');
  await page.evaluate(() => localStorage.setItem('test-now', String(Date.UTC(2026, 5, 30, 23, 59, 50))));
  await page.goto('/?topic=cloud-tokens&enrollment-end=2026-06-30&renewing=no');
  await ready(page);
  await expect(page.locator('#result')).toHaveAttribute('data-verdict', 'eligible');

  await page.goto('/?topic=kms');
  await ready(page);
  await page.evaluate(() => localStorage.setItem('test-now', String(Date.UTC(2026, 6, 1, 0, 0, 10))));
  await page.goBack({ waitUntil: 'commit' });
  await expect.poll(() => page.evaluate(() => window.restoredFromCache === true)).toBe(true);
  await expect(page.locator('#result')).toHaveAttribute('data-verdict', 'not-eligible');
  await expect(page.locator('#result')).toContainText('As of 1 July 2026, they ended the day before');
});
