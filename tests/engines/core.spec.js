// The core flows, in Firefox ESR and WebKitGTK (tests/engines/fixtures.js):
// deep links to results of every topic, a topic completed by clicking and one
// by keyboard alone, Back and Change, saved progress after a reload, the key
// check, the embed height messages from a second origin, and the hostile
// links. Every page is checked for uncaught errors and CSP violations.
const fs = require('fs');
const { By, WebElement } = require('selenium-webdriver');
const { test, expect, Key } = require('./fixtures');
const { serve } = require('../e2e/static-server');
const { pdfText } = require('../e2e/pdf-text');
const { START, cases: hostile } = require('../e2e/hostile-links');

const results = [
  ['?topic=sharing&membership=competency&same-organization=yes&licenses-in-use=250&license-cap=250', { verdict: 'eligible', outcome: 'competency-within-cap uncapped-licenses' }],
  ['?topic=downgrade&license-source=mpn&new-version-date=2025-03-31&as-of=2026-03-31', { verdict: 'not-eligible', outcome: 'partner-network-window-open', 'upgrade-deadline': '2026-03-31', 'upgrade-window': 'open' }],
  ['?topic=toolkit&location-role=associated&location-competency=yes&toolkit-held=no', { verdict: 'eligible', outcome: 'qualifying-location' }],
  ['?topic=msdn&subscription-source=mpn&use=client-solution', { verdict: 'not-eligible', outcome: 'granted-client-solution' }],
  ['?topic=upgrade&existing-os=8-pro&install-location=internal', { verdict: 'eligible', outcome: 'qualifying-internal' }],
  ['?topic=upgrade&install-location=external', { verdict: 'not-eligible', outcome: 'outside-organization home-edition no-license unlisted-edition' }],
  ['?topic=activation&membership=action-pack&event=reimage', { verdict: 'eligible', outcome: 'action-pack-not-consumed', consumes: 'false' }],
  ['?topic=kms&volume-licensing=no', { verdict: 'not-eligible', outcome: 'not-issued' }],
  ['?topic=cloud-tokens&enrollment-end=2026-06-30&renewing=no&as-of=2026-06-30', { verdict: 'eligible', outcome: 'in-force-not-renewing', 'use-rights-end': '2026-06-30' }],
  ['?topic=o365-mix&sku-family=kiosk', { verdict: 'eligible', outcome: 'enterprise-or-kiosk' }],
  ['?topic=o365-switch&entitlement=10&on-prem-users=4&cloud-users=7&covered-by-purchases=0', { verdict: 'not-eligible', outcome: 'over-entitlement' }],
];

for (const [query, expected] of results) {
  test(`deep link to a result: ${query}`, async ({ site }) => {
    await site.open(`/${query}`);
    const result = await site.find('#result');
    for (const [name, value] of Object.entries(expected)) {
      expect(await result.getAttribute(`data-${name}`), name).toBe(value);
    }
    expect(await result.getText()).toContain('FAQ entry');
  });
}

test('a topic completed by clicking, with Back and Change', async ({ site }) => {
  await site.open('/');
  await site.click('body > .page [data-topic-link=toolkit]');
  await site.until(() => site.heading(), "What is this location's place in your partner organization?", 'first question');
  await site.answer('location-role', 'associated');
  await site.until(() => site.heading(), 'Has this location attained at least one competency of its own?', 'second question');
  await site.answer('location-competency', 'yes');
  await site.until(() => site.heading(), 'Has this location ever had a set of Toolkit benefits, including one it has now?', 'third question');
  await site.answer('toolkit-held', 'no');
  await site.until(() => site.attribute('#result', 'data-outcome'), 'qualifying-location', 'the result');
  expect(await site.url()).toMatch(/location-role=associated&location-competency=yes&toolkit-held=no$/);

  // The browser's Back and Forward move between questions; the page's Back
  // undoes the last answer.
  await site.driver.navigate().back();
  await site.until(() => site.heading(), 'Has this location ever had a set of Toolkit benefits, including one it has now?', "the browser's Back");
  await site.driver.navigate().forward();
  await site.until(() => site.attribute('#result', 'data-outcome'), 'qualifying-location', "the browser's Forward");
  await site.click('.back-link');
  await site.until(() => site.heading(), 'Has this location ever had a set of Toolkit benefits, including one it has now?', 'Back');
  await site.answer('toolkit-held', 'no');
  await site.until(() => site.attribute('#result', 'data-outcome'), 'qualifying-location', 'the result again');

  // Change the competency answer: the later answer that still applies is kept.
  await site.click('[data-answer=location-competency] a');
  await site.until(() => site.heading(), 'Has this location attained at least one competency of its own?', 'Change');
  await site.answer('location-competency', 'no');
  await site.until(() => site.attribute('#result', 'data-outcome'), 'no-competency', 'the changed result');
});

