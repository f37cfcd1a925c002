// A frame keeps the host's setup across its own reloads (web/embed.js): the
// look in its fragment, and the origin it reports to, which after a reload is
// no longer document.referrer. The reader's reload, the update's Reload (a
// second build deployed under the same origin: scripts/test.sh makes it, into
// target/dist-next) and Try again (the wasm did not download, then does).
const fs = require('fs');
const { test, expect } = require('@playwright/test');
const { serve } = require('./static-server');

const FIRST = 'dist';
const SECOND = process.env.E2E_NEXT_DIST || 'target/dist-next';
const LOOK = 'scheme=dark&radius=0';

/// A host page on its own origin that frames what `src(hostOrigin)` gives and records every message it gets.
async function host(src) {
  let html = '';
  const site = await serve(() => '/nonexistent', { get '/index.html'() { return html; } });
  html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>FAQ</title><link rel="icon" href="data:,"></head><body>' +
    '<script>window.got = []; addEventListener("message", (e) => window.got.push({ origin: e.origin, type: e.data && e.data.type, version: e.data && e.data.version }));</script>' +
    `<iframe title="Licensing check" src="${src(site.origin)}" style="width: 40rem; height: 40rem"></iframe></body></html>`;
  return site;
}

const received = (page) => page.evaluate(() => window.got);
const framed = (page, origin) => page.frames().find((f) => f.url().startsWith(origin + '/'));
// (Null while the frame is between two documents.)
const look = (frame) =>
  frame.evaluate(() => [document.documentElement.style.cssText, getComputedStyle(document.body).backgroundColor]).catch(() => null);
/// The console's warnings and errors, for the wrong-origin advice a reload used to give.
function consoleOf(page) {
  const lines = [];
  page.on('console', (m) => ['warning', 'error'].includes(m.type()) && lines.push(m.text()));
  return lines;
}

/// The frame's link for a host at `origin`: with embed-origin, or without (the host then known from document.referrer).
const link = (app, withOrigin, query) => (origin) =>
  `${app.origin}/?${query}&embed=1${withOrigin ? '&embed-origin=' + encodeURIComponent(origin) : ''}#${LOOK}`;

for (const withOrigin of [true, false]) {
  const named = withOrigin ? 'with embed-origin' : 'without embed-origin';

  test(`${named}: after the reader's reload and the update's Reload, a framed result keeps its look, and its events reach the host`, async ({ page }) => {
    expect(fs.existsSync(`${SECOND}/sw.js`), `no second build in ${SECOND}: run scripts/test.sh`).toBe(true);
    let root = FIRST;
    const app = await serve(() => root);
    const site = await host(link(app, withOrigin, 'topic=kms'));
    const warnings = consoleOf(page);
    try {
      await page.goto(site.origin + '/');
      const frame = () => framed(page, app.origin);
      await expect.poll(async () => (await received(page)).filter((m) => m.type === 'licensing-check:ready').length).toBeGreaterThan(0);
      const dark = await look(frame());
      expect(dark[0]).not.toBe('');
      await frame().waitForFunction(() => navigator.serviceWorker.controller !== null);
      await frame().getByLabel('No', { exact: true }).check();
      await frame().getByRole('button', { name: 'Continue' }).click();
      await expect(frame().locator('#result')).toHaveAttribute('data-verdict', 'not-eligible');
      expect(new URL(frame().url()).hash).toContain('scheme=dark');

      // The second build is deployed; the reader reloads the frame, which finds it.
      root = SECOND;
      await page.evaluate(() => { window.got = []; });
      await frame().evaluate(() => location.reload());
      await expect(frame().locator('#result')).toHaveAttribute('data-verdict', 'not-eligible');
      await expect.poll(() => look(frame())).toEqual(dark);
      await expect(frame().locator('#update-banner')).toBeVisible();
      await expect.poll(async () => (await received(page)).map((m) => m.type)).toContain('licensing-check:result');

      // The update's Reload: the next build, on the same result, as the host set it up.
      await page.evaluate(() => { window.got = []; });
      await frame().locator('#update-banner').getByRole('button', { name: 'Reload' }).click();
      await expect.poll(() => frame().evaluate(() => document.querySelector('meta[name=version]').content).catch(() => null)).toBe('next');
      await expect(frame().locator('#result')).toHaveAttribute('data-verdict', 'not-eligible');
      await expect.poll(() => look(frame())).toEqual(dark);
      await expect.poll(async () => (await received(page)).filter((m) => m.type === 'licensing-check:ready').map((m) => m.version)).toEqual(['next']);
      const got = await received(page);
      expect(got.map((m) => m.type)).toEqual(expect.arrayContaining(['licensing-check:height', 'licensing-check:result']));
      expect(got.every((m) => m.origin === app.origin)).toBe(true);
      expect(warnings.filter((w) => /embed-origin|framing this one/.test(w))).toEqual([]);
    } finally {
      await site.close();
      await app.close();
    }
  });

  test(`${named}: a framed result that could not start: after Try again its events reach the host, in its look`, async ({ page }) => {
    let failing = true;
    const app = await serve(() => FIRST, {}, '/', { fail: { test: (name) => failing && name.endsWith('_bg.wasm') } });
    const site = await host(link(app, withOrigin, 'topic=kms&volume-licensing=no'));
    const warnings = consoleOf(page);
    try {
      await page.goto(site.origin + '/');
      await expect.poll(async () => (await received(page)).map((m) => m.type)).toContain('licensing-check:cannot-start');
      const frame = () => framed(page, app.origin);
      const dark = await look(frame());
      expect(dark[0]).not.toBe('');
      expect(new URL(frame().url()).hash).toContain('framed-by=');

      failing = false;
      await page.evaluate(() => { window.got = []; });
      await frame().getByRole('button', { name: 'Try again' }).click();
      await expect(frame().locator('#result')).toHaveAttribute('data-outcome', 'not-issued');
      await expect.poll(async () => (await received(page)).map((m) => m.type)).toEqual(
        expect.arrayContaining(['licensing-check:ready', 'licensing-check:result', 'licensing-check:height']),
      );
      expect((await received(page)).every((m) => m.origin === app.origin)).toBe(true);
      await expect.poll(() => look(frame())).toEqual(dark);
      expect(warnings.filter((w) => /embed-origin|framing this one/.test(w))).toEqual([]);
    } finally {
      await site.close();
      await app.close();
    }
  });
}
