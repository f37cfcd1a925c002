// Where service workers are blocked or broken — privacy tools, some embedded
// browsers, test harnesses — the page works as usual, only not offline, and
// throws nothing.
const { test, expect, ready, answer } = require('./fixtures');

const flows = async (page) => {
  await page.goto('/');
  await ready(page);
  await page.locator('body > .page [data-topic-link=kms]').click();
  await answer(page, 'No');
  await expect(page.locator('#result')).toHaveAttribute('data-verdict', 'not-eligible');
  for (const link of ['/?topic=upgrade&existing-os=home', '/?topic=toolkit', '/?topic=keys']) {
    await page.goto(link);
    await ready(page);
  }
  // Give the deferred registration its turn (after the first paint).
  await page.waitForTimeout(300);
};

test.describe('with workers blocked by the browser', () => {
  test.use({ serviceWorkers: 'block' });
  test('a topic is answered and deep links open', async ({ page }) => flows(page));
});

const breakages = {
  'register() resolves to nothing': () => {
    navigator.serviceWorker.register = () => Promise.resolve(undefined);
  },
  'register() rejects': () => {
    navigator.serviceWorker.register = () => Promise.reject(new DOMException('denied', 'SecurityError'));
  },
  'register() throws': () => {
    navigator.serviceWorker.register = () => {
      throw new DOMException('denied', 'SecurityError');
    };
  },
  'navigator.serviceWorker throws on access': () => {
    Object.defineProperty(Navigator.prototype, 'serviceWorker', { get() { throw new DOMException('denied', 'SecurityError'); } });
  },
  'navigator.serviceWorker is missing': () => {
    Object.defineProperty(Navigator.prototype, 'serviceWorker', { get() { return undefined; } });
  },
  // As when a browser blocks site data: both throw on access.
  'storage is blocked as well': () => {
    const denied = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Object.defineProperty(window, 'localStorage', { get: denied });
    Object.defineProperty(window, 'sessionStorage', { get: denied });
    Object.defineProperty(Navigator.prototype, 'serviceWorker', { get: denied });
  },
  'register() resolves to an object without events': () => {
    navigator.serviceWorker.register = () => Promise.resolve({ waiting: null });
  },
};

for (const [what, breakage] of Object.entries(breakages)) {
  test(`when ${what}, a topic is answered and deep links open`, async ({ page }) => {
    await page.addInitScript(breakage);
    await flows(page);
  });
}
