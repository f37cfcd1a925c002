// FAQ sites use the app their way: a host page on another origin builds its
// own question UI from the JavaScript module, or writes <licensing-check>,
// each with the example from the docs, word for word. And the module agrees
// with the app on every state of every topic.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const base = require('@playwright/test');
const { expect } = base;
const { serve } = require('./static-server');
const { test: appTest, ready, watch } = require('./fixtures');

/// A fenced example of a doc, by its name (```html example=<name>).
const example = (doc, name) => fs.readFileSync(doc, 'utf8').match(new RegExp('```html example=' + name + '\\n([\\s\\S]*?)```'))[1];
const widget = example('docs/javascript.md', 'question-widget');
const element = example('docs/embedding.md', 'element');
const page = (body) =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>FAQ</title><link rel="icon" href="data:,"></head><body>' +
  '<h1>Partner FAQ</h1>' + body + '</body></html>';

const test = base.test.extend({
  /// The app served on its own origin (rules/ readable from any origin),
  /// and a host page on a second one; failing on errors and on requests
  /// that leave the two origins.
  sites: async ({ page: browserPage }, use) => {
    const app = await serve(() => 'dist', {}, '/', { cors: true });
    let html = '';
    // The host may also serve its own copy of the element (a self-hosted or bundled one).
    const host = await serve(() => '/nonexistent', {
      get '/index.html'() { return html; },
      '/vendor/licensing-check.js': fs.readFileSync('dist/licensing-check.js', 'utf8'),
    });
    const problems = watch(browserPage, [app.origin, host.origin, 'data:']);
    await use({
      app: app.origin,
      host: host.origin,
      write: (body) => { html = page(body.replaceAll('https://licensing.example.com', app.origin)); },
      problems,
    });
    expect(problems, problems.join('\n')).toEqual([]);
    await app.close();
    await host.close();
  },
});

/// What readers see where the page's setup keeps the check from starting.
const NOT_SET_UP = "This licensing check is not set up correctly on this page, so it cannot start here. The site's team can put it right.";

const paths = [
  ['upgrade', ['8-pro', 'internal']],
  ['upgrade', ['home']],
  ['toolkit', ['associated', 'yes', 'no']],
  ['kms', ['no']],
  ['msdn', ['mpn', 'client-solution']],
  ['activation', ['action-pack', 'reimage']],
  ['o365-mix', ['other']],
];

test('a host page builds its own question UI from the module and reaches the same results as the app', async ({ page, sites }) => {
  sites.write(widget);
  for (const [topic, answers] of paths) {
    await page.goto(`${sites.host}/?topic=${topic}`);
    for (const answer of answers) await page.locator(`#licensing-widget button[data-answer="${answer}"]`).click();
    const hosted = page.locator('#licensing-widget section');
    await expect(hosted).toHaveAttribute('data-verdict', /.+/);
    const [verdict, outcome] = [await hosted.getAttribute('data-verdict'), await hosted.getAttribute('data-outcome')];
    // The same answers as a deep link of the app.
    const query = await page.evaluate(
      async ([origin, topic, answers]) => {
        const { link, topics } = await import(origin + '/rules/licensing-rules.js');
        const questions = topics().find((t) => t.id === topic).questions;
        const state = { topic, answers: {} };
        for (const answer of answers) {
          const question = questions.find((q) => q.choices && q.choices.some((c) => c.id === answer) && !(q.id in state.answers));
          state.answers[question.id] = answer;
        }
        return link(state);
      },
      [sites.app, topic, answers],
    );
    const appPage = await page.context().newPage();
    await appPage.goto(sites.app + '/' + query);
    await ready(appPage);
    await expect(appPage.locator('#result')).toHaveAttribute('data-verdict', verdict);
    await expect(appPage.locator('#result')).toHaveAttribute('data-outcome', outcome);
    await appPage.close();
  }
});

/// The element's events as the host page receives them, in order.
async function recordEvents(page) {
  const messages = [];
  await page.exposeFunction('recordLicensingEvent', (detail) => messages.push(detail));
  await page.addInitScript(() => {
    for (const type of ['ready', 'start', 'question', 'result', 'notice', 'cannot-start'].map((t) => 'licensing-check:' + t)) {
      document.addEventListener(type, (event) => window.recordLicensingEvent(event.detail));
    }
  });
  return messages;
}

