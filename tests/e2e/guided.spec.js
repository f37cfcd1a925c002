// The guided experience: progress, "Your answers" with Change links, sharing
// and printing a result.
const { test, expect, ready } = require('./fixtures');

const heading = (page) => page.getByRole('heading', { level: 1 });

test('progress reads "Question k of n" with n as known so far', async ({ page }) => {
  await page.goto('/?topic=sharing');
  await ready(page);
  await expect(page.locator('.caption')).toContainText('Sharing licenses between locations');
  await expect(page.locator('.caption__progress')).toHaveText('Question 1 of up to 7');
  await page.getByLabel('An Action Pack subscription').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('.caption__progress')).toHaveText('Question 2 of up to 3');
  await expect(page.locator('.summary')).toContainText('An Action Pack subscription');
});

test('Change returns to a question with its answer chosen and keeps later answers that still apply', async ({ page }) => {
  await page.goto('/?topic=sharing&membership=competency&same-organization=yes&licenses-in-use=30&license-cap=20&demo-training=no&cap-scope=worldwide');
  await expect(page.locator('#result')).toHaveAttribute('data-verdict', 'not-eligible');

  // Change the cap: the in-use count stays.
  await page.locator('[data-answer=license-cap]').getByRole('link', { name: /Change/ }).click();
  await expect(heading(page)).toHaveText('What is the maximum number of these licenses for your organization?');
  await expect(page.getByLabel('What is the maximum number of these licenses for your organization?')).toHaveValue('20');
  await page.getByLabel('What is the maximum number of these licenses for your organization?').fill('40');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#result')).toHaveAttribute('data-verdict', 'eligible');
  await expect(page).toHaveURL(/licenses-in-use=30&license-cap=40$/);

  // Change the first answer: the organization answer still applies and is kept,
  // the numbers no longer apply, and the country is asked.
  await page.locator('[data-answer=membership]').getByRole('link', { name: /Change/ }).click();
  await expect(page.getByLabel('A competency (silver or gold)')).toBeChecked();
  await page.getByLabel('An Action Pack subscription').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(heading(page)).toHaveText('Are both locations in the country of the Action Pack subscription?');
  await expect(page).toHaveURL(/membership=action-pack&same-organization=yes$/);
});

test('Copy link puts the result URL on the clipboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/?topic=kms&volume-licensing=no');
  await page.getByRole('button', { name: 'Copy link to this result' }).click();
  await expect(page.locator('.share__status')).toHaveText('Link copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/?topic=kms&volume-licensing=no`);
});

test('without a clipboard, the link is shown to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
  });
  await page.goto('/?topic=kms&volume-licensing=no');
  await page.getByRole('button', { name: 'Copy link to this result' }).click();
  await expect(page.getByLabel('Copy this link:')).toHaveValue(/\?topic=kms&volume-licensing=no$/);
});

test('when the browser refuses the clipboard, the link is shown to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Clipboard.prototype.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  });
  await page.goto('/?topic=kms&volume-licensing=no');
  await page.getByRole('button', { name: 'Copy link to this result' }).click();
  await expect(page.getByLabel('Copy this link:')).toHaveValue(/\?topic=kms&volume-licensing=no$/);
  await expect(page.locator('.share__status')).not.toContainText('copied');
});

test('printing shows the result, the answers and the FAQ entry on one page', async ({ page }) => {
  await page.goto('/?topic=downgrade&license-source=mpn&new-version-date=2025-03-31&as-of=2026-01-15');
  await ready(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#result')).toBeVisible();
  await expect(page.locator('.summary')).toBeVisible();
  await expect(page.locator('.result__faq')).toBeVisible();
  for (const hidden of ['.back-link', '.share', '.result__follow-up', '.site-header']) {
    await expect(page.locator(hidden)).toBeHidden();
  }
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  expect(pages).toBe(1);
});

test('an error is summarised, announced, and links to the field', async ({ page }) => {
  await page.goto('/?topic=o365-switch');
  await ready(page);
  const field = page.getByLabel('How many licenses does your entitlement include?');
  await field.fill('1,000');
  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('There is a problem');
  await expect(summary).toBeFocused();
  await summary.getByRole('link', { name: 'Enter a whole number of 0 or more, using digits only.' }).click();
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('1,000');
  await expect(page).toHaveURL(/\?topic=o365-switch$/);
});

test('"How this is decided" shows every question, answer and outcome of a topic', async ({ page }) => {
  await page.goto('/?topic=upgrade');
  await ready(page);
  await page.getByRole('link', { name: 'How this is decided' }).click();
  await expect(page).toHaveURL(/\?topic=upgrade&view=tree$/);
  await expect(heading(page)).toHaveText('How this is decided');
  const tree = page.locator('[data-tree=upgrade]');
  await expect(tree.locator('[data-question=existing-os]')).toHaveCount(1);
  await expect(tree.locator('[data-question=install-location]')).toHaveCount(4);
  for (const id of ['qualifying-internal', 'outside-organization', 'home-edition', 'no-license', 'unlisted-edition']) {
    await expect(tree.locator(`[data-outcome=${id}]`).first()).toBeVisible();
  }
  await expect(tree).toContainText('Windows 8 Pro');
  await expect(tree).toContainText('FAQ entry: Licenses › Are the Windows client licenses');
  // Each outcome names the FAQ points its reasons rest on.
  await expect(tree.locator('[data-outcome=home-edition] .points__point').first()).toContainText('Home editions are not a qualifying operating system');
  await page.getByRole('link', { name: 'Answer the questions' }).click();
  await expect(heading(page)).toHaveText('Which Windows license does the computer have now?');
});

test('the tree of a topic with numbers says the numbers decide', async ({ page }) => {
  await page.goto('/?topic=sharing&view=tree');
  await ready(page);
  await expect(page.locator('.tree')).toContainText('Depending on the numbers or dates given, one of:');
  await expect(page.locator('[data-outcome=competency-within-cap]').first()).toBeVisible();
  await expect(page.locator('[data-outcome=competency-over-cap]').first()).toBeVisible();
  // Where the numbers do not decide yet, the questions asked next are drawn too.
  await expect(page.locator('.tree')).toContainText('Where the numbers or dates given do not decide, it asks next:');
  await expect(page.locator('[data-question=cap-scope]')).toHaveCount(1);
  await expect(page.locator('[data-question=licenses-in-country]')).toHaveCount(1);
  await expect(page.locator('[data-outcome=per-country-cap-open]').first()).toHaveAttribute('data-verdict', 'conditional');
});
