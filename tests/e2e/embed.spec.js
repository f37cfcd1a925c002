// An FAQ site on another origin (a second port) embeds the app with the
// snippet from docs/embedding.md, word for word.
const fs = require('fs');
const base = require('@playwright/test');
const { expect } = base;
const { serve } = require('./static-server');
const { watch } = require('./fixtures');

const markdown = fs.readFileSync('docs/embedding.md', 'utf8');
const snippet = markdown.match(/```html\n([\s\S]*?)```/)[1];

/// A host page on its own origin whose iframe shows `query` from the app.
async function host(appOrigin, query) {
  let hostOrigin;
  const page = () =>
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>FAQ</title><link rel="icon" href="data:,"></head><body>' +
    '<h1>Partner FAQ</h1>' +
    snippet
      .replaceAll('https://licensing.example.com/?embed=1&embed-origin=https://faq.example.com', appOrigin + '/' + query(hostOrigin))
      .replaceAll('https://licensing.example.com', appOrigin) +
    '</body></html>';
  const server = await serve(() => '/nonexistent', { get '/index.html'() { return page(); } });
  hostOrigin = server.origin;
  return server;
}

const test = base.test.extend({
  // Fails on page errors, console errors and requests to any third origin.
  checked: async ({ page, baseURL }, use) => {
    const origins = [baseURL];
    const problems = watch(page, origins);
    await use(origins);
    expect(problems, problems.join('\n')).toEqual([]);
  },
});

const frameHeight = (page) => page.locator('#licensing-check').evaluate((f) => f.getBoundingClientRect().height);
const contentHeight = (frame) => frame.locator('html').evaluate((h) => Math.ceil(h.getBoundingClientRect().height));

/// The iframe is as tall as its content.
async function expectFitted(page, frame) {
  await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame)))).toBeLessThanOrEqual(1);
  return frameHeight(page);
}

test('the iframe height follows the content from question to result', async ({ page, baseURL, checked }) => {
  const server = await host(baseURL, (hostOrigin) => `?embed=1&embed-origin=${hostOrigin}`);
  checked.push(server.origin);
  await page.goto(server.origin + '/');
  const frame = page.frameLocator('#licensing-check');
  await expect(frame.locator('#page-heading')).toBeVisible();
  await expect(frame.locator('.site-header')).toHaveCount(0);
  const start = await expectFitted(page, frame);

  await frame.getByRole('link', { name: 'Can I get a Key Management Service (KMS) key?' }).click();
  await expect(frame.getByRole('heading', { level: 1 })).toContainText('Volume Licensing');
  const question = await expectFitted(page, frame);
  expect(question).not.toEqual(start);

  await frame.getByLabel('No', { exact: true }).check();
  await frame.getByRole('button', { name: 'Continue' }).click();
  await expect(frame.locator('#result')).toHaveAttribute('data-verdict', 'not-eligible');
  const result = await expectFitted(page, frame);
  expect(result).not.toEqual(question);

  await frame.getByRole('link', { name: 'Back' }).first().click();
  await expect(frame.locator('#result')).toHaveCount(0);
  expect(await expectFitted(page, frame)).toEqual(question);
  await server.close();
});

test('a deep-linked embed opens on its result', async ({ page, baseURL, checked }) => {
  const server = await host(baseURL, (hostOrigin) => `?topic=kms&volume-licensing=no&embed=1&embed-origin=${hostOrigin}&embed-background=transparent`);
  checked.push(server.origin);
  await page.goto(server.origin + '/');
  const frame = page.frameLocator('#licensing-check');
  await expect(frame.locator('#result')).toHaveAttribute('data-topic', 'kms');
  await expect(frame.locator('#result')).toHaveAttribute('data-verdict', 'not-eligible');
  await expectFitted(page, frame);
  await expect(frame.locator('body')).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  await server.close();
});

test('without embed-origin the height goes to the framing page; a wrong origin gets nothing', async ({ page, baseURL, checked }) => {
  const server = await host(baseURL, () => '?topic=kms&embed=1');
  checked.push(server.origin);
  await page.goto(server.origin + '/');
  const frame = page.frameLocator('#licensing-check');
  await expect(frame.locator('#page-heading')).toBeVisible();
  await expectFitted(page, frame);
  await server.close();

  // The app posts only to the origin it was told; the host keeps its own
  // height, and hears only what to change (the two origins, nothing else).
  const other = await host(baseURL, () => '?topic=kms&embed=1&embed-origin=https://elsewhere.example');
  checked.push(other.origin);
  const heard = await hear(page);
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(other.origin + '/');
  await expect(page.frameLocator('#licensing-check').locator('#page-heading')).toBeVisible();
  await page.waitForTimeout(500);
  const fixed = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize) * 30);
  expect(await frameHeight(page)).toEqual(fixed);
  const told = `embed-origin is https://elsewhere.example, but the page framing this one is ${other.origin}: the app posts its height and events to https://elsewhere.example only. Set embed-origin to ${other.origin} (or leave it out).`;
  expect(heard).toEqual([{ type: 'licensing-check:notice', notices: [told], details: [{ code: 'embed-origin', severity: 'error', message: told }] }]);
  expect(warnings).toContain('licensing-check: ' + told);
  await other.close();
});

/// Every message the host page receives, as it arrives.
async function hear(page) {
  const heard = [];
  await page.exposeFunction('heardMessage', (data) => heard.push(data));
  await page.addInitScript(() => {
    if (window.parent === window) addEventListener('message', (event) => window.heardMessage(event.data));
  });
  return heard;
}

test('an embed-origin that is not an origin is named to the host and ignored: the height goes to the framing page', async ({ page, baseURL, checked }) => {
  const server = await host(baseURL, (hostOrigin) => `?topic=kms&embed=1&embed-origin=${hostOrigin}/help`);
  checked.push(server.origin);
  const heard = await hear(page);
  await page.goto(server.origin + '/');
  const frame = page.frameLocator('#licensing-check');
  await expectFitted(page, frame);
  // Told to the host's developer; readers see nothing of it.
  await expect.poll(() => heard.filter((m) => m.type === 'licensing-check:notice')).toEqual([
    {
      type: 'licensing-check:notice',
      notices: [expect.stringContaining('embed-origin')],
      details: [{ code: 'link', severity: 'warning', message: expect.stringContaining('embed-origin') }],
    },
  ]);
  await expect(frame.locator('#notices')).toHaveCount(0);
  await server.close();
});