// The questions the FAQ's own distinctions brought: each topic from the start
// page, through its new question, to its result.
test('sharing: a per-country cap over only across the organization depends', async ({ site }) => {
  await site.open('/');
  await site.click('body > .page [data-topic-link=sharing]');
  await site.until(() => site.heading(), 'How did your organization earn the licenses?', 'first question');
  await site.answer('membership', 'competency');
  await site.answer('same-organization', 'yes');
  await site.until(() => site.heading(), 'Are the licenses you want to share demonstration or training licenses?', 'which licenses');
  await site.answer('demo-training', 'no');
  await site.until(() => site.heading(), 'Is your maximum for these licenses a worldwide one or a per-country one?', 'the kind of cap');
  await site.answer('cap-scope', 'per-country');
  await site.until(() => site.heading(), 'How many of these licenses would be in use across your organization after sharing?', 'the count');
  await site.fill('licenses-in-use', '120');
  await site.fill('license-cap', '100');
  await site.until(() => site.heading(), 'How many of these licenses would be in use in that country alone after sharing?', "the country's count");
  await site.fill('licenses-in-country', '60');
  await site.until(() => site.attribute('#result', 'data-outcome'), 'per-country-cap-open', 'the result');
  expect(await site.attribute('#result', 'data-verdict')).toBe('conditional');
  expect(await site.text('#result .result__decider')).toContain('Regional Service Center');
});

// Two of the seven partners' situations of tests/e2e/situations.spec.js: the
// badge answers the reader's own question, and "I don't know yet" leads to an
// It depends that says where to look.
test('situation: not sure whether the maximum is worldwide or per country', async ({ site }) => {
  await site.open('/');
  await site.click('body > .page [data-topic-link=sharing]');
  await site.until(() => site.heading(), 'How did your organization earn the licenses?', 'first question');
  await site.answer('membership', 'competency');
  await site.answer('same-organization', 'yes');
  await site.answer('demo-training', 'no');
  await site.until(() => site.heading(), 'Is your maximum for these licenses a worldwide one or a per-country one?', 'the kind of cap');
  await site.answer('cap-scope', 'not-sure');
  await site.fill('licenses-in-use', '210');
  await site.fill('license-cap', '200');
  await site.until(() => site.attribute('#result', 'data-outcome'), 'cap-scope-unknown', 'the result');
  expect(await site.attribute('#result', 'data-verdict')).toBe('conditional');
  expect(await site.text('#answer')).toBe('It depends on the kind of maximum');
  expect(await site.text('#result .result__decider')).toContain('Competency License table');
  expect(await site.driver.getTitle()).toBe('It depends on the kind of maximum – Sharing licenses between locations – Partner licensing check');
});