test('<licensing-check> frames the app, sizes itself, and re-dispatches question and result events', async ({ page, sites }) => {
  sites.write(element);
  const messages = await recordEvents(page);
  await page.goto(sites.host + '/');
  const frame = page.frameLocator('licensing-check iframe');
  await expect(frame.locator('#page-heading')).toHaveText('Does your organization have a KMS key through a Volume Licensing agreement?');
  await expect(page.locator('#licensing-status')).toHaveText('Asking volume-licensing (kms)');
  // As tall as the app's content, not the 30rem it starts at.
  const fitted = async () => {
    const [outer, inner] = await Promise.all([
      page.locator('licensing-check iframe').evaluate((f) => f.getBoundingClientRect().height),
      frame.locator('html').evaluate((h) => Math.ceil(h.getBoundingClientRect().height)),
    ]);
    return Math.abs(outer - inner);
  };
  await expect.poll(fitted).toBeLessThanOrEqual(1);

  await frame.getByLabel('No', { exact: true }).check();
  await frame.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#licensing-status')).toHaveText('Result: kms not-eligible (not-issued)');
  await expect.poll(fitted).toBeLessThanOrEqual(1);
  const version = await page.request.get(sites.app + '/').then((r) => r.text()).then((html) => html.match(/<meta name="version" content="([^"]+)">/)[1]);
  expect(messages).toEqual([
    { type: 'licensing-check:ready', version },
    { type: 'licensing-check:question', topic: 'kms', question: 'volume-licensing' },
    { type: 'licensing-check:result', topic: 'kms', verdict: 'not-eligible', outcome: 'not-issued' },
  ]);

  // Another attribute, another link.
  await page.locator('licensing-check').evaluate((e) => e.setAttribute('volume-licensing', 'yes'));
  await expect(page.locator('#licensing-status')).toHaveText('Result: kms eligible (volume-licensing-key)');

  // The host's own attributes are not answers: the reader stays where they are.
  const src = await page.locator('licensing-check iframe').getAttribute('src');
  await page.locator('licensing-check').evaluate((e) => {
    e.setAttribute('aria-label', 'Licensing check');
    e.setAttribute('role', 'region');
    e.setAttribute('tabindex', '-1');
    e.setAttribute('data-state', 'open');
    e.classList.add('wide');
  });
  await page.waitForTimeout(200);
  expect(await page.locator('licensing-check iframe').getAttribute('src')).toBe(src);
  await expect(frame.locator('#result')).toHaveAttribute('data-outcome', 'volume-licensing-key');
  await expect(frame.locator('#notices')).toHaveCount(0);
});

test('a self-hosted element at the app address it is given: ready, start, question, result and back at the start, in order', async ({ page, sites }) => {
  sites.write('<script src="/vendor/licensing-check.js"></script><licensing-check app="https://licensing.example.com/"></licensing-check>');
  const messages = await recordEvents(page);
  await page.goto(sites.host + '/');
  await expect(page.locator('licensing-check iframe')).toHaveAttribute('src', `${sites.app}/?embed=1&embed-origin=${encodeURIComponent(sites.host)}`);
  const frame = page.frameLocator('licensing-check iframe');
  await frame.locator('[data-topic-link=kms]').click();
  await frame.getByLabel('No', { exact: true }).check();
  await frame.getByRole('button', { name: 'Continue' }).click();
  await expect(frame.locator('#result')).toHaveAttribute('data-verdict', 'not-eligible');
  await frame.getByRole('button', { name: 'Start again' }).click();
  await expect(frame.locator('[data-topic-link]').first()).toBeVisible();
  await expect.poll(() => messages.map((m) => m.type.replace('licensing-check:', ''))).toEqual(['ready', 'start', 'question', 'result', 'start']);
});

test('the pinned element, checked by its integrity hash, at an explicit app address: every event, in order', async ({ page, sites }) => {
  const release = JSON.parse(fs.readFileSync('dist/version.json', 'utf8'));
  const { pinned, integrity } = release.files['licensing-check.js'];
  sites.write(
    `<script src="https://licensing.example.com/${pinned}" integrity="${integrity}" crossorigin="anonymous"></script>` +
      '<licensing-check app="https://licensing.example.com/" topic="kms" volume-licencing="no"></licensing-check>',
  );
  const messages = await recordEvents(page);
  await page.goto(sites.host + '/');
  const frame = page.frameLocator('licensing-check iframe');
  await frame.getByLabel('No', { exact: true }).check();
  await frame.getByRole('button', { name: 'Continue' }).click();
  await frame.getByRole('button', { name: 'Start again' }).click();
  await expect(frame.locator('[data-topic-link]').first()).toBeVisible();
  await expect.poll(() => messages.map((m) => m.type.replace('licensing-check:', ''))).toEqual(['ready', 'question', 'notice', 'result', 'start']);
  expect(messages[0].version).toBe(release.version);
  expect(messages[2].notices.join(' ')).toContain('volume-licencing');
});

