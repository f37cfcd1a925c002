// Two builds of the app under one origin: the second build's service worker
// waits until the user accepts "A new version is available", then the old
// version's files are gone from the caches. scripts/test.sh makes the second
// build (BUILD_LABEL=next, into target/dist-next) before this runs.
const fs = require('fs');
const base = require('@playwright/test');
const { expect } = base;
const { serve } = require('./static-server');
const { watch, workerInControl } = require('./fixtures');

const FIRST = 'dist';
const SECOND = process.env.E2E_NEXT_DIST || 'target/dist-next';

const version = (page) => page.locator('meta[name=version]').getAttribute('content');
const cacheContents = (page) =>
  page.evaluate(async () => {
    const out = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      const index = await cache.match('index.html');
      out[name] = { files: (await cache.keys()).length, index: index ? await index.text() : null };
    }
    return out;
  });

base.test('a new build takes over only when the user accepts it, and leaves nothing of the old one', async ({ page }) => {
  expect(fs.existsSync(`${SECOND}/sw.js`), `no second build in ${SECOND}: run scripts/test.sh`).toBe(true);
  const problems = watch(page);

  let root = FIRST;
  const server = await serve(() => root);
  await page.goto(server.origin + '/?topic=kms');
  await page.locator('#page-heading').waitFor();
  await workerInControl(page);
  const first = await version(page);
  expect(first).not.toEqual('next');
  const before = await cacheContents(page);
  expect(Object.keys(before)).toHaveLength(1);

  // Deploy the second build. The next visit finds it, but the page keeps running the first.
  root = SECOND;
  await page.reload();
  await page.locator('#page-heading').waitFor();
  const banner = page.locator('#update-banner');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('A new version is available');
  expect(await version(page)).toEqual(first);
  // Answering still works on the old version while the new one waits.
  await page.getByLabel('No', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#result')).toHaveAttribute('data-verdict', 'not-eligible');
  expect(await version(page)).toEqual(first);

  // The user accepts: the page reloads into the second build, on the same screen.
  await banner.getByRole('button', { name: 'Reload' }).click();
  await expect.poll(() => version(page).catch(() => null)).toEqual('next');
  await expect(page.locator('#result')).toHaveAttribute('data-verdict', 'not-eligible');
  await expect(page.locator('#update-banner')).toBeHidden();

  const after = await cacheContents(page);
  const names = Object.keys(after);
  expect(names).toHaveLength(1);
  expect(names[0]).not.toEqual(Object.keys(before)[0]);
  expect(after[names[0]].index).toContain('content="next"');
  expect(after[names[0]].index).not.toContain(`content="${first}"`);
  expect(problems).toEqual([]);
  await server.close();
});