test('situation: reinstalling after a motherboard swap uses up an activation', async ({ site }) => {
  await site.open('/');
  await site.click('body > .page [data-topic-link=activation]');
  await site.until(() => site.heading(), 'How did your organization get the product key?', 'first question');
  expect(await site.driver.getTitle()).toBe('How did your organization get the product key? – Product activation – Partner licensing check');
  await site.answer('membership', 'action-pack');
  await site.answer('event', 'hardware-change');
  await site.until(() => site.attribute('#result', 'data-outcome'), 'action-pack-consumed', 'the result');
  expect(await site.text('#answer')).toBe('Uses up one activation');
  await site.click('#result a[href="?topic=activation-planner"]');
  await site.until(() => site.attribute('[data-page]', 'data-page'), 'activation-planner', 'the planner, linked onward');
});

test('toolkit: an earlier Toolkit that has ended depends', async ({ site }) => {
  await site.open('/');
  await site.click('body > .page [data-topic-link=toolkit]');
  await site.until(() => site.heading(), "What is this location's place in your partner organization?", 'first question');
  await site.answer('location-role', 'associated');
  await site.answer('location-competency', 'yes');
  await site.until(() => site.heading(), 'Has this location ever had a set of Toolkit benefits, including one it has now?', 'third question');
  await site.answer('toolkit-held', 'yes');
  await site.until(() => site.heading(), 'Are those Toolkit benefits still in force?', 'the new question');
  await site.answer('toolkit-in-force', 'no');
  await site.until(() => site.attribute('#result', 'data-outcome'), 'earlier-set-ended', 'the result');
  expect(await site.attribute('#result', 'data-verdict')).toBe('conditional');
});

test('o365-switch: users over the entitlement covered by licenses bought', async ({ site }) => {
  await site.open('/');
  await site.click('body > .page [data-topic-link=o365-switch]');
  await site.until(() => site.heading(), 'How many licenses does your entitlement include?', 'first question');
  await site.fill('entitlement', '100');
  await site.fill('on-prem-users', '80');
  await site.fill('cloud-users', '40');
  await site.until(() => site.heading(), 'How many of these users are covered by CALs or online seats your organization bought?', 'the new question');
  await site.fill('covered-by-purchases', '20');
  await site.until(() => site.attribute('#result', 'data-outcome'), 'covered-by-purchases', 'the result');
  expect(await site.attribute('#result', 'data-verdict')).toBe('eligible');
  expect(await site.url()).toMatch(/entitlement=100&on-prem-users=80&cloud-users=40&covered-by-purchases=20$/);
});

test('a topic completed with the keyboard alone', async ({ site }) => {
  const { driver } = site;
  const focused = async (element) => WebElement.equals(await driver.switchTo().activeElement(), element);
  const tabTo = async (element) => {
    for (let i = 0; i < 60 && !(await focused(element)); i++) await driver.actions().sendKeys(Key.TAB).perform();
    expect(await focused(element)).toBe(true);
  };
  await site.open('/');
  await tabTo(await site.find('body > .page [data-topic-link=kms]'));
  await driver.actions().sendKeys(Key.ENTER).perform();
  await site.until(() => site.heading(), 'Does your organization have a KMS key through a Volume Licensing agreement?', 'the question');
  // A radio group is one Tab stop; Space chooses the radio that has focus, arrows move.
  const no = await site.find('input[name="volume-licensing"][value="no"]');
  for (let i = 0; i < 60; i++) {
    const active = await driver.switchTo().activeElement();
    if ((await active.getAttribute('name')) === 'volume-licensing') break;
    await driver.actions().sendKeys(Key.TAB).perform();
  }
  await driver.actions().sendKeys(Key.SPACE).perform();
  for (let i = 0; i < 5 && !(await no.isSelected()); i++) await driver.actions().sendKeys(Key.ARROW_DOWN).perform();
  expect(await no.isSelected()).toBe(true);
  await tabTo(await site.find('form button[type=submit]'));
  await driver.actions().sendKeys(Key.ENTER).perform();
  await site.until(() => site.attribute('#result', 'data-outcome'), 'not-issued', 'the result');
});

