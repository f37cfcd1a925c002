// The rules' words come in a text pack fetched after the first screen (or at
// once, with the WebAssembly, on a deep link). A link settles as much as it
// can; and when the pack cannot come, the page says so and keeps the answers.
const base = require('@playwright/test');
const { test, expect, ready } = require('./fixtures');

test('the start page does not wait for the text pack, and a topic opened from it gets its words', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/');
  await ready(page);
  await page.locator('[data-topic-link=upgrade]').last().click();
  await expect(page.locator('#page-heading')).toHaveText('Which Windows license does the computer have now?');
  expect(requests.filter((p) => /\/texts-[0-9a-f]{16}\.txt$/.test(p))).toHaveLength(1);
});

test('a link that settles the verdict shows it without asking the rest, outcome by outcome', async ({ page }) => {
  await page.goto('/?topic=upgrade&install-location=external');
  await ready(page);
  const result = page.locator('#result');
  await expect(result).toHaveAttribute('data-verdict', 'not-eligible');
  await expect(result).toHaveAttribute('data-outcome', 'outside-organization home-edition no-license unlisted-edition');
  await expect(page.locator('#not-asked')).toContainText('Which Windows license does the computer have now?');
  await expect(page.locator('[data-branch=outside-organization] .branch__when')).toContainText(
    'Windows XP Professional, Windows Vista Business, Windows 7 Professional or Windows 8 Pro',
  );
  await expect(page.locator('[data-branch=home-edition]')).toContainText('A home edition does not qualify');
  await expect(page.locator('[data-branch=unlisted-edition] .branch__when')).toContainText('Another edition');
  await expect(page).toHaveURL(/\?topic=upgrade&install-location=external$/);
});

test('answers a link gives for later questions are kept for their turn', async ({ page }) => {
  await page.goto('/?topic=toolkit&toolkit-held=no&location-competency=yes');
  await ready(page);
  await expect(page.locator('#page-heading')).toHaveText("What is this location's place in your partner organization?");
  await expect(page).toHaveURL(/location-competency=yes&toolkit-held=no/);
  await page.getByLabel('A location associated with the headquarters', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#result')).toHaveAttribute('data-outcome', 'qualifying-location');
});

// page.route does not see what a service worker fetches: once the worker has
// cached the build and claimed the page, the pack would come from its cache.
// Blocked, the pack fails the way it does on a first visit that loses the network.
base.test.describe('without a service worker', () => {
  base.test.use({ serviceWorkers: 'block' });
  base.test('when the text pack cannot come, the page says so, keeps the answers and can try again', async ({ page }) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    let fail = true;
    await page.route(/\/texts-[0-9a-f]{16}\.txt$/, (route) => (fail ? route.fulfill({ status: 503, body: '' }) : route.continue()));
    await page.goto('/?topic=kms&volume-licensing=no');
    await base.expect(page.locator('#texts-failed')).toBeVisible();
    await base.expect(page.locator('#texts-failed')).toContainText('could not be loaded');
    await base.expect(page).toHaveURL(/volume-licensing=no/);
    fail = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await base.expect(page.locator('#result')).toHaveAttribute('data-verdict', 'not-eligible');
    base.expect(errors).toEqual([]);
  });
});
