// An embed in the host's look (docs/embedding.md "A look of your own"): for a
// matrix of looks a host may ask for, every screen kind in the frame passes
// axe's WCAG 2.2 AA checks, colour contrast included: the frame keeps
// contrast whatever it is given (crates/look, web/embed.js).
const AxeBuilder = require('@axe-core/playwright').default;
const base = require('@playwright/test');
const { expect } = base;
const { serve } = require('./static-server');
const { watch } = require('./fixtures');

const test = base.test.extend({
  /// The app on its own origin and a host page on a second one, written per test.
  host: async ({ page }, use) => {
    const app = await serve(() => 'dist');
    let html = '';
    const host = await serve(() => '/nonexistent', { get '/index.html'() { return html; } });
    const problems = watch(page, [app.origin, host.origin, 'data:']);
    await use({
      origin: host.origin,
      write: (attributes, pageStyle = '') => {
        html =
          '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>FAQ</title><link rel="icon" href="data:,">' +
          `<style>${pageStyle}</style></head><body><main><h1>Partner FAQ</h1>` +
          `<script src="${app.origin}/licensing-check.js"></script><licensing-check ${attributes}></licensing-check></main></body></html>`;
      },
    });
    expect(problems, problems.join('\n')).toEqual([]);
    await app.close();
    await host.close();
  },
});

const looks = [
  ['the light scheme for a reader set to dark', 'scheme="light"', 'dark', ''],
  ['the dark scheme for a reader set to light', 'scheme="dark"', 'light', ''],
  ['a pale accent on white', 'accent="#ffe600" background="#ffffff"', 'light', ''],
  ['a dark accent on black', 'accent="#1d4f91" background="#000000"', 'light', 'body { background: #000 }'],
  ['a mid-grey background', 'background="#777777"', 'light', 'body { background: #777 }'],
  ['a transparent background on the host\'s white', 'background="transparent"', 'light', ''],
];

const screens = [
  ['the start page', '', '[data-topic-link]'],
  ['a question', 'topic="kms"', '[data-question]'],
  ['a result', 'topic="kms" volume-licensing="no"', '#result'],
];

for (const [look, attributes, reader, pageStyle] of looks) {
  for (const [screen, link, shown] of screens) {
    test(`axe: ${screen} in ${look}`, async ({ page, host }) => {
      await page.emulateMedia({ colorScheme: reader });
      host.write(`${link} ${attributes}`, pageStyle);
      await page.goto(host.origin + '/');
      const frame = page.frameLocator('licensing-check iframe');
      await expect(frame.locator(shown).first()).toBeVisible();
      if (!attributes.includes('transparent')) {
        // The look is applied: the frame's root carries it.
        await expect.poll(() => frame.locator('html').evaluate((h) => h.style.getPropertyValue('--bg'))).not.toBe('');
      }
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    });
  }
}

// On a mid grey only near-black text reaches 4.5:1: the verdicts would all
// look black. Their badges keep the scheme's background, and their colours.
test('on a mid-grey background the verdicts keep their own colours on their badges', async ({ page, host }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const badges = [];
  for (const [link, verdict] of [
    ['topic="kms" volume-licensing="no"', 'not-eligible'],
    ['topic="kms" volume-licensing="yes"', 'eligible'],
  ]) {
    host.write(`${link} background="#777777"`, 'body { background: #777 }');
    await page.goto(host.origin + '/');
    const badge = page.frameLocator('licensing-check iframe').locator(`.verdict--${verdict}`);
    await expect(badge).toHaveCSS('background-color', 'rgb(255, 255, 255)');
    badges.push(await badge.evaluate((b) => getComputedStyle(b).color));
  }
  // The page's own light-scheme colours (style/main.css), unchanged: apart.
  expect(badges).toEqual(['rgb(164, 22, 26)', 'rgb(11, 107, 58)']);
});
