// Dates that stay true: a link's as-of is shown and can be left for today,
// "today" is read again when the day changes under an open page, and a clock
// the page cannot use is said so, never replaced by a made-up day.
const { test, expect, ready } = require('./fixtures');

test.use({ timezoneId: 'UTC' });

const result = (page) => page.locator('#result');
const endsToday = '/?topic=cloud-tokens&enrollment-end=2026-06-30&renewing=no';

test('an as-of date is named on the screen, never called today, and can be left for today', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-07-15T10:00:00Z'));
  await page.goto(`${endsToday}&as-of=2026-06-30`);
  await ready(page);
  await expect(result(page)).toHaveAttribute('data-verdict', 'eligible');
  const note = page.locator('#as-of-note');
  await expect(note).toContainText("worked out as of 30 June 2026, the day set for this page, not today's date");
  await expect(result(page)).toContainText('As of 30 June 2026, it is the last day');
  await expect(page.locator('#main')).not.toContainText(/\btoday is\b/);
  // The question screens of a dated topic carry the note too.
  await page.goto('/?topic=cloud-tokens&as-of=2026-06-30');
  await ready(page);
  await expect(page.locator('#as-of-note')).toBeVisible();
  await page.goto(`${endsToday}&as-of=2026-06-30`);
  await ready(page);
  await page.locator('#use-today').click();
  await expect(page).toHaveURL(/enrollment-end=2026-06-30&renewing=no$/);
  await expect(page.locator('#as-of-note')).toHaveCount(0);
  await expect(result(page)).toHaveAttribute('data-verdict', 'not-eligible');
  await expect(result(page)).toContainText('As of 15 July 2026, they ended 15 days before');
});

test('an as-of date that is today is named without calling it another day, and offers no way back', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-06-30T10:00:00Z'));
  await page.goto(`${endsToday}&as-of=2026-06-30`);
  await ready(page);
  const note = page.locator('#as-of-note');
  await expect(note).toHaveText('Dates here are worked out as of 30 June 2026, the day set for this page.');
  await expect(page.locator('#use-today')).toHaveCount(0);
});

test('an undated topic shows no date note, as-of or not', async ({ page }) => {
  await page.goto('/?topic=kms&volume-licensing=no&as-of=2026-06-30');
  await ready(page);
  await expect(result(page)).toHaveAttribute('data-verdict', 'not-eligible');
  await expect(page.locator('#as-of-note')).toHaveCount(0);
});

test('past midnight, an open result is worked out again for the new day', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-06-30T23:59:30Z') });
  await page.goto(endsToday);
  await ready(page);
  await expect(result(page)).toHaveAttribute('data-verdict', 'eligible');
  await expect(result(page)).toContainText('As of 30 June 2026, it is the last day');
  await page.clock.runFor(60_000);
  await expect(result(page)).toHaveAttribute('data-verdict', 'not-eligible');
  await expect(result(page)).toContainText('As of 1 July 2026, they ended the day before');
});

test('a new version date after the day worked from is named as not reached yet', async ({ page }) => {
  await page.goto('/?topic=downgrade&license-source=mpn&new-version-date=2027-03-01&as-of=2026-06-30');
  await ready(page);
  await expect(result(page)).toHaveAttribute('data-outcome', 'partner-network-not-offered-yet');
  await expect(result(page)).toHaveAttribute('data-upgrade-deadline', '2028-03-01');
  await expect(result(page)).toContainText('as of that day the version is not offered yet');
  await expect(result(page)).not.toContainText('days are left');
});

test('a clock the page cannot use is said so, and a day to count from can be given', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2500-01-01T12:00:00Z'));
  await page.goto(endsToday);
  await ready(page);
  await expect(page.locator('#clock-problem')).toBeVisible();
  await expect(page.locator('#main')).toContainText('clock gives no date this page can use');
  await expect(page.locator('#main')).not.toContainText('1970');
  await expect(result(page)).toHaveCount(0);
  await page.getByLabel('Which day should dates be worked out from?').fill('2026-06-30');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/as-of=2026-06-30/);
  await expect(result(page)).toHaveAttribute('data-verdict', 'eligible');
  await expect(page.locator('#as-of-note')).toBeVisible();
  // Topics without dates are not held up by the clock.
  await page.goto('/?topic=kms&volume-licensing=yes');
  await ready(page);
  await expect(result(page)).toHaveAttribute('data-verdict', 'eligible');
});
