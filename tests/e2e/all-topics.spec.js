// The topics beyond the core four, answered by clicking and typing.
const { test, expect, ready } = require('./fixtures');

const result = (page) => page.locator('#result');
const heading = (page) => page.getByRole('heading', { level: 1 });

async function choose(page, label) {
  await page.getByLabel(label, { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
}

async function type(page, label, text) {
  await page.getByLabel(label).fill(text);
  await page.getByRole('button', { name: 'Continue' }).click();
}

async function openFromStart(page, link, query = '') {
  await page.goto(`/${query}`);
  await ready(page);
  await page.getByRole('link', { name: link }).click();
}

test('sharing: competency licenses up to the cap, and one over', async ({ page }) => {
  await openFromStart(page, 'Can we share these licenses with another location?');
  await choose(page, 'A competency (silver or gold)');
  await choose(page, 'Yes');
  // First what makes the rest moot: no maximum binds these, then which kind it is.
  await expect(heading(page)).toHaveText('Are the licenses you want to share demonstration or training licenses?');
  await choose(page, 'No');
  await expect(heading(page)).toHaveText('Is your maximum for these licenses a worldwide one or a per-country one?');
  await choose(page, 'Worldwide');
  await type(page, 'How many of these licenses would be in use across your organization after sharing?', '250');
  await type(page, 'What is the maximum number of these licenses for your organization?', '250');
  await expect(result(page)).toHaveAttribute('data-topic', 'sharing');
  await expect(result(page)).toHaveAttribute('data-verdict', 'eligible');
  await expect(result(page).locator('.verdict')).toHaveText('Yes, within your maximum');
  await expect(result(page)).toContainText('250 licenses in use against a maximum of 250: 0 to spare.');

  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page.getByLabel('What is the maximum number of these licenses for your organization?')).toHaveValue('250');
  await type(page, 'What is the maximum number of these licenses for your organization?', '249');
  await expect(result(page)).toHaveAttribute('data-verdict', 'not-eligible');
  await expect(result(page)).toHaveAttribute('data-outcome', 'competency-over-cap');
  await expect(result(page).locator('.verdict')).toHaveText('No: it would go over your maximum');
  await expect(result(page)).toContainText('1 over it');
});

test('sharing: over a per-country cap only across the organization depends; over it in the country is a no', async ({ page }) => {
  await openFromStart(page, 'Can we share these licenses with another location?');
  await choose(page, 'A competency (silver or gold)');
  await choose(page, 'Yes');
  await choose(page, 'No');
  await choose(page, 'Per country');
  await type(page, 'How many of these licenses would be in use across your organization after sharing?', '120');
  await type(page, 'What is the maximum number of these licenses for your organization?', '100');
  await type(page, 'How many of these licenses would be in use in that country alone after sharing?', '60');
  await expect(result(page)).toHaveAttribute('data-verdict', 'conditional');
  await expect(result(page)).toHaveAttribute('data-outcome', 'per-country-cap-open');
  await expect(result(page).locator('.verdict')).toHaveText('It depends on what the per-country maximum counts');
  await expect(result(page)).toContainText('120 licenses in use against a maximum of 100: 20 over it.');
  await expect(result(page)).toContainText('60 licenses in use in that country against a maximum of 100: 40 to spare.');
  await expect(result(page).locator('.result__decider')).toContainText('Regional Service Center');
  await expect(result(page)).toContainText('What this answer does not cover');
  await expect(page).toHaveURL(/demo-training=no&cap-scope=per-country&licenses-in-use=120&license-cap=100&licenses-in-country=60$/);

  await page.getByRole('link', { name: 'Back' }).click();
  await type(page, 'How many of these licenses would be in use in that country alone after sharing?', '101');
  await expect(result(page)).toHaveAttribute('data-verdict', 'not-eligible');
  await expect(result(page)).toHaveAttribute('data-outcome', 'competency-over-country-cap');
});

test('sharing: demonstration and training licenses are not bound to the cap, and no count is asked', async ({ page }) => {
  await page.goto('/?topic=sharing&membership=competency&same-organization=yes');
  await ready(page);
  await choose(page, 'Yes');
  await expect(result(page)).toHaveAttribute('data-verdict', 'eligible');
  await expect(result(page)).toHaveAttribute('data-outcome', 'uncapped-licenses');
  await expect(page).not.toHaveURL(/licenses-in-use/);
});

test('sharing: a location of the same company not yet associated', async ({ page }) => {
  await page.goto('/?topic=sharing');
  await ready(page);
  await choose(page, 'An Action Pack subscription');
  await choose(page, 'Part of our company, but not associated with our headquarters');
  // Not until it is associated, in the subscribing country or not: the country is not asked.
  await expect(result(page)).toHaveAttribute('data-verdict', 'not-eligible');
  await expect(result(page)).toHaveAttribute('data-outcome', 'action-pack-not-associated action-pack-other-country');
  await expect(result(page).locator('.verdict').first()).toHaveText('No');
  await page.goto('/?topic=sharing&membership=action-pack&same-organization=same-company&same-country=yes');
  await ready(page);
  await expect(result(page)).toHaveAttribute('data-outcome', 'action-pack-not-associated');
  await expect(result(page).locator('.verdict')).toHaveText('Not until it is associated, as we read the FAQ');
  await page.locator('[data-answer=membership]').getByRole('link', { name: /Change/ }).click();
  await choose(page, 'A competency (silver or gold)');
  await expect(result(page)).toHaveAttribute('data-verdict', 'not-eligible');
  await expect(result(page)).toHaveAttribute('data-outcome', 'competency-not-associated');
});

test('sharing: Action Pack licenses are not asked about the cap', async ({ page }) => {
  await page.goto('/?topic=sharing');
  await ready(page);
  await choose(page, 'An Action Pack subscription');
  await choose(page, 'Yes');
  await expect(heading(page)).toHaveText('Are both locations in the country of the Action Pack subscription?');
  await choose(page, 'No');
  await expect(result(page)).toHaveAttribute('data-verdict', 'not-eligible');
});

test('a rejected number keeps what was typed and says what to enter', async ({ page }) => {
  await page.goto('/?topic=o365-switch');
  await ready(page);
  const field = page.getByLabel('How many licenses does your entitlement include?');
  for (const bad of ['-3', '12.5', 'twelve', '99999999999999999999999999999999999999']) {
    await field.fill(bad);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('.error-message')).toBeVisible();
    await expect(field).toHaveValue(bad);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveURL(/\?topic=o365-switch$/);
  }
  await expect(page.locator('.error-message')).toContainText('too large');
  await field.fill('10');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(heading(page)).toHaveText('How many users will use the on-premises licenses?');
});

