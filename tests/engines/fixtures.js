// A WebDriver session per worker, in the project's engine, and the app's
// release bundle (dist/) served on its own origin with every document
// recording its problems (tests/e2e/static-server.js). Each test fails on an
// uncaught error, an unhandled rejection, a console error or a CSP violation
// of any page it opened.
const base = require('@playwright/test');
const { Builder, By, until, Key } = require('selenium-webdriver');
const { spawn } = require('child_process');
const net = require('net');
const { serve } = require('../e2e/static-server');

const ENGINES = {
  firefox: {
    driver: (port) => [process.env.GECKODRIVER || 'geckodriver', ['--port', String(port)]],
    capabilities: {
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: process.env.FIREFOX || '/usr/bin/firefox-esr',
        args: ['-headless'],
        prefs: { 'browser.shell.checkDefaultBrowser': false, 'network.captive-portal-service.enabled': false },
      },
    },
  },
  webkit: {
    driver: (port) => [process.env.WEBKIT_WEBDRIVER || 'WebKitWebDriver', [`--port=${port}`]],
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'],
      },
    },
  },
};

const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/// Waits until the driver answers on its port.
async function listening(port) {
  for (let i = 0; i < 100; i++) {
    const ok = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => { socket.end(); resolve(true); });
      socket.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no WebDriver on port ${port}`);
}

exports.test = base.test.extend({
  driver: [
    async ({}, use, workerInfo) => {
      const engine = ENGINES[workerInfo.project.metadata.engine];
      const port = await freePort();
      const [command, args] = engine.driver(port);
      const process_ = spawn(command, args, { stdio: 'ignore' });
      await listening(port);
      const driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(engine.capabilities).build();
      await driver.manage().setTimeouts({ pageLoad: 30_000, script: 30_000 });
      await use(driver);
      await driver.quit().catch(() => {});
      process_.kill();
    },
    { scope: 'worker' },
  ],
  app: [
    async ({}, use) => {
      const server = await serve(() => 'dist', {}, '/', { instrument: true });
      await use(server.origin);
      await server.close();
    },
    { scope: 'worker' },
  ],
  /// The page, as a test drives it; its problems checked after the test.
  site: async ({ driver, app }, use) => {
    const site = new Site(driver, app);
    await driver.get(`${app}/index.html`);
    await driver.executeScript('localStorage.clear(); sessionStorage.clear();');
    await use(site);
    await driver.switchTo().defaultContent();
    await driver.get(`${app}/index.html`);
    const problems = JSON.parse((await driver.executeScript("return sessionStorage.getItem('test-problems')")) || '[]');
    base.expect(problems, problems.join('\n')).toEqual([]);
  },
});
exports.expect = base.expect;
exports.Key = Key;

class Site {
  constructor(driver, origin) {
    this.driver = driver;
    this.origin = origin;
  }

  /// Opens a path of the app and waits for its own screen (not the start
  /// screen written into index.html).
  async open(path) {
    await this.driver.get(this.origin + path);
    return this.screen();
  }

  async screen() {
    return this.find('body > .page #page-heading');
  }

  async find(selector, timeout = 10_000) {
    return this.driver.wait(until.elementLocated(By.css(selector)), timeout, `no ${selector}`);
  }

  async all(selector) {
    return this.driver.findElements(By.css(selector));
  }

  async text(selector) {
    return (await this.find(selector)).getText();
  }

  async attribute(selector, name) {
    return (await this.find(selector)).getAttribute(name);
  }

  /// Waits until `read()` gives `expected` (compared as JSON).
  async until(read, expected, what) {
    let last;
    await this.driver.wait(
      async () => JSON.stringify((last = await read())) === JSON.stringify(expected),
      10_000,
      `${what}: expected ${JSON.stringify(expected)}`,
    ).catch((e) => {
      throw new Error(`${e.message}, last ${JSON.stringify(last)}`);
    });
  }

  async click(selector) {
    await (await this.find(selector)).click();
  }

  /// Chooses an answer by its id and presses Continue.
  async answer(question, answer) {
    await this.click(`input[name="${question}"][value="${answer}"]`);
    await this.click('form button[type=submit]');
  }

  /// Types a number or date into a question's field and presses Continue.
  async fill(question, text) {
    const field = await this.find(`input[name="${question}"]`);
    await field.clear();
    await field.sendKeys(text);
    await this.click('form button[type=submit]');
  }

  async heading() {
    return (await this.screen()).getText();
  }

  async url() {
    return this.driver.getCurrentUrl();
  }
}
