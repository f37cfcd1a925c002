// Hosted under a sub-path (Trunk's public_url), as docs/embedding.md says:
// deep links, navigation, the service worker and offline use all stay inside it.
// scripts/test.sh builds target/dist-subpath with --public-url /tools/licensing-check/.
const fs = require('fs');
const base = require('@playwright/test');
const { expect } = base;
const { serve } = require('./static-server');
const { watch, workerInControl } = require('./fixtures');

const DIR = process.env.E2E_SUBPATH_DIST || 'target/dist-subpath';
const PREFIX = '/tools/licensing-check/';

base.test('under a sub-path: a deep link, Back, and offline after one visit', async ({ page, context }) => {
  expect(fs.existsSync(`${DIR}/sw.js`), `no sub-path build in ${DIR}: run scripts/test.sh`).toBe(true);
  const server = await serve(() => DIR, {}, PREFIX);
  const problems = watch(page, [server.origin + PREFIX]);

  await page.goto(`${server.origin}${PREFIX}?topic=kms&volume-licensing=no`);
  await expect(page.locator('#result')).toHaveAttribute('data-verdict', 'not-eligible');
  await page.getByRole('link', { name: 'Back' }).first().click();
  await expect(page).toHaveURL(`${server.origin}${PREFIX}?topic=kms`);
  await workerInControl(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL)).toBe(`${server.origin}${PREFIX}sw.js`);

  await context.setOffline(true);
  await page.goto(`${server.origin}${PREFIX}?topic=toolkit&location-role=headquarters`);
  await expect(page.locator('#result')).toHaveAttribute('data-topic', 'toolkit');
  expect(problems).toEqual([]);
  await server.close();
});
