// Seven partners' situations (issue 31), each from the start page by
// clicking and typing only, as those people would, on a desktop and on a
// phone: the badge answers the reader's own question, the key figure is on
// the phone's first screen, next steps lead somewhere (and never where the
// FAQ advises against), and the page title names what is asked or answered.
const { test, expect, ready, focusOn: tabTo } = require('./fixtures');

const result = (page) => page.locator('#result');
const badge = (page) => page.locator('#answer');
const heading = (page) => page.getByRole('heading', { level: 1 });

async function choose(page, label) {
  await page.getByLabel(label, { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
}

async function type(page, label, text, button = 'Continue') {
  await page.getByLabel(label).fill(text);
  await page.getByRole('button', { name: button }).click();
}

async function start(page, question) {
  await page.goto('/');
  await ready(page);
  await page.getByRole('link', { name: question }).click();
}

/// Wholly inside the first screen of the page, as it opens (not scrolled).
async function onFirstScreen(page, locator) {
  const box = await locator.boundingBox();
  const height = page.viewportSize().height;
  expect(box, 'shown').not.toBeNull();
  expect(box.y + box.height, 'on the first screen').toBeLessThanOrEqual(height);
}

/// Days from today to 10 March 2027, as the page counts them.
function daysTo10March2027() {
  const now = new Date();
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((Date.UTC(2027, 2, 10) - today) / 86_400_000);
}

const situations = [
  {
    name: '1. a competency partner, not sure whether the maximum is worldwide or per country',
    async walk(page) {
      await start(page, 'Can we share these licenses with another location?');
      await choose(page, 'A competency (silver or gold)');
      await choose(page, 'Yes');
      await choose(page, 'No');
      await expect(heading(page)).toHaveText('Is your maximum for these licenses a worldwide one or a per-country one?');
      await expect(page).toHaveTitle(/^Is your maximum for these licenses a worldwide one or a per-country one\? – Sharing licenses between locations – /);
      await expect(page.getByText('search the partner network\'s site for “Microsoft Competency License table”')).toBeVisible();
      await choose(page, "I don't know yet");
      await type(page, 'How many of these licenses would be in use across your organization after sharing?', '210');
      await type(page, 'What is the maximum number of these licenses for your organization?', '200');
    },
    verdict: 'conditional',
    outcome: 'cap-scope-unknown',
    resources: ['partner-membership-center', 'competency-license-table'],
    badge: 'It depends on the kind of maximum',
    news: 'verdict--conditional',
    figure: '210 licenses in use against a maximum of 200: 10 over it.',
    shows: ['Competency License table', 'If the maximum is worldwide'],
    links: [],
  },
  {
    name: '2. an Action Pack subscriber reinstalling after a motherboard swap',
    async walk(page) {
      await start(page, 'Can we activate this install without using up an activation?');
      await choose(page, 'An Action Pack subscription');
      await choose(page, 'Installing again on the same machine after a hardware change');
    },
    verdict: 'not-eligible',
    outcome: 'action-pack-consumed',
    resources: ['regional-service-center'],
    badge: 'Uses up one activation',
    news: 'verdict--not-eligible',
    shows: ['The FAQ does not say how large a hardware change must be to count'],
    links: [['How many activations will this key have left after our installs?', '?topic=activation-planner']],
  },
  {
    name: '3. laptops with a home edition of Windows 8 and Enterprise upgrade licenses',
    async walk(page) {
      await start(page, 'Can I use these Windows licenses on this computer?');
      await choose(page, 'A home edition of Windows');
    },
    verdict: 'not-eligible',
    outcome: 'home-edition',
    resources: ['partner-support-community', 'regional-service-center'],
    badge: 'No: a home edition does not qualify',
    news: 'verdict--not-eligible',
    shows: ['Get the computer a qualifying license first'],
    links: [],
  },
  {
    name: '4. a competency partner without Volume Licensing wanting a KMS key for a lab reimaged often',
    async walk(page) {
      await start(page, 'Can I get a Key Management Service (KMS) key?');
      await choose(page, 'No');
    },
    verdict: 'not-eligible',
    outcome: 'not-issued',
    resources: ['regional-service-center', 'volume-licensing-specialist'],
    badge: 'No: only through a Volume Licensing agreement',
    news: 'verdict--not-eligible',
    shows: ['Do not activate learning, development lab or demonstration computers that are reimaged often'],
    links: [
      ['How many activations will this key have left after our installs?', '?topic=activation-planner'],
      ['Can we activate this install without using up an activation?', '?topic=activation'],
    ],
    // The step to activate comes after the lab computers are set apart.
    async check(page) {
      const steps = await page.locator('#result .list').nth(1).innerText();
      expect(steps.indexOf('Do not activate learning')).toBeLessThan(steps.indexOf('Other computers you activate'));
      expect(steps).not.toMatch(/^Activate with the product keys/m);
    },
  },
  {
    name: '5. moving 45 of 70 users to Office 365 on an entitlement of 100, with 10 E3 seats bought',
    async walk(page) {
      await start(page, 'Can we move users between on-premises licenses and Office 365?');
      await type(page, 'How many licenses does your entitlement include?', '100');
      await type(page, 'How many users will use the on-premises licenses?', '70');
      await type(page, 'How many users will use Office 365?', '45');
      await type(page, 'How many of these users are covered by CALs or online seats your organization bought?', '10');
    },
    verdict: 'not-eligible',
    outcome: 'over-entitlement',
    resources: ['product-usage-guide'],
    badge: 'No: over your entitlement as we count it',
    news: 'verdict--not-eligible',
    figure: '105 users not covered by licenses you bought against a maximum of 100: 5 over it.',
    shows: ['only if they are enterprise (E) or kiosk (K) seats'],
    links: [['Can our purchased Office 365 seats share the tenant with our earned E3 seats?', '?topic=o365-mix']],
  },
  {
    name: '6. the new version received on 10 March 2026: may the previous one stay, and until when',
    async walk(page) {
      await start(page, 'Do I have downgrade rights?');
      await choose(page, 'Through the partner network');
      await type(page, 'When was the latest version offered through the partner network?', '2026-03-10', 'Show my deadline');
    },
    verdict: 'not-eligible',
    outcome: 'partner-network-window-open',
    resources: ['software-updates-table'],
    badge: `No downgrade rights; as we count the 12 months to upgrade, until 10 March 2027 (${daysTo10March2027()} days are left)`,
    news: 'verdict--not-eligible',
    shows: ['Move to the latest version before the deadline (the FAQ points to the Software Updates table for details).'],
    links: [],
    // Each FAQ point once on a result, under the first sentence resting on it.
    async check(page) {
      const text = await result(page).innerText();
      expect(text.split("Partners get 12 months to move from the program's previous version").length - 1).toBe(1);
    },
  },
  {
    name: '7. an associated branch with its own gold competency, whose earlier Toolkit has ended',
    async walk(page) {
      await start(page, 'May this location buy an Additional Benefit Toolkit?');
      await choose(page, 'A location associated with the headquarters');
      await choose(page, 'Yes');
      await choose(page, 'Yes');
      await choose(page, 'No');
    },
    verdict: 'conditional',
    outcome: 'earlier-set-ended',
    resources: ['partner-support-community', 'regional-service-center'],
    badge: 'It depends on how long its one set of benefits lasts',
    news: 'verdict--conditional',
    shows: ['Regional Service Center'],
    links: [],
  },
];

for (const [width, height] of [
  [1280, 800],
  [390, 844],
]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height }, hasTouch: width < 500, isMobile: width < 500 });
    for (const s of situations) {
      test(s.name, async ({ page }) => {
        await s.walk(page);
        await expect(result(page)).toHaveAttribute('data-verdict', s.verdict);
        await expect(result(page)).toHaveAttribute('data-outcome', s.outcome);
        await expect(badge(page)).toHaveText(s.badge);
        await expect(badge(page)).toHaveClass(new RegExp(s.news));
        await expect(page).toHaveTitle(`${s.badge} – ${await result(page).locator('.caption').innerText().then((c) => c.split(':')[0])} – Partner licensing check`);
        if (s.figure) await expect(result(page)).toContainText(s.figure);
        for (const text of s.shows) await expect(result(page)).toContainText(text);
        for (const [name, href] of s.links) {
          await expect(result(page).getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
        }
        // Each resource the FAQ names that the result sends the reader to:
        // what to search for, labelled as advice, among the next steps.
        await expect(result(page).locator('[data-resource]')).toHaveCount(s.resources.length);
        for (const id of s.resources) {
          const item = result(page).locator(`[data-resource="${id}"]`);
          await expect(item).toHaveAttribute('data-basis', 'advice');
          await expect(item).toContainText(/^General advice, not from the FAQ\s+To find .*search (the partner network's site )?for “/);
        }
        if (s.check) await s.check(page);
        if (width < 500) {
          // The answer, on the phone's first screen as the result opens.
          await page.evaluate(() => window.scrollTo(0, 0));
          await onFirstScreen(page, badge(page));
        }
      });
    }
  });
}

