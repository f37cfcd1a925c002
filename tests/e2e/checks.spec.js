// "Your checks" (issue 34): every result this browser reached, newest first,
// with its answer, the day of the check and the link that opens it again; one
// removed, all removed; printed and copied as one record; what storage that
// is turned off or holds something unreadable does to it (a clear word,
// nothing else lost, no uncaught error); never a product key; one step from
// the start page and from each result; in a frame only where the host lets it.
const { test, expect, ready, focusOn, answer } = require('./fixtures');
const { pdfText } = require('./pdf-text');

const KEY = 'licensing-check.checks';
const FAQ = 'Microsoft Partner Network software licensing benefits FAQ';

const checked = [
  { link: '/?topic=kms&volume-licensing=no', asks: 'Can I get a Key Management Service (KMS) key?', answer: 'No: only through a Volume Licensing agreement', outcome: 'not-issued' },
  { link: '/?topic=o365-mix&sku-family=kiosk', asks: 'Can our purchased Office 365 seats share the tenant with our earned E3 seats?', outcome: 'enterprise-or-kiosk' },
  { link: '/?topic=upgrade&install-location=external', asks: 'Can I use these Windows licenses on this computer?', outcome: 'outside-organization home-edition no-license unlisted-edition' },
];

/// Today as the page writes it ("6 December 2026"), in the browser's own clock.
const today = (page) =>
  page.evaluate(() => {
    const d = new Date();
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    return `${d.getDate()} ${months[d.getMonth()]} ${d.getFullYear()}`;
  });

/// Opens each of `checked`'s results in turn, as a reader reaching them; the
/// answer each result's badge gave, in order.
const reachAll = async (page) => {
  const answers = [];
  for (const c of checked) {
    await page.goto(c.link);
    await ready(page);
    await expect(page.locator('#result')).toHaveAttribute('data-outcome', c.outcome);
    answers.push(await page.locator('#answer').innerText());
  }
  return answers;
};

const openChecks = async (page) => {
  await page.goto('/?topic=checks');
  await ready(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Your checks' })).toBeVisible();
};

test('three results from different topics are listed newest first, each with its answer, its day and the link that opens it', async ({ page, baseURL }) => {
  const answers = await reachAll(page);
  await openChecks(page);
  const items = page.locator('#checks > li');
  await expect(items).toHaveCount(3);
  const day = await today(page);
  const newestFirst = [...checked].reverse();
  for (const [i, c] of newestFirst.entries()) {
    const item = items.nth(i);
    await expect(item.getByRole('heading', { level: 2 })).toHaveText(c.asks);
    await expect(item).toContainText(`Checked on ${day} against FAQ revision`);
    const link = item.getByRole('link', { name: c.asks });
    await expect(link).toHaveAttribute('href', c.link.slice(1));
    await expect(item.locator('.verdict')).toHaveText(answers[checked.indexOf(c)]);
  }
  await expect(items.nth(2).locator('.verdict')).toHaveText(checked[0].answer);
  await expect(items.nth(2).locator('.verdict')).toHaveClass(/verdict--not-eligible/);
  // Opening one shows the same result, in place.
  await items.nth(1).getByRole('link').click();
  await expect(page.locator('#result')).toHaveAttribute('data-outcome', checked[1].outcome);
  expect(page.url()).toBe(baseURL + checked[1].link);
});

test('one check is removed, then all of them after a confirmation; the page says what it did', async ({ page }) => {
  await reachAll(page);
  await openChecks(page);
  const items = page.locator('#checks > li');
  await items.nth(1).getByRole('button', { name: /^Remove the check of “Can our purchased Office 365 seats/ }).click();
  await expect(page.locator('#checks-said')).toContainText('Can our purchased Office 365 seats');
  await expect(items).toHaveCount(2);
  await expect(page.locator('#checks-said')).toBeFocused();
  await page.reload();
  await ready(page);
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText(checked[2].asks);
  await expect(items.nth(1)).toContainText(checked[0].asks);
  // Remove all asks first; keeping them changes nothing.
  await page.getByRole('button', { name: 'Remove all checks' }).click();
  await expect(page.getByText('Remove all 2 checks kept in this browser? This cannot be undone.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove them all' })).toBeFocused();
  await page.getByRole('button', { name: 'Keep them' }).click();
  await expect(items).toHaveCount(2);
  await page.getByRole('button', { name: 'Remove all checks' }).click();
  await page.getByRole('button', { name: 'Remove them all' }).click();
  await expect(page.getByText('All your checks were removed.')).toBeVisible();
  await expect(items).toHaveCount(0);
  await expect(page.getByText('No checks are listed.')).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
  await page.getByRole('link', { name: 'Choose a question' }).click();
  await expect(page.locator('[data-topic-link=kms]').first()).toBeVisible();
});