test('saved progress is resumed after a reload', async ({ site }) => {
  await site.open('/?topic=toolkit');
  await site.answer('location-role', 'associated');
  await site.until(() => site.heading(), 'Has this location attained at least one competency of its own?', 'second question');
  await site.open('/');
  await site.find('#saved');
  expect(await site.text('#saved')).toContain('1 answer saved');
  await site.driver.navigate().refresh();
  await site.click('#saved [data-topic-link=toolkit]');
  await site.until(() => site.heading(), 'Has this location attained at least one competency of its own?', 'resumed');
});

test('the key check says whether a key is written correctly, and keeps it out of the address', async ({ site }) => {
  await site.open('/?topic=keys');
  const input = await site.find('#product-key');
  await input.sendKeys('ABCDE-12345-FGHIJ-67890-KLMNO');
  await site.until(() => site.attribute('#result', 'data-key-format'), 'valid', 'a valid key');
  await input.sendKeys('X');
  await site.until(() => site.attribute('#result', 'data-key-format'), 'invalid', 'an invalid key');
  expect(await site.url()).not.toContain('ABCDE');
});

// A link naming its answers by choices only shows the result the build wrote
// for it while the wasm is still on its way (tests/e2e/first-screen.spec.js
// in Chromium): the topic, the verdict, the answers the link carries. One
// with a number shows its topic and question until the rules have run.
test('a result link shows its topic, answers and result before the app has started', async ({ site }) => {
  const server = await serve(() => 'dist', {}, '/', { instrument: true, hold: /_bg\.wasm$/ });
  try {
    const { driver } = site;
    await driver.get(server.origin + '/?topic=kms&volume-licensing=no');
    const result = await site.find('#prerendered #result');
    await driver.wait(async () => (await result.isDisplayed()), 10_000, 'the written result shown');
    expect(await result.getAttribute('data-verdict')).toBe('not-eligible');
    expect(await site.text('#prerendered .caption')).toContain('KMS keys');
    expect(await site.text('#prerendered #page-heading')).toMatch(/^Without a KMS key from a Volume Licensing agreement/);
    expect(await site.text('#prerendered .summary')).toContain('Does your organization have a KMS key through a Volume Licensing agreement?');
    expect(await driver.executeScript("return document.getElementById('prerendered').inert")).toBe(true);
    expect(await site.all('[data-topic-link]'), 'not the start screen').toEqual([]);
    // A number in the link: the rules' to work out; meanwhile, what it is about.
    await driver.get(server.origin + '/?topic=sharing&membership=competency&same-organization=yes&licenses-in-use=250');
    const working = await site.find('#prerendered #working-out');
    await driver.wait(async () => (await working.isDisplayed()), 10_000, 'the topic shown while the rules work it out');
    expect(await site.text('#prerendered .caption')).toBe('Sharing licenses between locations');
    expect(await site.text('#prerendered #page-heading')).toBe('Can we share these licenses with another location?');
    expect(await site.all('[data-topic-link]'), 'not the start screen').toEqual([]);
  } finally {
    await server.close();
  }
});

// When the app cannot start, every kind of screen says so and offers to try
// again, with no uncaught error (tests/e2e/cannot-start.spec.js in Chromium).
for (const [mode, options, words] of [
  ['its wasm does not download', { fail: /_bg\.wasm$/ }, 'This page could not start: part of it did not download.'],
  ['the browser runs no WebAssembly', { withoutWasm: true }, 'This page could not start: this browser does not run WebAssembly'],
]) {
  test(`when ${mode}, every kind of screen says the app could not start and offers to try again`, async ({ site }) => {
    const server = await serve(() => 'dist', {}, '/', { instrument: true, ...options });
    try {
      const { driver } = site;
      for (const link of ['/', '/?topic=upgrade', '/?topic=kms&volume-licensing=no', '/?topic=keys']) {
        await driver.get(server.origin + link);
        const note = await site.find('[role=alert]');
        await driver.wait(async () => (await note.getText()).includes(words), 10_000, `${link}: ${words}`);
        expect(await note.findElement(By.css('button')).getText()).toBe('Try again');
        expect(await driver.executeScript("return document.getElementById('prerendered').inert"), link).toBe(true);
        // What was written stays, out of reach; the app drew no result of its own.
        expect(await driver.executeScript("return [...document.querySelectorAll('#result')].filter((e) => !e.closest('#prerendered')).length"), link).toBe(0);
      }
      const problems = JSON.parse((await driver.executeScript("return sessionStorage.getItem('test-problems')")) || '[]');
      expect(problems, problems.join('\n')).toEqual([]);
    } finally {
      await server.close();
    }
  });
}

