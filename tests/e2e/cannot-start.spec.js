// When the app cannot start, every kind of screen says so in plain words and
// offers to try again, with no uncaught error: its WebAssembly does not
// download, or the browser runs no WebAssembly at all (some locked-down
// modes turn it off). What the page wrote before the app stops being usable.
const base = require('@playwright/test');
const { expect, ready, watch } = require('./fixtures');

// As every test's page (tests/e2e/fixtures.js), but the browser's own line
// for a download the test made fail is not a problem of the page's.
const test = base.test.extend({
  page: async ({ page, baseURL }, use) => {
    const problems = watch(page, [baseURL, 'data:']);
    await use(page);
    const own = problems.filter((p) => !p.startsWith('console error: Failed to load resource'));
    expect(own, own.join('\n')).toEqual([]);
  },
});

const screens = [
  ['the start page', '/'],
  ['a first question', '/?topic=upgrade'],
  ['a result', '/?topic=kms&volume-licensing=no'],
  ['a tool', '/?topic=keys'],
];
const WASM = /_bg\.wasm$/;

// A first visit: nothing in a service worker's cache to start from.
test.use({ serviceWorkers: 'block' });

for (const [name, link] of screens) {
  test(`the wasm does not download: ${name} says the app could not start, and Try again starts it`, async ({ page }) => {
    await page.route(WASM, (route) => route.abort());
    await page.goto(link);
    const note = page.getByRole('alert');
    await expect(note).toHaveText(/^This page could not start: part of it did not download\. Check your connection, then try again\./);
    await expect(page.locator('#prerendered')).toHaveJSProperty('inert', true);
    // What was written stays in view, greyed and out of reach: no live result.
    await expect(page.locator('#result:not(#prerendered #result)')).toHaveCount(0);

    await page.unroute(WASM);
    await note.getByRole('button', { name: 'Try again' }).click();
    await ready(page);
    await expect(page.getByRole('alert')).toHaveCount(0);
    if (link.includes('volume-licensing')) await expect(page.locator('#result')).toHaveAttribute('data-verdict', 'not-eligible');
  });

  test(`no WebAssembly in the browser: ${name} says so and offers to try again`, async ({ page }) => {
    await page.addInitScript(() => {
      delete window.WebAssembly;
    });
    await page.goto(link);
    const note = page.getByRole('alert');
    await expect(note).toContainText('This page could not start: this browser does not run WebAssembly, or has it turned off.');
    await expect(note.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(page.locator('#prerendered')).toHaveJSProperty('inert', true);
  });
}

test('a written first question is shown, but not usable, when the app cannot start', async ({ page }) => {
  await page.route(WASM, (route) => route.abort());
  await page.goto('/?topic=upgrade');
  await expect(page.getByRole('alert')).toBeVisible();
  const written = page.locator('#prerendered');
  await expect(written.getByRole('heading', { level: 1 })).toHaveText('Which Windows license does the computer have now?');
  await expect(written).toHaveCSS('opacity', '0.6');
  // Inert: its controls cannot be reached or used.
  await expect(page.getByLabel('Windows 8 Pro')).not.toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Try again' })).toBeFocused();
});