test('an element whose integrity hash does not match is not run', async ({ page, sites }) => {
  const { pinned } = JSON.parse(fs.readFileSync('dist/version.json', 'utf8')).files['licensing-check.js'];
  sites.write(
    `<script src="https://licensing.example.com/${pinned}" integrity="sha384-${'A'.repeat(64)}" crossorigin="anonymous"></script>` +
      '<licensing-check topic="kms"></licensing-check>',
  );
  await page.goto(sites.host + '/');
  await page.waitForTimeout(300);
  await expect(page.locator('licensing-check iframe')).toHaveCount(0);
  // The browser's own report of the refused script is what this test expects.
  sites.problems.splice(0, sites.problems.length, ...sites.problems.filter((p) => !/integrity/i.test(p)));
});

test('an app address that is not one is told to the developer, not guessed', async ({ page, sites }) => {
  sites.write('<script src="/vendor/licensing-check.js"></script><licensing-check app="javascript:alert(1)" topic="kms"></licensing-check>');
  const messages = await recordEvents(page);
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(sites.host + '/');
  await expect.poll(() => messages.map((m) => m.type)).toEqual(['licensing-check:notice']);
  expect(messages[0].notices[0]).toMatch(/^app="javascript:alert\(1\)" is not a web address: give the address the app is served at/);
  expect(messages[0].details).toEqual([{ code: 'app', severity: 'error', message: messages[0].notices[0] }]);
  expect(warnings.join('\n')).toContain('<licensing-check>: app="javascript:alert(1)" is not a web address');
  await expect(page.locator('licensing-check iframe')).not.toHaveAttribute('src', /./);
  await expect(page.locator('licensing-check iframe')).toBeHidden();
  // Readers are told plainly that the check is not set up here; nothing meant for the developer.
  await expect(page.locator('licensing-check p')).toHaveText(NOT_SET_UP);
});

test('the element loaded as a module script frames the app from where the script came, not the host page\'s site', async ({ page, sites }) => {
  sites.write('<script type="module" src="https://licensing.example.com/licensing-check.js"></script><licensing-check topic="kms"></licensing-check>');
  const messages = await recordEvents(page);
  await page.goto(sites.host + '/');
  await expect(page.locator('licensing-check iframe')).toHaveAttribute('src', `${sites.app}/?topic=kms&embed=1&embed-origin=${encodeURIComponent(sites.host)}`);
  await expect(page.frameLocator('licensing-check iframe').locator('#page-heading')).toBeVisible();
  await expect.poll(() => messages.map((m) => m.type.replace('licensing-check:', ''))).toEqual(['ready', 'question']);
});

test('an element with no address to go by (bundled, no app attribute) is told at once and frames nothing', async ({ page, sites }) => {
  const bundled = fs.readFileSync('dist/licensing-check.js', 'utf8');
  sites.write(`<script type="module">${bundled}</script><licensing-check topic="kms"></licensing-check>`);
  const messages = await recordEvents(page);
  await page.goto(sites.host + '/');
  await expect.poll(() => messages.map((m) => m.type)).toEqual(['licensing-check:notice']);
  // (The page's example address is the test's app origin here, as in every page sites.write writes.)
  const told = `no app attribute, and this script was not loaded from the app's address by a <script src>: give the address the app is served at, such as app="${sites.app}/".`;
  expect(messages[0].notices).toEqual([told]);
  expect(messages[0].details).toEqual([{ code: 'app', severity: 'error', message: told }]);
  await expect(page.locator('licensing-check iframe')).not.toHaveAttribute('src', /./);
  await expect(page.locator('licensing-check p')).toHaveText(NOT_SET_UP);
});

test('an app address without its scheme is told at once, never read as a page of the host\'s site', async ({ page, sites }) => {
  sites.write('<script src="/vendor/licensing-check.js"></script><licensing-check app="licensing.example.com/check" topic="kms"></licensing-check>');
  const messages = await recordEvents(page);
  const asked = [];
  page.on('request', (request) => request.url().startsWith(sites.host + '/licensing') && asked.push(request.url()));
  await page.goto(sites.host + '/');
  await expect.poll(() => messages.map((m) => m.type)).toEqual(['licensing-check:notice']);
  const told = 'app="licensing.example.com/check" has no scheme, so it would name a page of this site: write https://licensing.example.com/check if that is where the app is served.';
  expect(messages[0].notices).toEqual([told]);
  expect(messages[0].details).toEqual([{ code: 'app', severity: 'error', message: told }]);
  await expect(page.locator('licensing-check p')).toHaveText(NOT_SET_UP);
  await expect(page.locator('licensing-check iframe')).not.toHaveAttribute('src', /./);
  expect(asked).toEqual([]);
});