test('embedded on another origin, the frame is told the height of each screen', async ({ site, app }) => {
  const snippet = fs.readFileSync('docs/embedding.md', 'utf8').match(/```html\n([\s\S]*?)```/)[1];
  let hostOrigin;
  const host = await serve(() => '/nonexistent', {
    get '/index.html'() {
      return '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>FAQ</title><link rel="icon" href="data:,"></head><body><h1>FAQ</h1>' +
        snippet
          .replaceAll('https://licensing.example.com/?embed=1&embed-origin=https://faq.example.com', `${app}/?topic=kms&embed=1&embed-origin=${hostOrigin}`)
          .replaceAll('https://licensing.example.com', app) + '</body></html>';
    },
  });
  hostOrigin = host.origin;
  try {
    const { driver } = site;
    await driver.get(host.origin + '/');
    const frame = await site.find('#licensing-check');
    const height = () => frame.getRect().then((r) => Math.round(r.height));
    // It starts at 30rem (480px) and is told the question screen's height.
    await driver.wait(async () => (await height()) !== 480, 10_000, 'the frame was never resized');
    const question = await height();
    await driver.switchTo().frame(frame);
    await site.answer('volume-licensing', 'no');
    await site.find('#result');
    await driver.switchTo().defaultContent();
    await driver.wait(async () => (await height()) !== question, 10_000, 'the frame kept the question height');
    expect(await height()).toBeGreaterThan(question);
  } finally {
    await host.close();
  }
});