test('a link onward opens its topic or tool', async ({ page }) => {
  await page.goto('/?topic=kms&volume-licensing=no');
  await ready(page);
  await result(page).getByRole('link', { name: 'How many activations will this key have left after our installs?' }).click();
  await expect(page.locator('[data-page=activation-planner]')).toBeVisible();
});

test('"I don\'t know yet" by keyboard alone, to an It depends that says where to look', async ({ page }) => {
  const focusOn = (locator) => tabTo(page, locator);
  await page.goto('/');
  await ready(page);
  await focusOn(page.locator('[data-topic-link=kms]'));
  await page.keyboard.press('Enter');
  await expect(page.locator('#page-heading')).toBeFocused();
  // A radio group is one Tab stop: Tab into it, Space selects, arrows move on.
  await focusOn(page.getByLabel('Yes', { exact: true }));
  await page.keyboard.press('Space');
  const unsure = page.getByLabel("I don't know yet");
  for (let i = 0; i < 5 && !(await unsure.isChecked()); i++) await page.keyboard.press('ArrowDown');
  await expect(unsure).toBeChecked();
  await focusOn(page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');
  await expect(result(page)).toHaveAttribute('data-outcome', 'volume-licensing-unknown');
  await expect(badge(page)).toHaveText('It depends on your Volume Licensing agreement');
  await expect(result(page).locator('.result__decider')).toContainText('whoever manages it');
});
