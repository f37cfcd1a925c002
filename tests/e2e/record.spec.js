// A result as a record a partner keeps: printed (or saved as a PDF) it
// carries the question, the verdict and why, the answers given, the FAQ
// points in this app's words, what it does not cover, what to do next, the
// day of the check, the FAQ's title and revision, the link that opens it
// again and the disclaimer, and no button; "Copy as text" gives the same as
// plain text (issue 34).
const { test, expect, ready } = require('./fixtures');
const { pdfText } = require('./pdf-text');

const FAQ = 'Microsoft Partner Network software licensing benefits FAQ, revision 9956fd733dfac895';

/// Today as the page writes it ("6 December 2026"), in the browser's own clock.
const today = (page) =>
  page.evaluate(() => {
    const d = new Date();
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    return `${d.getDate()} ${months[d.getMonth()]} ${d.getFullYear()}`;
  });

const results = [
  {
    name: 'a choice-only result',
    link: '/?topic=kms&volume-licensing=no',
    shows: ['Can I get a Key Management Service (KMS) key?', 'No: only through a Volume Licensing agreement', 'Why', 'What to do next', 'Your answers', 'FAQ entry', "The FAQ's point, in our words:", 'General advice, not from the FAQ'],
  },
  {
    name: 'a result with counts',
    link: '/?topic=o365-switch&entitlement=100&on-prem-users=70&cloud-users=45&covered-by-purchases=10',
    shows: ['105 users not covered by licenses you bought against a maximum of 100: 5 over it.', 'What this answer does not cover', 'Your answers'],
  },
  {
    name: 'a result with dates',
    link: '/?topic=downgrade&license-source=mpn&new-version-date=2026-03-10&as-of=2026-12-06',
    shows: ['10 March 2027', 'Dates here are worked out as of 6 December 2026', 'Your answers'],
  },
];

for (const r of results) {
  test(`printed, ${r.name} is a record: every part of it, the day, the FAQ revision, its link, no button`, async ({ page, context, baseURL }) => {
    await page.goto(r.link);
    await ready(page);
    await expect(page.locator('#result')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('body').innerText();
    for (const text of r.shows) expect(printed).toContain(text);
    expect(printed).toContain(`Checked on ${await today(page)} against the ${FAQ}.`);
    expect(printed).toContain('To open this result again:');
    expect(printed).toContain('An independent aid');
    // Nothing that only works on a screen.
    for (const button of await page.getByRole('button').all()) await expect(button).toBeHidden();
    await expect(page.locator('.back-link')).toBeHidden();
    // The link printed opens the same result, in a new context.
    const link = printed.split('To open this result again:')[1].trim().split(/\s/)[0];
    expect(link.startsWith(baseURL + '/?topic=')).toBe(true);
    const outcome = await page.locator('#result').getAttribute('data-outcome');
    const other = await context.browser().newContext();
    const again = await other.newPage();
    await again.goto(link);
    await expect(again.locator('#result')).toHaveAttribute('data-outcome', outcome);
    await other.close();
    // On screen, the share buttons stand for the record.
    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByText('To open this result again:')).toBeHidden();
  });
}

for (const r of results) {
  test(`saved as a PDF, ${r.name} carries its record and no button`, async ({ page, browserName }) => {
    test.skip(browserName !== 'chromium', 'page.pdf() is Chromium’s');
    await page.goto(r.link);
    await ready(page);
    const flat = (await pdfText(await page.pdf({ format: 'A4' }))).replace(/\s+/g, ' ');
    for (const t of r.shows) expect(flat).toContain(t);
    expect(flat).toContain(`Checked on ${await today(page)} against the ${FAQ}.`);
    expect(flat).toContain('An independent aid');
    // The link printed (it may break across lines on paper): the result's own.
    expect(flat.replace(/ /g, '')).toContain(r.link.replace(/ /g, ''));
    for (const control of ['Copy link to this result', 'Copy as text', 'Start again', 'Your checks']) {
      expect(flat).not.toContain(control);
    }
  });
}

test('printed, a result counted from today says so, and its link keeps that day', async ({ page, baseURL }) => {
  await page.goto('/?topic=downgrade&license-source=mpn&new-version-date=2026-03-10');
  await ready(page);
  await page.emulateMedia({ media: 'print' });
  const printed = await page.locator('body').innerText();
  const iso = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  expect(printed).toContain(`Its dates are counted from ${await today(page)}, the day of the check.`);
  expect(printed).toContain(`${baseURL}/?topic=downgrade&license-source=mpn&new-version-date=2026-03-10&as-of=${iso}`);
});

test('"Copy as text" puts the record on the clipboard: headings as lines, the link on its own line, no button', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto(results[0].link);
  await ready(page);
  await page.getByRole('button', { name: 'Copy as text' }).click();
  await expect(page.getByText('Text copied.')).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  const lines = text.split('\n');
  expect(lines).toContain('Why');
  expect(lines).toContain('What to do next');
  expect(lines).toContain('Your answers');
  expect(lines).toContain(`${baseURL}/?topic=kms&volume-licensing=no`);
  expect(text).toContain(`Checked on ${await today(page)} against the ${FAQ}.`);
  expect(text).toMatch(/^General advice, not from the FAQ\s+To find/m);
  expect(text).toContain('An independent aid');
  for (const control of ['Copy link to this result', 'Copy as text', 'Print', 'Start again', 'Back']) {
    expect(lines).not.toContain(control);
  }
});

test('where the clipboard is refused, the text is shown selected to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => ({ writeText: () => Promise.reject(new Error('denied')) }) });
  });
  await page.goto(results[0].link);
  await ready(page);
  await page.getByRole('button', { name: 'Copy as text' }).click();
  const field = page.getByLabel('Copy this text:');
  await expect(field).toBeVisible();
  await expect(field).toBeFocused();
  const { value, start, end } = await field.evaluate((f) => ({ value: f.value, start: f.selectionStart, end: f.selectionEnd }));
  expect(value).toContain('To open this result again:');
  expect([start, end]).toEqual([0, value.length]);
});
