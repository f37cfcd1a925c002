// The screens a first visit does not need (results, tools, decision trees,
// "Your checks") come in a wasm of their own (src/ui/lazy.rs): the start page
// is up without it and fetches it after; a deep link waits for it as for the
// words. Should it not come, the screen says so and offers to try again,
// which draws it once it does; nothing else of the page is lost.
const base = require('@playwright/test');
const { expect } = base;
const { ready, answer } = require('./fixtures');

const PART = /\/split_later\.[0-9a-f]{16}\.wasm$/;

/// Page errors fail the test; console errors are expected here (the refused
/// fetch, and the loader saying so).
const test = base.test.extend({
  page: async ({ page }, use) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await use(page);
    expect(errors).toEqual([]);
  },
});
// The service worker, once in control, would answer from its cache what these tests hold back.
test.use({ serviceWorkers: 'block' });

test('the start page comes up without the later screens’ code, and fetches it after', async ({ page }) => {
  const fetched = [];
  page.on('request', (r) => PART.test(new URL(r.url()).pathname) && fetched.push(r.url()));
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(PART, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await ready(page);
  await expect(page.locator('[data-topic-link=kms]').first()).toBeVisible();
  await expect.poll(() => fetched.length).toBe(1);
  release();
  await page.locator('[data-topic-link=kms]').first().click();
  await answer(page, 'No');
  await expect(page.locator('#result')).toHaveAttribute('data-outcome', 'not-issued');
});

test('when the later screens’ code cannot be fetched, a result says so and Try again draws it', async ({ page }) => {
  await page.route(PART, (route) => route.abort());
  await page.goto('/?topic=kms');
  await ready(page);
  await answer(page, 'No');
  await expect(page.getByRole('heading', { level: 1, name: 'This page could not be loaded' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('keeps your place');
  await expect(page.locator('#result')).toHaveCount(0);
  await page.unroute(PART);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('#result')).toHaveAttribute('data-outcome', 'not-issued');
  await expect(page.locator('#page-heading')).toBeFocused();
  // The answers the reader gave are all still there.
  await expect(page.locator('[data-answer=volume-licensing]')).toContainText('No');
});

test('a deep link to a result whose code cannot come says so, and Try again draws it', async ({ page }) => {
  await page.route(PART, (route) => route.abort());
  await page.goto('/?topic=kms&volume-licensing=no');
  await ready(page);
  await expect(page.locator('#page-heading')).toHaveText('This page could not be loaded');
  await page.unroute(PART);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('#result')).toHaveAttribute('data-outcome', 'not-issued');
});