test('a misspelt attribute is told to the developer (event and console), not to readers', async ({ page, sites }) => {
  sites.write(element.replace('topic="kms"', 'topic="kms" volume-licencing="no"'));
  const messages = await recordEvents(page);
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(sites.host + '/');
  const frame = page.frameLocator('licensing-check iframe');
  await expect(frame.locator('#page-heading')).toBeVisible();
  await expect.poll(() => messages.map((m) => m.type.replace('licensing-check:', ''))).toEqual(['ready', 'question', 'notice']);
  const told = '“volume-licencing” in the link is not a question about KMS keys, so it was ignored: did you mean “volume-licensing”?';
  expect(messages[2].notices).toEqual([told]);
  expect(messages[2].details).toEqual([{ code: 'link', severity: 'warning', message: told }]);
  // Once in the console (the frame's), not again by the element.
  expect(warnings.filter((w) => w.includes('volume-licencing'))).toEqual(['licensing-check: ' + told]);
  // Readers see no notice about it.
  await expect(frame.locator('#notices')).toHaveCount(0);
});

for (const [sandbox, lacking] of [['allow-scripts', 'lacks allow-same-origin'], ['allow-same-origin', 'does not allow scripts']]) {
  test(`an element whose sandbox="${sandbox}" ${lacking} loads no frame: the developer is told why, readers that it is not set up`, async ({ page, sites }) => {
    sites.write(element.replace('topic="kms"', `topic="kms" sandbox="${sandbox}"`));
    const messages = await recordEvents(page);
    const requests = [];
    page.on('request', (request) => request.url().startsWith(sites.app) && requests.push(request.url()));
    await page.goto(sites.host + '/');
    await expect.poll(() => messages.map((m) => m.type)).toEqual(['licensing-check:cannot-start']);
    expect(messages[0]).toMatchObject({ reason: 'sandbox', severity: 'error' });
    expect(messages[0].message).toContain(`sandbox="${sandbox}" ${lacking}`);
    await expect(page.locator('licensing-check iframe')).toBeHidden();
    await expect(page.locator('licensing-check iframe')).not.toHaveAttribute('src', /./);
    await expect(page.locator('licensing-check p')).toHaveText(NOT_SET_UP);
    expect(requests.filter((url) => !url.endsWith('/licensing-check.js'))).toEqual([]);
    // Expected here: the element's console error, for the developer.
    sites.problems.splice(0, sites.problems.length, ...sites.problems.filter((p) => !/<licensing-check>: the app cannot start/.test(p)));
  });
}

test('a hand-written frame sandboxed without allow-same-origin tells its reader the frame does not let it run', async ({ page, sites }) => {
  sites.write('<iframe title="Licensing check" sandbox="allow-scripts" src="https://licensing.example.com/?topic=kms&embed=1"></iframe>');
  await page.goto(sites.host + '/');
  const note = page.frameLocator('iframe').locator('#cannot-start');
  await expect(note).toContainText('This page could not start: the frame it is shown in does not let it run, which only the site showing it can put right.');
  await expect(note).not.toContainText('connection');
  // Trying again cannot help: only the site can.
  await expect(note.getByRole('button')).toHaveCount(0);
  // Expected here: the browser's refusals of what a frame without an origin may load.
  const expected = /Subresource Integrity|CORS|Cross-Origin|Failed to load|service ?worker|SecurityError|origin 'null'/i;
  sites.problems.splice(0, sites.problems.length, ...sites.problems.filter((p) => !expected.test(p)));
});

test('a hand-written frame sandboxed without allow-scripts tells its reader JavaScript is not running there, without blaming their browser', async ({ page, sites }) => {
  sites.write('<iframe title="Licensing check" sandbox="allow-same-origin" src="https://licensing.example.com/?topic=kms&embed=1"></iframe>');
  await page.goto(sites.host + '/');
  const said = page.frameLocator('iframe').locator('noscript p');
  await expect(said).toContainText('needs JavaScript, which is not running here: it may be turned off in your browser, or not allowed where this page is shown.');
  await expect(said).not.toContainText('Turn on JavaScript');
  // Expected here: the browser's refusals of scripts in a frame that allows none.
  sites.problems.splice(0, sites.problems.length, ...sites.problems.filter((p) => !/sandbox|allow-scripts|Blocked script/i.test(p)));
});

