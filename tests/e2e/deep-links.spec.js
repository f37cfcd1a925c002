// Every deep link of the contract for the core topics opens the right result.
const { test, expect } = require('./fixtures');

const results = [
  ['topic=upgrade&existing-os=xp-professional&install-location=internal', { topic: 'upgrade', verdict: 'eligible' }],
  ['topic=upgrade&existing-os=vista-business&install-location=internal', { topic: 'upgrade', verdict: 'eligible' }],
  ['topic=upgrade&existing-os=7-professional&install-location=internal', { topic: 'upgrade', verdict: 'eligible' }],
  ['topic=upgrade&existing-os=8-pro&install-location=internal', { topic: 'upgrade', verdict: 'eligible' }],
  ['topic=upgrade&existing-os=8-pro&install-location=external', { topic: 'upgrade', verdict: 'not-eligible' }],
  ['topic=upgrade&existing-os=home', { topic: 'upgrade', verdict: 'not-eligible' }],
  ['topic=upgrade&existing-os=home&install-location=internal', { topic: 'upgrade', verdict: 'not-eligible' }],
  ['topic=upgrade&existing-os=none', { topic: 'upgrade', verdict: 'not-eligible' }],
  ['topic=upgrade&existing-os=other&install-location=internal', { topic: 'upgrade', verdict: 'conditional' }],
  ['topic=upgrade&existing-os=other&install-location=external', { topic: 'upgrade', verdict: 'not-eligible' }],
  ['topic=toolkit&location-role=headquarters', { topic: 'toolkit', verdict: 'not-eligible' }],
  ['topic=toolkit&location-role=unlinked', { topic: 'toolkit', verdict: 'not-eligible' }],
  ['topic=toolkit&location-role=associated&location-competency=no', { topic: 'toolkit', verdict: 'not-eligible' }],
  ['topic=toolkit&location-role=associated&location-competency=yes&toolkit-held=yes', { topic: 'toolkit', verdict: 'not-eligible' }],
  ['topic=toolkit&location-role=associated&location-competency=yes&toolkit-held=no', { topic: 'toolkit', verdict: 'eligible' }],
  ['topic=downgrade&license-source=mpn', { topic: 'downgrade', verdict: 'not-eligible' }],
  ['topic=downgrade&license-source=learning-training', { topic: 'downgrade', verdict: 'conditional' }],
  ['topic=downgrade&license-source=msdn', { topic: 'downgrade', verdict: 'conditional' }],
  ['topic=downgrade&license-source=other', { topic: 'downgrade', verdict: 'conditional' }],
  [
    'topic=downgrade&license-source=mpn&new-version-date=2025-03-31&as-of=2026-03-31',
    { topic: 'downgrade', verdict: 'not-eligible', 'upgrade-deadline': '2026-03-31', 'upgrade-window': 'open' },
  ],
  [
    'topic=downgrade&license-source=mpn&new-version-date=2025-03-31&as-of=2026-04-01',
    { topic: 'downgrade', verdict: 'not-eligible', 'upgrade-deadline': '2026-03-31', 'upgrade-window': 'closed' },
  ],
  [
    'topic=downgrade&license-source=mpn&new-version-date=2024-02-29&as-of=2025-02-28',
    { topic: 'downgrade', verdict: 'not-eligible', 'upgrade-deadline': '2025-02-28', 'upgrade-window': 'open' },
  ],
  ['topic=kms&volume-licensing=yes', { topic: 'kms', verdict: 'eligible' }],
  ['topic=kms&volume-licensing=no', { topic: 'kms', verdict: 'not-eligible' }],
];

for (const [query, attributes] of results) {
  test(`/?${query}`, async ({ page }) => {
    await page.goto(`/?${query}`);
    const result = page.locator('#result');
    for (const [name, value] of Object.entries(attributes)) {
      await expect(result).toHaveAttribute(`data-${name}`, value);
    }
    if (!attributes['upgrade-deadline']) {
      await expect(result).not.toHaveAttribute('data-upgrade-deadline', /.*/);
    }
    await expect(page.locator('#notices')).toHaveCount(0);
  });
}

test('a link with some answers opens on the first unanswered question', async ({ page }) => {
  await page.goto('/?topic=toolkit&location-role=associated&location-competency=yes');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('already have its set of Toolkit benefits');
  await expect(page.locator('#result')).toHaveCount(0);
});

test('a link with an unknown topic shows the topics and says what was ignored', async ({ page }) => {
  await page.goto('/?topic=sharingz&existing-os=home');
  await expect(page.locator('#notices')).toContainText('“sharingz”');
  await expect(page.getByRole('link', { name: 'Do I have downgrade rights?' })).toBeVisible();
});

test('a link with a bad answer and a bad date keeps the rest', async ({ page }) => {
  await page.goto('/?topic=downgrade&license-source=mpn&new-version-date=2025-02-30&as-of=soon');
  const notices = page.locator('#notices');
  await expect(notices).toContainText('“2025-02-30”');
  await expect(notices).toContainText('not a day of the calendar');
  await expect(notices).toContainText('“soon”');
  await expect(page.locator('#result')).toHaveAttribute('data-verdict', 'not-eligible');
  await expect(page).toHaveURL(/\?topic=downgrade&license-source=mpn$/);
});

test('markup in a link is shown as text and never runs', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs += 1; return d.dismiss(); });
  await page.goto('/?topic=kms&volume-licensing=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  await expect(page.locator('#notices')).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('#notices img')).toHaveCount(0);
  expect(dialogs).toBe(0);
});
