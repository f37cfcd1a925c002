// History and the in-page Back link move between questions; Start again resets.
const { test, expect, ready } = require('./fixtures');

const heading = (page) => page.getByRole('heading', { level: 1 });

test('the browser Back and Forward buttons move between questions', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByRole('link', { name: 'May this location buy an Additional Benefit Toolkit?' }).click();
  await page.getByLabel('A location associated with the headquarters').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Yes').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(heading(page)).toContainText('ever had a set of Toolkit benefits');

  await page.goBack();
  await expect(heading(page)).toContainText('competency of its own');
  await expect(page.getByLabel('Yes'), 'the earlier answer is still chosen').toBeChecked();
  await page.goBack();
  await expect(heading(page)).toContainText("place in your partner organization");
  await expect(page.getByLabel('A location associated with the headquarters')).toBeChecked();
  await page.goBack();
  await expect(heading(page)).toHaveText('What do your partner licensing benefits allow?');

  await page.goForward();
  await page.goForward();
  await expect(heading(page)).toContainText('competency of its own');
});

test('Back on a result returns to the last question with its answer chosen', async ({ page }) => {
  await page.goto('/?topic=upgrade&existing-os=8-pro&install-location=internal');
  await expect(page.locator('#result')).toHaveAttribute('data-verdict', 'eligible');
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(heading(page)).toHaveText("Is the computer one of your organization's own?");
  await expect(page.getByLabel("Yes, one of our organization's computers")).toBeChecked();
  await page.getByLabel('No, a computer outside our organization').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#result')).toHaveAttribute('data-verdict', 'not-eligible');
});

test('Start again returns to the topics', async ({ page }) => {
  await page.goto('/?topic=kms&volume-licensing=yes');
  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(heading(page)).toHaveText('What do your partner licensing benefits allow?');
  await expect(page).toHaveURL(/\/$/);
});

test('the heading of each new screen takes focus', async ({ page }) => {
  await page.goto('/?topic=kms');
  await ready(page);
  await page.getByLabel('Yes').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#page-heading')).toBeFocused();
});

test('the page says what it is and which FAQ revision it follows', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const footer = page.locator('footer');
  await expect(footer).toContainText('independent aid');
  await expect(footer).toContainText('not legal advice');
  await expect(footer).toContainText('not affiliated');
  await expect(footer).toContainText('revision 9956fd733dfac895');
});

test('the site title goes home and keeps saved answers and page settings', async ({ page }) => {
  await page.goto('/?topic=kms&as-of=2026-01-01');
  await ready(page);
  await page.getByLabel('Yes').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('link', { name: 'Partner licensing check' }).click();
  await expect(heading(page)).toHaveText('What do your partner licensing benefits allow?');
  await expect(page).toHaveURL(/\?as-of=2026-01-01$/);
  await expect(page.locator('#saved')).toContainText('Can I get a Key Management Service (KMS) key?');
});
