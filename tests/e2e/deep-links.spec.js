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
  ['topic=upgrade&existing-os=other&install-location=internal', { topic: 'upgrade', verdict: 'not-eligible' }],
  ['topic=upgrade&existing-os=other', { topic: 'upgrade', verdict: 'not-eligible' }],
  ['topic=upgrade&existing-os=other&install-location=external', { topic: 'upgrade', verdict: 'not-eligible' }],
  ['topic=toolkit&location-role=headquarters', { topic: 'toolkit', verdict: 'not-eligible' }],
  ['topic=toolkit&location-role=unlinked', { topic: 'toolkit', verdict: 'not-eligible' }],
  ['topic=toolkit&location-role=associated&location-competency=no', { topic: 'toolkit', verdict: 'not-eligible' }],
  ['topic=toolkit&location-role=associated&location-competency=yes&toolkit-held=yes&toolkit-in-force=yes', { topic: 'toolkit', verdict: 'not-eligible', outcome: 'already-held' }],
  ['topic=toolkit&location-role=associated&location-competency=yes&toolkit-held=yes&toolkit-in-force=no', { topic: 'toolkit', verdict: 'conditional', outcome: 'earlier-set-ended' }],
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

  ['topic=sharing&membership=action-pack&same-organization=yes&same-country=yes', { topic: 'sharing', verdict: 'eligible' }],
  ['topic=sharing&membership=action-pack&same-organization=yes&same-country=no', { topic: 'sharing', verdict: 'not-eligible' }],
  ['topic=sharing&membership=action-pack&same-organization=no', { topic: 'sharing', verdict: 'not-eligible' }],
  ['topic=sharing&membership=competency&same-organization=no', { topic: 'sharing', verdict: 'not-eligible' }],
  ['topic=sharing&membership=competency&same-organization=same-company', { topic: 'sharing', verdict: 'not-eligible', outcome: 'competency-not-associated' }],
  ['topic=sharing&membership=action-pack&same-organization=same-company&same-country=yes', { topic: 'sharing', verdict: 'not-eligible', outcome: 'action-pack-not-associated' }],
  ['topic=sharing&membership=action-pack&same-organization=same-company&same-country=no', { topic: 'sharing', verdict: 'not-eligible', outcome: 'action-pack-other-country' }],
  ['topic=sharing&membership=competency&same-organization=yes&licenses-in-use=11&license-cap=10&demo-training=yes', { topic: 'sharing', verdict: 'eligible', outcome: 'uncapped-licenses' }],
  ['topic=sharing&membership=competency&same-organization=yes&same-country=no&licenses-in-use=10&license-cap=10', { topic: 'sharing', verdict: 'eligible' }],
  ['topic=sharing&membership=competency&same-organization=yes&licenses-in-use=11&license-cap=10&demo-training=no&cap-scope=worldwide', { topic: 'sharing', verdict: 'not-eligible', outcome: 'competency-over-cap' }],
  ['topic=sharing&membership=competency&same-organization=yes&licenses-in-use=11&license-cap=10&demo-training=no&cap-scope=per-country&licenses-in-country=10', { topic: 'sharing', verdict: 'conditional', outcome: 'per-country-cap-open' }],
  ['topic=sharing&membership=competency&same-organization=yes&licenses-in-use=11&license-cap=10&demo-training=no&cap-scope=per-country&licenses-in-country=11', { topic: 'sharing', verdict: 'not-eligible', outcome: 'competency-over-country-cap' }],
  ['topic=sharing&membership=competency&same-organization=yes&licenses-in-use=0&license-cap=0', { topic: 'sharing', verdict: 'eligible' }],
  ['topic=sharing&membership=competency&same-organization=yes&licenses-in-use=1&license-cap=0&demo-training=no&cap-scope=worldwide', { topic: 'sharing', verdict: 'not-eligible' }],
  ['topic=sharing&membership=competency&same-organization=yes&licenses-in-use=18446744073709551615&license-cap=18446744073709551615', { topic: 'sharing', verdict: 'eligible' }],
  ['topic=msdn&subscription-source=mpn&use=client-solution', { topic: 'msdn', verdict: 'not-eligible' }],
  ['topic=msdn&subscription-source=mpn&use=internal', { topic: 'msdn', verdict: 'conditional' }],
  ['topic=msdn&subscription-source=purchased', { topic: 'msdn', verdict: 'conditional' }],
  ['topic=msdn&subscription-source=purchased&use=client-solution', { topic: 'msdn', verdict: 'conditional' }],
  ['topic=activation&membership=action-pack&event=new-machine', { topic: 'activation', verdict: 'not-eligible', consumes: 'true' }],
  ['topic=activation&membership=action-pack&event=same-machine', { topic: 'activation', verdict: 'eligible', consumes: 'false' }],
  ['topic=activation&membership=action-pack&event=hardware-change', { topic: 'activation', verdict: 'not-eligible', consumes: 'true' }],
  ['topic=activation&membership=action-pack&event=reimage', { topic: 'activation', verdict: 'eligible', consumes: 'false' }],
  ['topic=activation&membership=competency&event=new-machine', { topic: 'activation', verdict: 'not-eligible', consumes: 'true' }],
  ['topic=activation&membership=competency&event=same-machine', { topic: 'activation', verdict: 'not-eligible', consumes: 'true' }],
  ['topic=activation&membership=competency&event=hardware-change', { topic: 'activation', verdict: 'not-eligible', consumes: 'true' }],
  ['topic=activation&membership=competency&event=reimage', { topic: 'activation', verdict: 'not-eligible', consumes: 'true' }],
  ['topic=cloud-tokens&enrollment-end=2026-06-30&renewing=yes&as-of=2026-06-30', { topic: 'cloud-tokens', verdict: 'eligible', 'use-rights-end': '2026-06-30' }],
  ['topic=cloud-tokens&enrollment-end=2026-06-30&renewing=no&as-of=2026-07-01', { topic: 'cloud-tokens', verdict: 'not-eligible', 'use-rights-end': '2026-06-30' }],
  ['topic=cloud-tokens&enrollment-end=2028-02-29&renewing=no&as-of=2028-02-28', { topic: 'cloud-tokens', verdict: 'eligible', 'use-rights-end': '2028-02-29' }],
  ['topic=o365-mix&sku-family=enterprise', { topic: 'o365-mix', verdict: 'eligible' }],
  ['topic=o365-mix&sku-family=kiosk', { topic: 'o365-mix', verdict: 'eligible' }],
  ['topic=o365-mix&sku-family=other', { topic: 'o365-mix', verdict: 'not-eligible' }],
  ['topic=o365-switch&entitlement=100&on-prem-users=60&cloud-users=40', { topic: 'o365-switch', verdict: 'eligible' }],
  ['topic=o365-switch&entitlement=100&on-prem-users=60&cloud-users=41&covered-by-purchases=0', { topic: 'o365-switch', verdict: 'not-eligible', outcome: 'over-entitlement' }],
  ['topic=o365-switch&entitlement=100&on-prem-users=80&cloud-users=40&covered-by-purchases=20', { topic: 'o365-switch', verdict: 'eligible', outcome: 'covered-by-purchases' }],
  ['topic=o365-switch&entitlement=0&on-prem-users=0&cloud-users=0', { topic: 'o365-switch', verdict: 'eligible' }],
  ['topic=o365-switch&entitlement=18446744073709551615&on-prem-users=18446744073709551615&cloud-users=1&covered-by-purchases=0', { topic: 'o365-switch', verdict: 'not-eligible' }],
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
  await expect(page.getByRole('heading', { level: 1 })).toContainText('ever had a set of Toolkit benefits');
  await expect(page.locator('#result')).toHaveCount(0);
});