// <licensing-check> with a look of its own: its events, the look applied in
// the frame with contrast kept (tests/e2e/looks.spec.js and hosts.spec.js in
// Chromium).
test('the element: ready and question events, and a pale accent made readable, the font and corners as asked', async ({ site, app }) => {
  const host = await serve(() => '/nonexistent', {
    '/index.html':
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>FAQ</title><link rel="icon" href="data:,"></head><body><h1>FAQ</h1>' +
      `<script src="${app}/licensing-check.js"></script>` +
      '<licensing-check topic="kms" scheme="light" accent="#ffe600" font="Georgia, serif" radius="0"></licensing-check>' +
      '<script>window.heard = []; for (const type of ["ready", "question", "notice"]) document.addEventListener("licensing-check:" + type, (e) => window.heard.push(e.detail.type));</script>' +
      '</body></html>',
  });
  try {
    const { driver } = site;
    await driver.get(host.origin + '/');
    const heard = () => driver.executeScript('return window.heard.join(" ")');
    await driver.wait(async () => (await heard()).split(' ').length >= 3, 10_000, 'ready, question and notice heard');
    expect((await heard()).split(' ').sort()).toEqual(['licensing-check:notice', 'licensing-check:question', 'licensing-check:ready']);
    await driver.switchTo().frame(await site.find('licensing-check iframe'));
    const looked = () => driver.executeScript("return document.documentElement.style.getPropertyValue('--accent')");
    await driver.wait(async () => (await looked()) !== '', 10_000, 'the look applied');
    const accent = await looked();
    expect(accent).toMatch(/^#[0-9a-f]{6}$/);
    expect(accent).not.toBe('#ffe600');
    const button = await site.find('.button');
    expect(await button.getCssValue('border-top-left-radius')).toBe('0px');
    expect(await driver.executeScript('return getComputedStyle(document.documentElement).fontFamily')).toMatch(/^Georgia, serif$/);
    const [r, g, b] = accent.slice(1).match(/../g).map((h) => parseInt(h, 16));
    expect(await button.getCssValue('background-color')).toMatch(new RegExp(`^rgba?\\(${r}, ${g}, ${b}(, 1)?\\)$`));
    await driver.switchTo().defaultContent();
  } finally {
    await host.close();
  }
});

for (const [what, query, screen, words] of hostile) {
  test(`hostile link: ${what}`, async ({ site }) => {
    await site.open(`/${query}`);
    const notices = await site.text('#notices');
    for (const word of words) expect(notices).toContain(word);
    expect(notices.length).toBeLessThan(6000);
    expect(await site.all('#notices img, #notices svg, #notices script, #notices b')).toHaveLength(0);
    if (screen === 'start') expect(await site.heading()).toBe(START);
    if (screen === 'question') expect(await site.all('[data-question]')).toHaveLength(1);
    if (screen === 'result') expect(await site.attribute('#result', 'data-verdict')).toMatch(/.+/);
    expect(await site.driver.executeScript('return window.__pwned')).toBeNull();
  });
}

// "Your checks" (tests/e2e/checks.spec.js in Chromium): three results reached
// are listed newest first with their answers and days; printed (WebDriver's
// Print, read back from its PDF) it is one record, each with its full link,
// without the page's buttons.
test('your checks: three results listed newest first, and printed as one record', async ({ site }) => {
  const reached = [
    ['?topic=kms&volume-licensing=no', 'Can I get a Key Management Service (KMS) key?'],
    ['?topic=o365-mix&sku-family=kiosk', 'Can our purchased Office 365 seats share the tenant with our earned E3 seats?'],
    ['?topic=upgrade&install-location=external', 'Can I use these Windows licenses on this computer?'],
  ];
  for (const [query] of reached) {
    await site.open(`/${query}`);
    await site.find('#result');
  }
  await site.click('.checks-link a');
  await site.until(() => site.heading(), 'Your checks', 'the checks page');
  const items = await site.all('#checks > li');
  expect(items).toHaveLength(3);
  const asked = await Promise.all(items.map(async (item) => (await item.findElement(By.css('h2'))).getText()));
  expect(asked).toEqual(reached.map(([, asks]) => asks).reverse());
  expect(await items[2].getText()).toContain('No: only through a Volume Licensing agreement');
  expect(await items[0].getText()).toMatch(/Checked on \d{1,2} [A-Z][a-z]+ \d{4} against FAQ revision/);

  // Printed: Firefox's WebDriver prints a PDF, read back; WebKitGTK's has no Print command, so
  // there the stylesheet's print rules are applied to the page as printing applies them, and
  // the page is read.
  let printed;
  try {
    printed = await pdfText(Buffer.from(await site.driver.printPage({}), 'base64'));
  } catch (error) {
    if (!/Unknown command/.test(error.message)) throw error;
    printed = await site.driver.executeScript(`
      const rules = [];
      for (const sheet of document.styleSheets) {
        for (const rule of sheet.cssRules) {
          if (rule instanceof CSSMediaRule && rule.media.mediaText === 'print') {
            for (const inner of rule.cssRules) rules.push(inner.cssText);
          }
        }
      }
      // A constructed sheet, which the page's Content-Security-Policy lets in.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(rules.join('\\n'));
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      return document.body.innerText;`);
  }
  const flat = printed.replace(/\s+/g, '');
  for (const [query, asks] of reached) {
    expect(flat).toContain(asks.replace(/\s+/g, ''));
    expect(flat).toContain(`${site.origin}/${query}`.replace(/\s+/g, ''));
  }
  expect(flat).toContain('Listedon');
  for (const control of ['Removeallchecks', 'Copyastext']) expect(flat).not.toContain(control);
});