test('look.wasm served as another type than application/wasm: the look applies all the same, and the developer is told the type', async ({ page }) => {
  const app = await serve(() => 'dist', {}, '/', { cors: true, types: { '.wasm': 'application/octet-stream' } });
  const host = await serve(() => '/nonexistent', {
    '/index.html': '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>FAQ</title><link rel="icon" href="data:,"></head><body>' +
      `<script src="${app.origin}/licensing-check.js"></script><licensing-check topic="kms" scheme="dark" radius="0"></licensing-check></body></html>`,
  });
  try {
    const messages = await recordEvents(page);
    await page.goto(host.origin + '/');
    const frame = page.frameLocator('licensing-check iframe');
    await expect(frame.getByRole('button', { name: 'Continue' })).toHaveCSS('border-radius', '0px');
    await expect.poll(() => messages.filter((m) => m.type === 'licensing-check:notice').length).toBe(1);
    const notice = messages.find((m) => m.type === 'licensing-check:notice');
    expect(notice.details).toEqual([{
      code: 'look-module',
      severity: 'warning',
      message: 'look.wasm came as application/octet-stream, not application/wasm: the look was applied all the same, but serve *.wasm as application/wasm (docs/embedding.md, HTTP headers).',
    }]);
  } finally {
    await app.close();
    await host.close();
  }
});

test('loading="lazy" goes to the frame, which loads only near the view; frame attributes stay out of the link', async ({ page, sites }) => {
  sites.write('<div style="height:5000px"></div>' + element.replace('topic="kms"', 'topic="kms" loading="lazy" referrerpolicy="no-referrer" name="check"'));
  const asked = [];
  page.on('request', (request) => request.url().startsWith(sites.app + '/?') && asked.push(request.url()));
  await page.goto(sites.host + '/');
  const iframe = page.locator('licensing-check iframe');
  await expect(iframe).toHaveAttribute('loading', 'lazy');
  await expect(iframe).toHaveAttribute('referrerpolicy', 'no-referrer');
  await expect(iframe).toHaveAttribute('name', 'check');
  await expect(iframe).toHaveAttribute('src', /^[^]*\?topic=kms&embed=1&embed-origin=[^&]+$/);
  await page.waitForTimeout(500);
  expect(asked).toEqual([]);
  await iframe.scrollIntoViewIfNeeded();
  await expect(page.frameLocator('licensing-check iframe').locator('#page-heading')).toBeVisible();
  expect(asked).toHaveLength(1);
});

test('an attribute named like an answer goes into the link, even one that starts with "on"', async ({ page, sites }) => {
  sites.write(element.replace('topic="kms"', 'topic="o365-switch" on-prem-users="10" onclick="void 0"'));
  await page.goto(sites.host + '/');
  await expect(page.locator('licensing-check iframe')).toHaveAttribute('src', /\?topic=o365-switch&on-prem-users=10&embed=1&/);
});

test('checks: the element offers Your checks in its frame only with the attribute, and follows it being set', async ({ page, sites }) => {
  sites.write(element.replace('topic="kms"', 'topic="kms" volume-licensing="no"'));
  await page.goto(sites.host + '/');
  const iframe = page.locator('licensing-check iframe');
  const frame = page.frameLocator('licensing-check iframe');
  await expect(frame.locator('#result')).toBeVisible();
  await expect(iframe).not.toHaveAttribute('src', /embed-checks/);
  await expect(frame.getByRole('link', { name: 'Your checks' })).toHaveCount(0);
  // Set on the element: the frame opens again with the list offered.
  await page.locator('licensing-check').evaluate((e) => e.setAttribute('checks', ''));
  await expect(iframe).toHaveAttribute('src', /[?&]embed-checks=1(&|$)/);
  await frame.getByRole('link', { name: 'Your checks' }).click();
  await expect(frame.locator('#checks > li')).toHaveCount(1);
});