test('printed, the list is one record: every check with its answer, day and full link, no button', async ({ page, baseURL }) => {
  await reachAll(page);
  await openChecks(page);
  await page.emulateMedia({ media: 'print' });
  const printed = await page.locator('body').innerText();
  for (const c of checked) {
    expect(printed).toContain(c.asks);
    expect(printed).toContain(baseURL + c.link);
  }
  expect(printed).toContain(checked[0].answer);
  expect(printed).toContain(`Listed on ${await today(page)}.`);
  expect(printed).toContain(FAQ);
  expect(printed).toContain('An independent aid');
  for (const button of await page.getByRole('button').all()) await expect(button).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByText(baseURL + checked[0].link)).toBeHidden();
});

test('saved as a PDF, the list carries each check, its day, its answer and its link', async ({ page, browserName }) => {
  test.skip(browserName !== 'chromium', 'page.pdf() is Chromium’s');
  const answers = await reachAll(page);
  await openChecks(page);
  const flat = (await pdfText(await page.pdf({ format: 'A4' }))).replace(/\s+/g, ' ');
  for (const c of checked) {
    expect(flat).toContain(c.asks);
    expect(flat.replace(/ /g, '')).toContain(c.link);
  }
  for (const a of answers) expect(flat).toContain(a);
  expect(flat).toContain(`Checked on ${await today(page)} against FAQ revision`);
  expect(flat).not.toContain('Remove all checks');
});

test('"Copy as text" copies the list as one record, each link on its own line', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await reachAll(page);
  await openChecks(page);
  await page.getByRole('button', { name: 'Copy as text' }).click();
  await expect(page.getByText('Text copied.')).toBeVisible();
  const lines = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
  expect(lines).toContain('Your checks');
  for (const c of checked) {
    expect(lines).toContain(c.asks);
    expect(lines).toContain(baseURL + c.link);
  }
  for (const control of ['Copy as text', 'Print', 'Remove', 'Remove all checks']) expect(lines).not.toContain(control);
});

test('a result counted from the day is kept with that day in its link, and says so', async ({ page }) => {
  await page.goto('/?topic=downgrade&license-source=mpn&new-version-date=2026-03-10&as-of=2026-12-06');
  await ready(page);
  await openChecks(page);
  const item = page.locator('#checks > li').first();
  await expect(item.getByRole('link')).toHaveAttribute('href', '?topic=downgrade&license-source=mpn&new-version-date=2026-03-10&as-of=2026-12-06');
  const day = await today(page);
  if (day !== '6 December 2026') await expect(item).toContainText('dates counted from 6 December 2026');
  await expect(item.locator('.verdict')).toContainText('10 March 2027');
});

test('a corrupted entry is said and left as it is; the others are listed, and checks are kept beside it', async ({ page }) => {
  await reachAll(page);
  const broken = 'this line was changed by hand\t<b>x</b>';
  await page.evaluate(([k, line]) => {
    const lines = localStorage.getItem(k).split('\n');
    lines.splice(2, 0, line);
    localStorage.setItem(k, lines.join('\n'));
  }, [KEY, broken]);
  await openChecks(page);
  await expect(page.getByText('One check kept in this browser could not be read')).toBeVisible();
  await expect(page.locator('#checks > li')).toHaveCount(3);
  await expect(page.locator('#checks b')).toHaveCount(0);
  // Nothing else is lost: another result is kept beside it, and the line stays as it was.
  await page.goto('/?topic=msdn&subscription-source=mpn&use=client-solution');
  await ready(page);
  await openChecks(page);
  await expect(page.locator('#checks > li')).toHaveCount(4);
  await expect(page.getByText('One check kept in this browser could not be read')).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toContain(broken);
  // Remove all clears it too.
  await page.getByRole('button', { name: 'Remove all checks' }).click();
  await expect(page.getByText('Remove all 5 checks kept in this browser?')).toBeVisible();
  await page.getByRole('button', { name: 'Remove them all' }).click();
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
});

test('what another version of the page kept is said and left alone; no check is added to it', async ({ page }) => {
  const theirs = 'v2\nsomething a later version writes';
  await page.addInitScript(([k, text]) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(k, text);
    }
  }, [KEY, theirs]);
  await page.goto(checked[0].link);
  await ready(page);
  await expect(page.locator('#result')).toHaveAttribute('data-outcome', checked[0].outcome);
  await openChecks(page);
  await expect(page.getByText('was written by another version of this page')).toBeVisible();
  await expect(page.getByText('No checks are listed.')).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(theirs);
  await page.getByRole('button', { name: 'Remove all checks' }).click();
  await page.getByRole('button', { name: 'Remove them all' }).click();
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
  await page.goto(checked[0].link);
  await ready(page);
  await openChecks(page);
  await expect(page.locator('#checks > li')).toHaveCount(1);
});

