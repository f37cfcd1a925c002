// The core flows in the engines Playwright cannot drive here: Debian's
// Firefox ESR (geckodriver) and WebKitGTK (WebKitWebDriver and its
// MiniBrowser, under Xvfb), over W3C WebDriver with selenium-webdriver.
// Playwright's runner runs them (one summary, each failure named by its
// engine: [firefox] or [webkit]); tests/engines/fixtures.js starts the
// drivers. scripts/test.sh runs it; ENGINES=firefox or ENGINES=webkit for one.
const { defineConfig } = require('@playwright/test');

const all = [
  { name: 'firefox', metadata: { engine: 'firefox' } },
  { name: 'webkit', metadata: { engine: 'webkit' } },
];
const wanted = (process.env.ENGINES || 'firefox,webkit').split(',');

module.exports = defineConfig({
  testDir: 'tests/engines',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 90_000,
  projects: all.filter((p) => wanted.includes(p.name)),
});
