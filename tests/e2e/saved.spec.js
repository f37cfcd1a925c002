// Saved progress: answers survive a closed tab; broken or blocked storage
// never stops the app, and the user is told what happened.
const { test, expect, ready } = require('./fixtures');

const KEY = 'licensing-check.progress';
const heading = (page) => page.getByRole('heading', { level: 1 });

test('answers survive a new visit, and the user resumes where they left off', async ({ page }) => {
  await page.goto('/?topic=toolkit');
  await ready(page);
  await page.getByLabel('A location associated with the headquarters').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(heading(page)).toContainText('competency of its own');
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe('v1\n?topic=toolkit&location-role=associated');

  // A new visit, as after closing the tab.
  await page.goto('/');
  await ready(page);
  const saved = page.locator('#saved');
  await expect(saved).toContainText('Continue where you left off');
  await expect(saved).toContainText('1 answer saved');
  await saved.getByRole('link', { name: 'May this location buy an Additional Benefit Toolkit?' }).click();
  await expect(heading(page)).toContainText('competency of its own');

  // A reload mid-way keeps the screen too.
  await page.reload();
  await expect(heading(page)).toContainText('competency of its own');
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page.getByLabel('A location associated with the headquarters')).toBeChecked();
});

test('clearing saved answers forgets them here and in storage', async ({ page }) => {
  await page.goto('/?topic=kms&volume-licensing=yes');
  await expect(page.locator('#result')).toHaveAttribute('data-verdict', 'eligible');
  await page.goto('/');
  await ready(page);
  await page.getByRole('button', { name: 'Clear saved answers' }).click();
  await expect(page.locator('#saved')).toHaveCount(0);
  await expect(page.locator('#notices')).toContainText('cleared');
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
  await page.reload();
  await ready(page);
  await expect(page.locator('#saved')).toHaveCount(0);
});

test("a deep link's answers win over saved ones", async ({ page }) => {
  await page.addInitScript((k) => localStorage.setItem(k, 'v1\n?topic=kms&volume-licensing=yes'), KEY);
  await page.goto('/?topic=kms&volume-licensing=no');
  await expect(page.locator('#result')).toHaveAttribute('data-verdict', 'not-eligible');
});

for (const [what, stored, words] of [
  ['invalid JSON', '{"v": 1, "answers": [', 'could not be read'],
  ['an unknown version', 'v7\n?topic=kms&volume-licensing=yes', 'another version'],
  ['a value of the wrong shape', 'v1\n?topic=kms&volume-licensing=perhaps&colour=blue', 'could not be read'],
]) {
  test(`saved answers with ${what} are discarded with a notice`, async ({ page }) => {
    await page.addInitScript(
      ([k, v]) => {
        if (!sessionStorage.getItem('seeded')) {
          sessionStorage.setItem('seeded', '1');
          localStorage.setItem(k, v);
        }
      },
      [KEY, stored],
    );
    await page.goto('/');
    await ready(page);
    await expect(page.locator('#notices')).toContainText(words);
    await expect(page.locator('#saved')).toHaveCount(0);
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
    // And the app works.
    await page.locator('[data-topic-link=kms]').click();
    await page.getByLabel('Yes').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('#result')).toHaveAttribute('data-verdict', 'eligible');
  });
}

test('with storage that throws, the app works without saving and says so once', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('/');
  await ready(page);
  await page.locator('[data-topic-link=toolkit]').click();
  await page.getByLabel('The headquarters', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#result')).toHaveAttribute('data-verdict', 'not-eligible');
  await expect(page.locator('#notices')).toContainText('cannot be saved');
  // Said once: the next answers bring no repeat.
  await page.getByRole('link', { name: 'Back' }).click();
  await page.getByLabel('A location not linked to a headquarters').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#result')).toHaveAttribute('data-outcome', 'not-associated');
  await expect(page.locator('#notices')).toHaveCount(0);
});

test('with storage that is full, the app works without saving and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  });
  await page.goto('/?topic=kms');
  await ready(page);
  await page.getByLabel('No', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#result')).toHaveAttribute('data-verdict', 'not-eligible');
  await expect(page.locator('#notices')).toContainText('cannot be saved');
});