test('opening a check again from the list keeps the day it was made', async ({ page }) => {
  await page.goto(checked[0].link);
  await ready(page);
  // As if made on an earlier day.
  await page.evaluate((k) => localStorage.setItem(k, localStorage.getItem(k).replace(/\n\d{4}-\d{2}-\d{2}\t/, '\n2026-11-02\t')), KEY);
  await openChecks(page);
  await expect(page.locator('#checks > li')).toContainText('Checked on 2 November 2026');
  await page.locator('#checks > li').getByRole('link').click();
  await expect(page.locator('#result')).toHaveAttribute('data-outcome', checked[0].outcome);
  await page.getByRole('link', { name: 'Your checks' }).click();
  await expect(page.locator('#checks > li')).toHaveCount(1);
  await expect(page.locator('#checks > li')).toContainText('Checked on 2 November 2026');
});

test('with storage turned off, the checks page says so and every check still works', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(checked[0].link);
  await ready(page);
  await expect(page.locator('#result')).toHaveAttribute('data-outcome', checked[0].outcome);
  await page.getByRole('link', { name: 'Your checks' }).click();
  await expect(page.getByText('This browser does not let this page keep your checks')).toBeVisible();
  await expect(page.locator('#checks')).toHaveCount(0);
});

test('with storage full, the result still shows and the checks page says the latest could not be kept', async ({ page }) => {
  await reachAll(page);
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  });
  // Moving in place to a result not kept yet: the refusal is remembered by this page.
  await page.locator('.site-title').click();
  await page.locator('section.topics [data-topic-link=kms]').click();
  await page.locator('input[name=volume-licensing][value=yes]').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#result')).toBeVisible();
  await page.getByRole('link', { name: 'Your checks' }).click();
  await expect(page.getByText('The latest check could not be kept')).toBeVisible();
  await expect(page.locator('#checks > li')).toHaveCount(3);
  // A removal storage refuses leaves the list as it was, and says so.
  await page.locator('#checks > li').first().getByRole('button').click();
  await expect(page.getByText('refused the change, so your checks are as they were')).toBeVisible();
  await expect(page.locator('#checks > li')).toHaveCount(3);
});

test('the key check keeps nothing: no check, and no key anywhere in storage', async ({ page }) => {
  await page.goto('/?topic=keys');
  await ready(page);
  const key = 'ABCDE-FGHIJ-KLMNO-PQRST-UVWXY';
  await page.getByLabel('Product key or token').fill(key);
  await expect(page.locator('#result')).toHaveAttribute('data-key-format', 'valid');
  const stored = await page.evaluate(() => Object.keys(localStorage).map((k) => localStorage.getItem(k)).join('\n'));
  expect(stored).not.toContain('ABCDE');
  await openChecks(page);
  await expect(page.getByText('No checks are listed.')).toBeVisible();
});

test('one step from the start page and from each result', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByRole('link', { name: 'Your checks' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your checks' })).toBeVisible();
  await page.goto(checked[0].link);
  await ready(page);
  await page.getByRole('link', { name: 'Your checks' }).click();
  await expect(page.locator('#checks > li')).toHaveCount(1);
});

test('by keyboard alone: the list opened from a result, one check removed, then all after Keep them once', async ({ page }) => {
  await page.goto(checked[1].link);
  await ready(page);
  await page.goto(checked[0].link);
  await ready(page);
  await focusOn(page, page.getByRole('link', { name: 'Your checks' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Your checks' })).toBeFocused();
  await focusOn(page, page.getByRole('button', { name: /^Remove the check of “Can I get a Key Management/ }));
  await page.keyboard.press('Enter');
  // What was done takes the focus, and is read out.
  await expect(page.locator('#checks-said')).toBeFocused();
  await expect(page.locator('#checks-said')).toContainText('was removed');
  await expect(page.locator('#checks > li')).toHaveCount(1);
  await focusOn(page, page.getByRole('button', { name: 'Remove all checks' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Remove them all' })).toBeFocused();
  await focusOn(page, page.getByRole('button', { name: 'Keep them' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Remove all checks' })).toBeFocused();
  await expect(page.locator('#checks > li')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Remove them all' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#checks-said')).toBeFocused();
  await expect(page.getByText('No checks are listed.')).toBeVisible();
});

test('in a frame, the list is offered only where the host lets it', async ({ page }) => {
  await page.goto(`${checked[0].link}&embed=1`);
  await ready(page);
  await expect(page.getByRole('link', { name: 'Your checks' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Copy as text' })).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
  await page.goto('/?topic=checks&embed=1');
  await ready(page);
  await expect(page.getByText('This page is shown inside another page, whose owner has not turned this list on here.')).toBeVisible();
  await page.goto(`${checked[0].link}&embed=1&embed-checks=1`);
  await ready(page);
  await page.getByRole('link', { name: 'Your checks' }).click();
  await expect(page.locator('#checks > li')).toHaveCount(1);
  expect(page.url()).toContain('topic=checks&embed=1&embed-checks=1');
});
