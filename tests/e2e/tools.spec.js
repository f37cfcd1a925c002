// The activation planner and the product key check.
const { test, expect, ready } = require('./fixtures');

test('the planner counts a run of installs for both memberships side by side', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByRole('link', { name: 'How many activations will this key have left after our installs?' }).click();
  await page.getByLabel('How many activations does the key have?').fill('3');
  for (const label of [
    'Installing on a new or different machine',
    'Reimaging the same machine, no hardware changed',
    'Installing again on the same machine, no hardware changed',
    'Installing again on the same machine after a hardware change',
    'Reimaging the same machine, no hardware changed',
  ]) {
    await page.getByRole('button', { name: label }).click();
  }
  const rows = page.locator('#plan tbody tr');
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(1).locator('td').nth(0)).toHaveText('Uses none, 2 left');
  await expect(rows.nth(1).locator('td').nth(1)).toHaveText('Uses one, 1 left');
  await expect(rows.nth(3).locator('td').nth(1)).toHaveText('Needs one; none left');
  await expect(page.locator('[data-total=action-pack]')).toHaveText('2 used, 1 left');
  await expect(page.locator('[data-total=competency]')).toHaveText('5 used, 0 left; 2 more needed');
  await expect(page.locator('.advice')).toContainText('grace period');

  await page.getByRole('button', { name: 'Remove install 4' }).click();
  await expect(rows).toHaveCount(4);
  await expect(page.locator('[data-total=competency]')).toHaveText('4 used, 0 left; 1 more needed');

  await page.getByLabel('How many activations does the key have?').fill('lots');
  await expect(page.locator('#activations-error')).toContainText('whole number');
  await expect(page.getByLabel('How many activations does the key have?')).toHaveValue('lots');
  await page.getByLabel('How many activations does the key have?').fill('10');
  await expect(page.locator('[data-total=competency]')).toHaveText('4 used, 6 left');
});

test('the key check leaves no trace of the key and ignores Enter', async ({ page }) => {
  const key = 'ABCDE-12345-FGHIJ-67890-KLMNO';
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/?topic=keys');
  await ready(page);
  const box = page.getByLabel('Product key or token');
  await box.fill(key.slice(0, 11));
  await expect(page.locator('#result')).toHaveAttribute('data-key-format', 'invalid');
  await expect(page.locator('#result')).toContainText('10 letters or digits');
  await box.fill(key);
  await expect(page.locator('#result')).toHaveAttribute('data-key-format', 'valid');
  await expect(page.locator('#result')).toHaveAttribute('data-topic', 'keys');
  const historyLength = await page.evaluate(() => history.length);
  await box.press('Enter');
  await expect(page.locator('#result')).toHaveAttribute('data-key-format', 'valid');
  await box.fill('abcde12345fghij67890klmno');
  await expect(page.locator('#result')).toHaveAttribute('data-key-format', 'valid');
  // Read out, a key is written with spaces: the FAQ names no separator.
  await box.fill('ABCDE 12345 FGHIJ 67890 KLMNO');
  await expect(page.locator('#result')).toHaveAttribute('data-key-format', 'valid');
  await box.fill('ABCDE 12345 FGHIJ 67890KLMNO');
  await expect(page.locator('#result')).toHaveAttribute('data-key-format', 'invalid');
  await expect(page.locator('#result')).toContainText('The groups are split in the wrong places');

  expect(page.url()).toMatch(/\?topic=keys$/);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  const stored = await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }, history.state]));
  for (const fragment of ['ABCDE', 'abcde', '12345']) {
    expect(stored).not.toContain(fragment);
    expect(requests.join(' ')).not.toContain(fragment);
  }
});

test('a product key in a link is refused, not shown, and removed from the address bar', async ({ page }) => {
  await page.goto('/?topic=keys&product-key=ABCDE-12345-FGHIJ-67890-KLMNO');
  await expect(page.locator('#notices')).toContainText('keys are secrets');
  await expect(page.locator('body')).not.toContainText('ABCDE');
  await expect(page).toHaveURL(/\?topic=keys$/);
  await expect(page.getByLabel('Product key or token')).toHaveValue('');
});