test('o365-switch: moving users within the entitlement', async ({ page }) => {
  await openFromStart(page, 'Can we move users between on-premises licenses and Office 365?');
  await type(page, 'How many licenses does your entitlement include?', '50');
  await type(page, 'How many users will use the on-premises licenses?', '20');
  await type(page, 'How many users will use Office 365?', '30');
  await expect(result(page)).toHaveAttribute('data-verdict', 'eligible');
  await expect(page).toHaveURL(/entitlement=50&on-prem-users=20&cloud-users=30$/);
});

test('o365-switch: users over the entitlement covered by the licenses bought', async ({ page }) => {
  await openFromStart(page, 'Can we move users between on-premises licenses and Office 365?');
  await type(page, 'How many licenses does your entitlement include?', '100');
  await type(page, 'How many users will use the on-premises licenses?', '80');
  await type(page, 'How many users will use Office 365?', '40');
  await type(page, 'How many of these users are covered by CALs or online seats your organization bought?', '20');
  await expect(result(page)).toHaveAttribute('data-verdict', 'eligible');
  await expect(result(page)).toHaveAttribute('data-outcome', 'covered-by-purchases');
  await expect(result(page)).toContainText('100 users not covered by licenses you bought against a maximum of 100: 0 to spare.');
  await expect(page).toHaveURL(/cloud-users=40&covered-by-purchases=20$/);

  await page.getByRole('link', { name: 'Back' }).click();
  await type(page, 'How many of these users are covered by CALs or online seats your organization bought?', '19');
  await expect(result(page)).toHaveAttribute('data-verdict', 'not-eligible');
  await expect(result(page)).toHaveAttribute('data-outcome', 'over-entitlement');
});

test('toolkit: a location whose earlier Toolkit has ended gets “It depends”, and who settles it', async ({ page }) => {
  await openFromStart(page, 'May this location buy an Additional Benefit Toolkit?');
  await choose(page, 'A location associated with the headquarters');
  await choose(page, 'Yes');
  await choose(page, 'Yes');
  await expect(heading(page)).toHaveText('Are those Toolkit benefits still in force?');
  await choose(page, 'No');
  await expect(result(page)).toHaveAttribute('data-verdict', 'conditional');
  await expect(result(page)).toHaveAttribute('data-outcome', 'earlier-set-ended');
  await expect(result(page).locator('.result__decider')).toContainText('Regional Service Center');

  await page.getByRole('link', { name: 'Back' }).click();
  await choose(page, 'Yes');
  await expect(result(page)).toHaveAttribute('data-verdict', 'not-eligible');
  await expect(result(page)).toHaveAttribute('data-outcome', 'already-held');
  await expect(result(page)).toContainText('What this answer does not cover');
});

