// After one visit the app needs no network: the service worker serves every
// file of the build from its cache.
const base = require('@playwright/test');
const { test, expect, ready, answer, watch, workerInControl } = require('./fixtures');
const { serve } = require('./static-server');

test('offline after one visit: reload, answer a whole topic, open a deep link', async ({ page, context }) => {
  await page.goto('/');
  await ready(page);
  await expect(page.locator('#offline-banner')).toBeHidden();
  await workerInControl(page);

  await context.setOffline(true);
  await page.reload();
  await ready(page);
  await expect(page.locator('#offline-banner')).toBeVisible();
  await expect(page.locator('#offline-banner')).toContainText('You are offline');

  await page.getByRole('link', { name: 'Can I use these Windows licenses on this computer?' }).click();
  await answer(page, 'Windows 8 Pro');
  await answer(page, "Yes, one of our organization's computers");
  await expect(page.locator('#result')).toHaveAttribute('data-verdict', 'eligible');

  await page.goto('/?topic=toolkit&location-role=associated&location-competency=yes&toolkit-held=no');
  await expect(page.locator('#result')).toHaveAttribute('data-topic', 'toolkit');
  await expect(page.locator('#result')).toHaveAttribute('data-verdict', 'eligible');
});

test('the offline indicator follows the connection', async ({ page, context }) => {
  await page.goto('/?topic=kms');
  await ready(page);
  // Once the worker has installed: a download of it or of its files cut
  // off by the switch would be an error of its own.
  await workerInControl(page);
  await context.setOffline(true);
  await expect(page.locator('#offline-banner')).toBeVisible();
  await context.setOffline(false);
  await expect(page.locator('#offline-banner')).toBeHidden();
});

test('the precache list names every file of the app and nothing else (not the rules module, its packages nor the releases\' pinned copies, which only host pages load, nor the screens written for links, which only their link loads)', async ({ page }) => {
  const fs = require('fs');
  const path = require('path');
  const built = [];
  const walk = (dir) =>
    fs.readdirSync(dir, { withFileTypes: true }).forEach((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!['rules', 'results', 'releases'].map((d) => path.join('dist', d)).includes(full)) walk(full);
      }
      else if (e.name !== 'sw.js' && !/^licensing-rules.*\.tgz$|^licensing-check\.[0-9a-f]{16}\.js$/.test(e.name)) built.push(path.relative('dist', full).split(path.sep).join('/'));
    });
  walk('dist');
  await page.goto('/');
  await ready(page);
  await workerInControl(page);
  const cached = await page.evaluate(async () => {
    const keys = await caches.keys();
    const requests = await (await caches.open(keys[0])).keys();
    return { names: keys, files: requests.map((r) => new URL(r.url).pathname.slice(1)) };
  });
  expect(cached.names).toHaveLength(1);
  expect(cached.files.sort()).toEqual(built.sort());
});

// Not the fixture's page: the console errors and violations are the point here.
base.test('the Content-Security-Policy blocks injected script, injected style and other origins', async ({ page }) => {
  const refused = [];
  page.on('console', (m) => m.type() === 'error' && refused.push(m.text()));
  await page.goto('/');
  await ready(page);
  const blocked = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const seen = [];
        document.addEventListener('securitypolicyviolation', (e) => {
          seen.push(e.violatedDirective);
          if (seen.length === 3) resolve(seen.sort());
        });
        const script = document.createElement('script');
        script.textContent = 'window.inlineRan = true';
        document.body.append(script);
        const style = document.createElement('style');
        style.textContent = 'body { display: none }';
        document.head.append(style);
        const image = new Image();
        image.src = 'http://192.0.2.1/pixel.png';
      }),
  );
  expect(blocked).toEqual(['img-src', 'script-src-elem', 'style-src-elem']);
  expect(await page.evaluate(() => window.inlineRan)).toBeUndefined();
  // The app's own inlined stylesheet is allowed by its hash; the injected one is not.
  await expect(page.locator('body')).toBeVisible();
  await expect(page.locator('.site-header')).toHaveCSS('border-bottom-style', 'solid');
  expect(refused.join('\n')).toContain('Content Security Policy');
});

test('Chromium finds the app installable (manifest, icons, service worker)', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await workerInControl(page);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Test contexts are off the record, where Chromium never offers to install;
  // it still reports every other missing criterion (manifest, icons, worker).
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
  const manifest = await (await page.request.get('/manifest.webmanifest')).json();
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
});

base.test('offline also works where the host redirects index.html to the directory', async ({ page, context }) => {
  const problems = watch(page);
  const server = await serve(() => 'dist', {}, '/', { redirectIndex: true });
  await page.goto(`${server.origin}/?topic=kms`);
  await ready(page);
  await workerInControl(page);
  await context.setOffline(true);
  await page.goto(`${server.origin}/?topic=kms&volume-licensing=yes`);
  await expect(page.locator('#result')).toHaveAttribute('data-verdict', 'eligible');
  expect(problems).toEqual([]);
  await server.close();
});