test("a link copied inside the element opens the result on the app's own page, not framed", async ({ page, context, sites }) => {
  for (const origin of [sites.app, sites.host]) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  sites.write(element.replace('topic="kms"', 'topic="kms" volume-licensing="no"'));
  await page.goto(sites.host + '/');
  const frame = page.frameLocator('licensing-check iframe');
  await frame.getByRole('button', { name: 'Copy link to this result' }).click();
  await expect(frame.locator('.share__status')).toHaveText('Link copied.');
  // Read back on the host page: the frame is allowed to write the clipboard only.
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${sites.app}/?topic=kms&volume-licensing=no`);
});

test('the element sends nothing typed: the key check posts no result', async ({ page, sites }) => {
  sites.write(element.replace('topic="kms"', 'topic="keys"'));
  const messages = await recordEvents(page);
  await page.goto(sites.host + '/');
  const frame = page.frameLocator('licensing-check iframe');
  await frame.getByLabel('Product key or token').fill('ABCDE-12345-FGHIJ-67890-KLMNO');
  await expect(frame.locator('#result')).toHaveAttribute('data-key-format', 'valid');
  await page.waitForTimeout(200);
  expect(messages.map((m) => m.type)).toEqual(['licensing-check:ready']);
});

appTest('the module and the app agree on every state of every topic', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/index.html');
  await ready(page);
  const report = await page.evaluate(async () => {
    const { default: init, evaluate, link, topics } = await import('/rules/licensing-rules.js');
    await init();
    const asOf = '2026-11-28';
    const numbers = ['0', '1', '2', '99', '100', '101', '18446744073709551615'];
    const dates = ['2024-02-29', '2025-11-27', '2025-11-28', '2025-11-29', '2026-11-28', '2027-06-15'];
    const settle = () => new Promise((r) => setTimeout(r, 0));
    const app = async (query) => {
      history.pushState(null, '', query);
      dispatchEvent(new PopStateEvent('popstate'));
      await settle();
      const result = document.querySelector('body > .page #result');
      if (result) {
        const attributes = {};
        for (const { name, value } of result.attributes) if (name.startsWith('data-')) attributes[name.slice(5)] = value;
        return { kind: 'result', attributes };
      }
      const question = document.querySelector('body > .page [data-question][data-topic]');
      return question ? { kind: 'question', question: question.dataset.question } : { kind: 'other' };
    };
    const differences = [];
    const seen = new Map();
    // Nothing the declarations give as null (types.d.ts) arrives as undefined.
    const undefinedAt = (value, path = '') =>
      value === undefined
        ? [path]
        : value && typeof value === 'object'
          ? Object.entries(value).flatMap(([key, inner]) => undefinedAt(inner, `${path}.${key}`))
          : [];
    const missing = undefinedAt(topics(), 'topics()');
    let states = 0;
    for (const topic of topics()) {
      const walk = async (answers) => {
        states += 1;
        const state = { topic: topic.id, answers, asOf };
        const module = evaluate(state);
        seen.set(JSON.stringify(module), module);
        missing.push(...undefinedAt(module, `evaluate(${JSON.stringify(state)})`));
        const shown = await app(link(state));
        const expected = module.kind === 'result' ? { kind: 'result', attributes: module.attributes } : { kind: module.kind, question: module.question };
        if (JSON.stringify(shown) !== JSON.stringify(expected)) differences.push({ state, module: expected, app: shown });
        const next = module.kind === 'question'
          ? [module.question]
          : topic.questions.filter((q) => q.kind === 'date' && !(q.id in answers)).map((q) => q.id);
        for (const id of next) {
          const question = topic.questions.find((q) => q.id === id);
          const values = question.kind === 'choice' ? question.choices.map((c) => c.id) : question.kind === 'number' ? numbers : dates;
          for (const value of values) await walk({ ...answers, [id]: value });
        }
      };
      await walk({});
    }
    // A value of the wrong kind is named as the caller gave it, in its terms.
    const wrong = evaluate({ topic: 'kms', answers: { 'volume-licensing': false, 'volume-licencing': 'no' } });
    const others = [
      evaluate({ topic: 'kmss' }),
      evaluate('?topic=kms&view=tree'),
      evaluate('?topic=keys'),
      evaluate(''),
      evaluate({ topic: 'downgrade', answers: { 'license-source': 'mpn' }, asOf: 'soon' }),
      evaluate(42),
      wrong,
    ];
    return { states, differences: differences.slice(0, 5), missing: missing.slice(0, 5), wrong: wrong.ignored, values: { topics: topics(), evaluations: [...seen.values(), ...others] } };
  });
  expect(report.differences).toEqual([]);
  expect(report.missing).toEqual([]);
  expect(report.wrong.join(' ')).toContain('“false”');
  expect(report.wrong.join(' ')).not.toContain('not-a-whole-number');
  expect(report.wrong.join(' ')).toContain('“volume-licencing” in answers');
  expect(report.wrong.join(' ')).not.toMatch(/link|below/);
  // Every value the module gave, held against its declarations by the
  // TypeScript compiler: a missing field, an extra one or a wrong type fails.
  expect(report.values.evaluations.length).toBeGreaterThan(100);
  const file = path.join(base.test.info().outputDir, 'module-values.ts');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(
    file,
    `import type { Evaluation, Topic } from ${JSON.stringify(path.resolve('dist/rules/licensing-rules.js'))};\n` +
      `export const topics: Topic[] = ${JSON.stringify(report.values.topics)};\n` +
      `export const evaluations: Evaluation[] = ${JSON.stringify(report.values.evaluations)};\n`,
  );
  const checked = spawnSync('node_modules/.bin/tsc', ['--noEmit', '--strict', '--target', 'es2022', '--module', 'es2022', '--moduleResolution', 'bundler', file], { encoding: 'utf8' });
  expect(checked.stdout + checked.stderr).toBe('');
  expect(checked.status).toBe(0);
  // Every answer of every question, numbers and dates by their samples;
  // links that settle early end sooner than step by step.
  expect(report.states).toBeGreaterThan(300);
});

appTest('the module before init() has finished: evaluate gives the documented error, the others say what to do', async ({ page }) => {
  await page.goto('/index.html');
  const seen = await page.evaluate(async () => {
    const rules = await import('/rules/licensing-rules.js');
    const before = rules.evaluate('?topic=kms');
    const thrown = [];
    for (const call of [() => rules.topics(), () => rules.link('?topic=kms'), () => rules.checkKeyFormat('x'), () => rules.about()]) {
      try {
        call();
        thrown.push('nothing');
      } catch (error) {
        thrown.push(`${error.constructor.name}: ${error.message}`);
      }
    }
    await rules.default();
    return { before, thrown, after: rules.evaluate('?topic=kms').kind, about: rules.about() };
  });
  const waiting = 'The rules are not loaded yet: call init() and wait for the promise it returns first.';
  expect(seen.before).toEqual({ kind: 'error', message: waiting });
  expect(seen.thrown).toEqual(['topics', 'link', 'checkKeyFormat', 'about'].map((name) => `Error: ${name}(): ${waiting}`));
  expect(seen.after).toBe('question');
  const version = await page.locator('meta[name=version]').getAttribute('content');
  expect(seen.about).toEqual({ version, faqRevision: '9956fd733dfac895', contract: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
});

base.test('the module works in Node, given the wasm bytes', () => {
  const module = require('url').pathToFileURL(path.resolve('dist/rules/licensing-rules.js')).href;
  const code = `
    import { readFile } from 'node:fs/promises';
    import init, { initSync, evaluate, about } from ${JSON.stringify(module)};
    const bytes = await readFile(new URL('licensing-rules_bg.wasm', ${JSON.stringify(module)}));
    const before = evaluate('?topic=kms').kind;
    await init(bytes);
    const result = evaluate({ topic: 'kms', answers: { 'volume-licensing': 'no' } });
    initSync(bytes);
    console.log(JSON.stringify({ before, verdict: result.verdict, outcome: result.outcome, citation: result.faq.citation, about: about() }));
  `;
  const out = JSON.parse(require('child_process').execFileSync('node', ['--input-type=module', '-e', code], { encoding: 'utf8' }));
  expect(out).toMatchObject({ before: 'error', verdict: 'not-eligible', outcome: 'not-issued', about: { faqRevision: '9956fd733dfac895' } });
  expect(out.citation).toMatch(/›/);
});

// The embed's look (docs/embedding.md): the host's own, read by the element
// (look="host"), reaches the frame with every colour at WCAG AA.
test('look="host": the frame takes the host page\'s colours and font', async ({ page, sites }) => {
  sites.write(
    '<style>body { background: #101820; color: #e6e6e6; font-family: Georgia, "Times New Roman", serif } a { color: #ffb000 }</style>' +
      element.replace('<licensing-check topic="kms">', '<licensing-check topic="kms" look="host">'),
  );
  const messages = await recordEvents(page);
  await page.goto(sites.host + '/');
  const frame = page.frameLocator('licensing-check iframe');
  await expect(frame.locator('#page-heading')).toBeVisible();
  const html = frame.locator('html');
  await expect(html).toHaveCSS('background-color', 'rgb(16, 24, 32)');
  await expect(html).toHaveCSS('color', 'rgb(230, 230, 230)');
  await expect(html).toHaveCSS('font-family', 'Georgia, "Times New Roman", serif');
  await expect(html).toHaveCSS('color-scheme', 'dark');
  await expect(frame.getByRole('button', { name: 'Continue' })).toHaveCSS('background-color', 'rgb(255, 176, 0)');
  // Nothing to tell: every colour the host has reads well on its background.
  expect(messages.filter((m) => m.type === 'licensing-check:notice')).toEqual([]);
});

test("the host's addresses for the resources the FAQ names: a link after the words on a result that names one; a bad address told to the developer", async ({ page, sites }) => {
  const rsc = 'https://faq.example.org/contact/regional-service-centers';
  sites.write(
    element.replace(
      '<licensing-check topic="kms">',
      `<licensing-check topic="kms" volume-licensing="no" link-regional-service-center="${rsc}" link-software-updates-table="javascript:alert(1)">`,
    ),
  );
  const messages = await recordEvents(page);
  await page.goto(sites.host + '/');
  const frame = page.frameLocator('licensing-check iframe');
  const item = frame.locator('[data-resource="regional-service-center"]');
  // The words, labelled as advice, then the host's link, opening beside the check.
  await expect(item).toContainText('General advice, not from the FAQ');
  await expect(item).toContainText('search for “Microsoft Partner Network Regional Service Center”');
  const link = item.getByRole('link', { name: 'Go to the Regional Service Center' });
  await expect(link).toHaveAttribute('href', rsc);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  // The options stay out of the app's own link (the fragment, not the query).
  expect(await page.locator('licensing-check iframe').getAttribute('src')).toMatch(/^[^#]*volume-licensing=no[^#]*#link-regional-service-center=/);
  const notice = messages.find((m) => m.type === 'licensing-check:notice');
  expect(notice.notices.join('\n')).toContain('link-software-updates-table “javascript:alert(1)” is not an http: or https: address: ignored.');
  // A result that names no resource has none; the reader moves on, the link follows the new result.
  await frame.getByRole('button', { name: 'Start again' }).click();
  await frame.locator('[data-topic-link="downgrade"]').click();
  await frame.getByLabel(/through the partner network/i).first().check();
  await frame.getByRole('button', { name: 'Continue' }).click();
  await expect(frame.locator('#result')).toBeVisible();
  await expect(frame.locator('[data-resource="software-updates-table"]')).toContainText('search for');
  // Its address was not one: the words alone.
  await expect(frame.locator('[data-resource="software-updates-table"] a')).toHaveCount(0);
});

test('a look value that is not a plain colour, family list or radius is named to the developer and changes nothing', async ({ page, sites }) => {
  sites.write(
    element.replace(
      '<licensing-check topic="kms">',
      '<licensing-check topic="kms" accent="red;background:url(https://evil.example/x.png)" font="url(https://evil.example/f.woff)" radius="9999" text="expression(alert(1))" scheme="sepia">',
    ),
  );
  const messages = await recordEvents(page);
  await page.goto(sites.host + '/');
  const frame = page.frameLocator('licensing-check iframe');
  await expect(frame.locator('#page-heading')).toBeVisible();
  await expect.poll(() => messages.filter((m) => m.type === 'licensing-check:notice').length).toBe(1);
  const notice = messages.find((m) => m.type === 'licensing-check:notice');
  const told = notice.notices.join('\n');
  for (const name of ['accent', 'font', 'radius', 'text', 'scheme']) expect(told).toContain(name + ' “');
  expect(notice.details.map((d) => [d.code, d.severity])).toEqual(notice.notices.map(() => ['look', 'warning']));
  // The page's own look, untouched: no property of the root set.
  expect(await frame.locator('html').evaluate((h) => h.style.cssText)).toBe('');
  await expect(frame.getByRole('button', { name: 'Continue' })).toHaveCSS('border-radius', '6px');
  // (The fixture fails on any request to a third origin: none left.)
});

test('a pale brand colour is darkened to the nearest that reads, and the developer is told', async ({ page, sites }) => {
  sites.write(element.replace('<licensing-check topic="kms">', '<licensing-check topic="kms" accent="#ffe600" scheme="light" radius="0">'));
  const messages = await recordEvents(page);
  await page.goto(sites.host + '/');
  const frame = page.frameLocator('licensing-check iframe');
  const button = frame.getByRole('button', { name: 'Continue' });
  await expect(button).toHaveCSS('border-radius', '0px');
  const accent = await frame.locator('html').evaluate((h) => getComputedStyle(h).getPropertyValue('--accent').trim());
  expect(accent).not.toBe('#ffe600');
  await expect.poll(() => messages.filter((m) => m.type === 'licensing-check:notice').length).toBe(1);
  const told = `accent #ffe600 has too little contrast with the light background #ffffff: ${accent}, the nearest colour with 4.5:1, is used instead.`;
  const notice = messages.find((m) => m.type === 'licensing-check:notice');
  expect(notice.notices).toEqual([told]);
  expect(notice.details).toEqual([{ code: 'look-adjusted', severity: 'info', message: told }]);
});