// Links written before a question was added, whose answers no longer decide,
// open on that question with every answer kept.
const olderLinks = [
  ['topic=toolkit&location-role=associated&location-competency=yes&toolkit-held=yes', 'Are those Toolkit benefits still in force?'],
  ['topic=sharing&membership=competency&same-organization=yes&licenses-in-use=11&license-cap=10', 'Are the licenses you want to share demonstration or training licenses?'],
  ['topic=o365-switch&entitlement=100&on-prem-users=80&cloud-users=40', 'How many of these users are covered by CALs or online seats your organization bought?'],
];
for (const [query, question] of olderLinks) {
  test(`an older link asks the question added since: /?${query}`, async ({ page }) => {
    await page.goto(`/?${query}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(question);
    await expect(page.locator('#result')).toHaveCount(0);
    await expect(page.locator('#notices')).toHaveCount(0);
    expect(new URL(page.url()).search).toBe(`?${query}`);
  });
}

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

test('a 40-digit number in a link is named and its question asked', async ({ page }) => {
  await page.goto('/?topic=o365-switch&entitlement=1234567890123456789012345678901234567890&on-prem-users=5');
  await expect(page.locator('#notices')).toContainText('too large');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How many licenses does your entitlement include?');
});

test('/?topic=keys opens the key check', async ({ page }) => {
  await page.goto('/?topic=keys');
  await expect(page.getByLabel('Product key or token')).toBeVisible();
  await expect(page.locator('#result')).toHaveCount(0);
});
