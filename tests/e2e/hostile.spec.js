// Hostile and mangled links: for each, the app starts, names what it ignored,
// runs no injected script, logs no error (see fixtures.js) and stays usable.
const { test, expect, ready } = require('./fixtures');

const { START, cases } = require('./hostile-links');

for (const [what, query, screen, words] of cases) {
  test(`hostile link: ${what}`, async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => { dialogs += 1; return d.dismiss(); });
    await page.goto(`/${query}`);
    await ready(page);

    const notices = page.locator('#notices');
    for (const w of words) await expect(notices).toContainText(w);
    // The notice is short enough to read, however long the link.
    expect((await notices.textContent()).length).toBeLessThan(6000);
    await expect(page.locator('#notices img, #notices svg, #notices script, #notices b')).toHaveCount(0);

    const heading = page.getByRole('heading', { level: 1 });
    if (screen === 'start') {
      await expect(heading).toHaveText(START);
      await page.locator('[data-topic-link=kms]').click();
      await expect(heading).toContainText('KMS key');
    } else if (screen === 'question') {
      await expect(page.locator('[data-question]')).toHaveCount(1);
      await page.getByRole('link', { name: 'Back' }).click();
      await expect(page.locator('#page-heading')).toBeVisible();
    } else {
      await expect(page.locator('#result')).toHaveAttribute('data-verdict', /.+/);
      await page.getByRole('button', { name: 'Start again' }).click();
      await expect(heading).toHaveText(START);
    }
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(dialogs).toBe(0);
  });
}
