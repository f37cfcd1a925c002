// Each topic answered by clicking labelled controls, as a person would.
const { test, expect, ready, answer } = require('./fixtures');

const result = (page) => page.locator('#result');

test('upgrade: a Windows 8 Pro computer inside the organization is eligible', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByRole('link', { name: 'Can I use these Windows licenses on this computer?' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which Windows license does the computer have now?');
  await answer(page, 'Windows 8 Pro');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Is the computer one of your organization's own?");
  await answer(page, "Yes, one of our organization's computers");
  await expect(result(page)).toHaveAttribute('data-topic', 'upgrade');
  await expect(result(page)).toHaveAttribute('data-verdict', 'eligible');
  await expect(result(page)).toContainText('Licenses › Are the Windows client licenses granted');
  await expect(page).toHaveURL(/\?topic=upgrade&existing-os=8-pro&install-location=internal$/);
});

test('upgrade: a home edition is refused without asking where the computer is', async ({ page }) => {
  await page.goto('/?topic=upgrade');
  await ready(page);
  await answer(page, 'A home edition of Windows');
  await expect(result(page)).toHaveAttribute('data-verdict', 'not-eligible');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('home edition does not qualify');
});

test('toolkit: an associated location with its own competency may buy one', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByRole('link', { name: 'May this location buy an Additional Benefit Toolkit?' }).click();
  await answer(page, 'A location associated with the headquarters');
  await answer(page, 'Yes');
  await answer(page, 'No');
  await expect(result(page)).toHaveAttribute('data-topic', 'toolkit');
  await expect(result(page)).toHaveAttribute('data-verdict', 'eligible');
  await expect(result(page)).toContainText('Competency License table');
});

test('toolkit: the headquarters is refused at once', async ({ page }) => {
  await page.goto('/?topic=toolkit');
  await ready(page);
  await answer(page, 'The headquarters');
  await expect(result(page)).toHaveAttribute('data-verdict', 'not-eligible');
});

test('downgrade: no downgrade rights, then the 12-month window from a date', async ({ page }) => {
  await page.goto('/?as-of=2026-11-28');
  await ready(page);
  await page.getByRole('link', { name: 'Do I have downgrade rights?' }).click();
  await answer(page, 'Through the partner network');
  await expect(result(page)).toHaveAttribute('data-topic', 'downgrade');
  await expect(result(page)).toHaveAttribute('data-verdict', 'not-eligible');
  await expect(result(page)).not.toHaveAttribute('data-upgrade-deadline', /.*/);

  await page.getByLabel('When was the latest version offered through the partner network?').fill('2025-11-28');
  await page.getByRole('button', { name: 'Show my deadline' }).click();
  await expect(result(page)).toHaveAttribute('data-upgrade-deadline', '2026-11-28');
  await expect(result(page)).toHaveAttribute('data-upgrade-window', 'open');
  await expect(result(page)).toContainText('As of 28 November 2026, it is the last day');
  await expect(page).toHaveURL(/license-source=mpn&new-version-date=2025-11-28&as-of=2026-11-28$/);

  await page.getByLabel('When was the latest version offered through the partner network?').fill('2025-11-27');
  await page.getByRole('button', { name: 'Show my deadline' }).click();
  await expect(result(page)).toHaveAttribute('data-upgrade-window', 'closed');
});

test('downgrade: MSDN benefits depend on the subscription terms', async ({ page }) => {
  await page.goto('/?topic=downgrade');
  await ready(page);
  await answer(page, 'As MSDN benefits received through the partner network');
  await expect(result(page)).toHaveAttribute('data-verdict', 'conditional');
  await expect(result(page)).toContainText('What decides:');
});

test('kms: no Volume Licensing agreement means no KMS key', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByRole('link', { name: 'Can I get a Key Management Service (KMS) key?' }).click();
  await answer(page, 'No');
  await expect(result(page)).toHaveAttribute('data-topic', 'kms');
  await expect(result(page)).toHaveAttribute('data-verdict', 'not-eligible');
  await expect(result(page)).toContainText('no exceptions');
});

test('Continue without an answer says what to do and stays put', async ({ page }) => {
  await page.goto('/?topic=kms');
  await ready(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('.error-message')).toHaveText('Error: Select one of the answers.');
  await expect(page).toHaveURL(/\?topic=kms$/);
});

test('asking for the deadline without a date says what to enter', async ({ page }) => {
  await page.goto('/?topic=downgrade&license-source=mpn');
  await ready(page);
  await page.getByRole('button', { name: 'Show my deadline' }).click();
  await expect(page.locator('.error-message')).toContainText('Enter a date');
  await expect(result(page)).toHaveAttribute('data-verdict', 'not-eligible');
});
