// WCAG 2.2 AA checks with axe-core in real Chromium, in light and dark
// schemes; keyboard-only use; narrow screens.
const AxeBuilder = require('@axe-core/playwright').default;
const { test, expect, ready } = require('./fixtures');

const screens = [
  ['start page', '/'],
  ['a choice question', '/?topic=upgrade'],
  ['a number question', '/?topic=o365-switch'],
  ['a date question', '/?topic=cloud-tokens'],
  ['a question with the answers summary', '/?topic=toolkit&location-role=associated'],
  ['a result', '/?topic=downgrade&license-source=mpn&new-version-date=2025-03-31&as-of=2026-01-15'],
  ['a result with a notice', '/?topic=kms&volume-licensing=yes&colour=blue'],
  ['the activation planner', '/?topic=activation-planner'],
  ['the key check', '/?topic=keys'],
  ['an information page', '/?topic=organization-account'],
  ['a decision tree', '/?topic=downgrade&view=tree'],
];

for (const scheme of ['light', 'dark']) {
  for (const [name, url] of screens) {
    test(`axe: ${name} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url);
      await ready(page);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    });
  }

  test(`axe: an error state (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/?topic=o365-switch');
    await ready(page);
    await page.getByLabel('How many licenses does your entitlement include?').fill('many');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('.error-message')).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
}

test('a topic can be completed with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  // Tab to the KMS topic link and follow it.
  const kms = page.locator('[data-topic-link=kms]');
  for (let i = 0; i < 40 && !(await kms.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(kms).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#page-heading')).toContainText('KMS key');
  await expect(page.locator('#page-heading')).toBeFocused();
  // Tab into the radio group, pick "Yes" with Space, Tab to Continue, Enter.
  const yes = page.getByLabel('Yes');
  for (let i = 0; i < 10 && !(await yes.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(yes).toBeFocused();
  await page.keyboard.press('Space');
  await expect(yes).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Continue' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#result')).toHaveAttribute('data-verdict', 'eligible');
});

test('the focused control is clearly visible', async ({ page }) => {
  await page.goto('/?topic=kms');
  await ready(page);
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  expect(outline).toBe('solid');
});

for (const [name, url] of [['start page', '/'], ['a question', '/?topic=upgrade'], ['a result', '/?topic=sharing&membership=competency&same-organization=yes&licenses-in-use=18446744073709551615&license-cap=1'], ['the planner', '/?topic=activation-planner']]) {
  test(`no horizontal scrolling at 320 px: ${name}`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(url);
    await ready(page);
    if (name === 'the planner') {
      await page.getByLabel('How many activations does the key have?').fill('2');
      await page.getByRole('button', { name: 'Installing on a new or different machine' }).click();
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('at 200% zoom (a 640 px wide layout) a result needs no horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 400 });
  await page.goto('/?topic=toolkit&location-role=associated&location-competency=yes&toolkit-held=no');
  await ready(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the page follows the dark colour scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await ready(page);
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).toBe('rgb(20, 23, 27)');
});