test('o365-mix: kiosk seats share the tenant, other plans do not', async ({ page }) => {
  await openFromStart(page, 'Can our purchased Office 365 seats share the tenant with our earned E3 seats?');
  await choose(page, 'Kiosk (K) plans');
  await expect(result(page)).toHaveAttribute('data-topic', 'o365-mix');
  await expect(result(page)).toHaveAttribute('data-verdict', 'eligible');
  await page.getByRole('link', { name: 'Back' }).click();
  await choose(page, 'Another plan');
  await expect(result(page)).toHaveAttribute('data-verdict', 'not-eligible');
});

test('msdn: a granted subscription for client work is refused', async ({ page }) => {
  await openFromStart(page, 'May we use our MSDN subscription for this work?');
  await choose(page, 'Granted through the partner network');
  await choose(page, 'Work for a specific client');
  await expect(result(page)).toHaveAttribute('data-topic', 'msdn');
  await expect(result(page)).toHaveAttribute('data-verdict', 'not-eligible');
});

test('activation: a reimage on an Action Pack key is free; competency keys always count', async ({ page }) => {
  await openFromStart(page, 'Can we activate this install without using up an activation?');
  await choose(page, 'An Action Pack subscription');
  await choose(page, 'Reimaging the same machine, no hardware changed');
  await expect(result(page)).toHaveAttribute('data-verdict', 'eligible');
  await expect(result(page)).toHaveAttribute('data-consumes', 'false');

  await page.goto('/?topic=activation');
  await ready(page);
  await choose(page, 'A competency (silver or gold)');
  await expect(result(page)).toHaveAttribute('data-consumes', 'true');
  await expect(result(page)).toContainText('rearm');
});

test('cloud-tokens: use rights through the end of the enrollment year', async ({ page }) => {
  await openFromStart(page, 'Until when can we use our cloud services benefits?', '?as-of=2026-06-30');
  await type(page, 'When does your program enrollment year end?', '2026-06-30');
  // Renewing changes what to do next, not the verdict: not asked, both ways shown.
  await expect(result(page)).toHaveAttribute('data-topic', 'cloud-tokens');
  await expect(result(page)).toHaveAttribute('data-verdict', 'eligible');
  await expect(result(page)).toHaveAttribute('data-outcome', 'in-force-renewing in-force-not-renewing');
  await expect(result(page)).toHaveAttribute('data-use-rights-end', '2026-06-30');
  await expect(result(page)).toContainText('As of 30 June 2026, it is the last day');
  await expect(result(page)).not.toContainText('today is');
  await expect(page.locator('[data-branch=in-force-not-renewing]')).toContainText('Volume Licensing');
  await expect(page.locator('#not-asked')).toContainText('Does your organization mean to renew its subscription or membership?');
});

test('the Organization Account page is reachable from the start page', async ({ page }) => {
  await openFromStart(page, 'What is a Microsoft Organization Account, and when is it created?');
  await expect(page.locator('[data-page=organization-account]')).toContainText('It is created the first time your organization signs up');
  await expect(page.locator('[data-page=organization-account]')).toContainText('Cloud services › What is a Microsoft Organization Account?');
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(heading(page)).toHaveText('What do your partner licensing benefits allow?');
});

test('the start page groups every topic under the FAQ sections', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const sections = page.locator('.topics');
  await expect(sections.locator('h2')).toHaveText(['Licenses', 'Product keys and tokens', 'Cloud services']);
  const expected = {
    Licenses: ['sharing', 'downgrade', 'toolkit', 'msdn', 'upgrade'],
    'Product keys and tokens': ['activation', 'kms', 'cloud-tokens', 'activation-planner', 'keys'],
    'Cloud services': ['o365-mix', 'o365-switch', 'organization-account'],
  };
  for (const [title, ids] of Object.entries(expected)) {
    const section = sections.filter({ has: page.getByRole('heading', { name: title }) });
    const links = section.locator('[data-topic-link]');
    await expect(links).toHaveCount(ids.length);
    for (const [i, id] of ids.entries()) {
      await expect(links.nth(i)).toHaveAttribute('data-topic-link', id);
    }
    await expect(section.locator('.topics__summary')).toHaveCount(ids.length);
  }
});
