// WCAG 2.2 AA checks with axe-core in real Chromium, in light and dark
// schemes; keyboard-only use; narrow screens.
const AxeBuilder = require('@axe-core/playwright').default;
const { test, expect, ready, focusOn: tabTo } = require('./fixtures');

const screens = [
  ['start page', '/'],
  ['a choice question', '/?topic=upgrade'],
  ['a number question', '/?topic=o365-switch'],
  ['a date question', '/?topic=cloud-tokens'],
  ['a question with the answers summary', '/?topic=toolkit&location-role=associated'],
  ['a result', '/?topic=downgrade&license-source=mpn&new-version-date=2025-03-31&as-of=2026-01-15'],
  ['a question a reader may not know the answer to', '/?topic=sharing&membership=competency&same-organization=yes&demo-training=no'],
  ['an It depends for a fact not known yet', '/?topic=sharing&membership=competency&same-organization=yes&demo-training=no&cap-scope=not-sure&licenses-in-use=210&license-cap=200'],
  ['a result with links onward', '/?topic=kms&volume-licensing=no'],
  ['a result with a notice', '/?topic=kms&volume-licensing=yes&colour=blue'],
  ['a conditional result with its limits', '/?topic=sharing&membership=competency&same-organization=yes&licenses-in-use=120&license-cap=100&demo-training=no&cap-scope=per-country&licenses-in-country=60'],
  ['a settled result', '/?topic=upgrade&install-location=external'],
  ['the activation planner', '/?topic=activation-planner'],
  ['the key check', '/?topic=keys'],
  ['an information page', '/?topic=organization-account'],
  ['a decision tree', '/?topic=downgrade&view=tree'],
  ['a decision tree with questions after numbers', '/?topic=sharing&view=tree'],
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

  test(`axe: your checks, empty, listed, and asking before it removes them all (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const axe = async () => {
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    };
    await page.goto('/?topic=checks');
    await ready(page);
    await expect(page.getByText('No checks are listed.')).toBeVisible();
    await axe();
    for (const link of ['/?topic=kms&volume-licensing=no', '/?topic=downgrade&license-source=mpn&new-version-date=2025-03-31&as-of=2026-01-15', '/?topic=upgrade&install-location=external']) {
      await page.goto(link);
      await ready(page);
      await expect(page.locator('#result')).toBeVisible();
    }
    await page.goto('/?topic=checks');
    await ready(page);
    await expect(page.locator('#checks > li')).toHaveCount(3);
    await axe();
    await page.getByRole('button', { name: 'Remove all checks' }).click();
    await expect(page.getByRole('button', { name: 'Remove them all' })).toBeFocused();
    await axe();
  });

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

test('keyboard alone: complete a topic, change an answer, reload and resume, clear saved answers', async ({ page }) => {
  const focusOn = (locator) => tabTo(page, locator);
  // A radio group is one Tab stop: Tab into it, then arrows move and select;
  // Space selects the radio that has focus.
  const choose = async (label) => {
    const target = page.getByLabel(label, { exact: true });
    const name = await target.getAttribute('name');
    for (let i = 0; i < 60 && !(await page.evaluate((n) => document.activeElement?.name === n, name)); i++) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Space');
    for (let i = 0; i < 10 && !(await target.isChecked()); i++) {
      await page.keyboard.press('ArrowDown');
    }
    await expect(target).toBeChecked();
    await expect(target).toBeFocused();
  };
  await page.goto('/');
  await ready(page);

  // Complete the toolkit topic: Tab to the link, Enter; radios by Space; Enter on Continue.
  await focusOn(page.locator('[data-topic-link=toolkit]'));
  await page.keyboard.press('Enter');
  await expect(page.locator('#page-heading')).toBeFocused();
  for (const label of ['A location associated with the headquarters', 'Yes', 'No']) {
    // Each new screen moves focus to its heading once drawn: Tab from there.
    await expect(page.locator('#page-heading')).toBeFocused();
    await choose(label);
    await focusOn(page.getByRole('button', { name: 'Continue' }));
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('#result')).toHaveAttribute('data-verdict', 'eligible');

  // Change the last answer from the summary.
  await focusOn(page.locator('[data-answer=toolkit-held] a'));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('No', { exact: true })).toBeChecked();
  await focusOn(page.getByLabel('No', { exact: true }));
  await page.keyboard.press('ArrowUp');
  await expect(page.getByLabel('Yes', { exact: true })).toBeChecked();
  await expect(page.getByLabel('Yes', { exact: true })).toBeFocused();
  await focusOn(page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');
  // A location that has had Toolkit benefits: are they still in force?
  await expect(page.locator('#page-heading')).toHaveText('Are those Toolkit benefits still in force?');
  await expect(page.locator('#page-heading')).toBeFocused();
  await choose('Yes');
  await focusOn(page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('#result')).toHaveAttribute('data-verdict', 'not-eligible');

  // Go back a step, reload mid-way, and resume from the start page.
  await focusOn(page.getByRole('link', { name: 'Back' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('#page-heading')).toContainText('Toolkit benefits still in force');
  await page.reload();
  await expect(page.locator('#page-heading')).toContainText('Toolkit benefits still in force');
  await page.goto('/');
  await ready(page);
  await focusOn(page.locator('#saved [data-topic-link=toolkit]'));
  await page.keyboard.press('Enter');
  await expect(page.locator('#page-heading')).toContainText('Toolkit benefits still in force');
  await expect(page.locator('[data-answer=location-competency]')).toContainText('Yes');

  // Clear the saved answers.
  await page.goto('/');
  await ready(page);
  await focusOn(page.getByRole('button', { name: 'Clear saved answers' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('#saved')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('licensing-check.progress'))).toBeNull();
});

test('the focused control is clearly visible', async ({ page }) => {
  await page.goto('/?topic=kms');
  await ready(page);
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  expect(outline).toBe('solid');
});

for (const [name, url] of [['start page', '/'], ['your checks', '/?topic=checks'], ['a question', '/?topic=upgrade'], ['a result', '/?topic=sharing&membership=competency&same-organization=yes&licenses-in-use=18446744073709551615&license-cap=1&demo-training=no&cap-scope=per-country&licenses-in-country=0'], ['the planner', '/?topic=activation-planner']]) {
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
