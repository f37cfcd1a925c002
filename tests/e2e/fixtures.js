// Every test fails on a page error, a console error, a Content-Security-Policy
// violation, or a request that leaves the app's own origin.
const base = require('@playwright/test');

exports.test = base.test.extend({
  page: async ({ page, baseURL }, use) => {
    const problems = [];
    await page.exposeFunction('reportCspViolation', (v) => problems.push(`CSP violation: ${v}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        window.reportCspViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`),
      );
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(baseURL) && !r.url().startsWith('data:')) problems.push(`request off origin: ${r.url()}`);
    });
    await use(page);
    base.expect(problems, problems.join('\n')).toEqual([]);
  },
});
exports.expect = base.expect;

/// Waits for the app to have rendered a screen.
exports.ready = async (page) => {
  await page.locator('#page-heading').waitFor();
};
