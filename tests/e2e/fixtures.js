// Every test fails on a page error, a console error, a Content-Security-Policy
// violation, or a request that leaves the app's own origin.
const base = require('@playwright/test');

/// Records what fails a test: page errors, console errors and, given a list of
/// allowed URL prefixes (it may grow during the test), requests outside them.
const watch = (page, allowed = null) => {
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    // A link whose screen the build did not write (an answer that does not
    // matter, a misspelt value): the page asks for it, the server has none
    // and the browser says so; the app draws the screen.
    const unwritten = m.text().startsWith('Failed to load resource') && m.location().url.includes('/results/');
    if (m.type() === 'error' && !unwritten) problems.push(`console error: ${m.text()}`);
  });
  if (allowed) {
    page.on('request', (r) => {
      if (!allowed.some((prefix) => r.url().startsWith(prefix))) problems.push(`request off origin: ${r.url()}`);
    });
  }
  return problems;
};
exports.watch = watch;

exports.test = base.test.extend({
  page: async ({ page, baseURL }, use) => {
    const problems = watch(page, [baseURL, 'data:']);
    await page.exposeFunction('reportCspViolation', (v) => problems.push(`CSP violation: ${v}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        window.reportCspViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`),
      );
    });
    await use(page);
    base.expect(problems, problems.join('\n')).toEqual([]);
  },
});
exports.expect = base.expect;

/// Waits for the app to have rendered a screen: its own, not the start
/// screen written into index.html at build time (inside #prerendered, which
/// the app removes when it starts).
/// Presses Tab until `locator` has the focus (at most `most` times).
exports.focusOn = async (page, locator, most = 60) => {
  for (let i = 0; i < most && !(await locator.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await base.expect(locator).toBeFocused();
};

exports.ready = async (page) => {
  await page.locator('body > .page #page-heading').waitFor();
};

/// Chooses an answer by its label and presses Continue.
exports.answer = async (page, label) => {
  await page.getByLabel(label, { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
};

/// Waits until the service worker controls the page: it activates only once
/// every file of the build is in its cache.
exports.workerInControl = async (page) => {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
};
