// End-to-end tests: the release bundle in dist/, served on 127.0.0.1, driven in
// Debian's Chromium (never a downloaded browser). scripts/test.sh picks a free
// port and passes it as E2E_PORT so the server and every worker agree.
const { defineConfig } = require('@playwright/test');

const port = Number(process.env.E2E_PORT || 8719);

module.exports = defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--disable-gpu', '--disable-quic'],
    },
  },
  webServer: {
    command: `python3 -m http.server ${port} --bind 127.0.0.1 --directory dist`,
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'ignore',
    timeout: 30_000,
  },
});
