// The start screen is written into index.html at build time (src/ui/prerender.rs),
// so it shows before the script and WebAssembly have loaded; the app then puts
// its own in its place. These tests hold the wasm back to look at the page
// before the app starts.
const { test, expect, ready } = require('./fixtures');

/// Holds every request for the wasm until the returned function is called.
async function holdWasm(page) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/// Lets the held wasm through and checks the app's screen takes the place of
/// the written one with the same text: no jump when the app takes over.
async function takesOverUnchanged(page, release) {
  const before = await page.locator('main').innerText();
  release();
  await ready(page);
  await expect(page.locator('#prerendered')).toHaveCount(0);
  expect(await page.locator('main').innerText()).toEqual(before);
}

const topicLinks = (page) =>
  page.locator('[data-topic-link]').evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')]));

test('the topics show before the app has loaded, and the app takes their place unchanged', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  await expect(page.locator('#prerendered')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What do your partner licensing benefits allow?');
  await expect(page.getByRole('link', { name: 'Can I get a Key Management Service (KMS) key?' })).toHaveAttribute(
    'href',
    '?topic=kms',
  );
  const before = { links: await topicLinks(page), text: await page.locator('main').innerText() };

  release();
  await ready(page);
  await expect(page.locator('#prerendered')).toHaveCount(0);
  await expect(page.locator('#page-heading'), 'one start screen, not two').toHaveCount(1);
  // What the app shows is what was written in: no jump when it takes over.
  expect(await topicLinks(page)).toEqual(before.links);
  expect(await page.locator('main').innerText()).toEqual(before.text);
});

// A number or a date in the link: its result is the rules' to work out. Until
// then the page shows what the link is about (src/ui/prerender.rs
// working_out_screens), never the start screen nor a blank page.
for (const [link, title, asks] of [
  [
    '/?topic=sharing&membership=competency&same-organization=yes&licenses-in-use=250&license-cap=200&demo-training=no&cap-scope=worldwide',
    'Sharing licenses between locations',
    'Can we share these licenses with another location?',
  ],
  ['/?topic=downgrade&license-source=mpn&new-version-date=2025-03-31&as-of=2026-01-15', /./, /\?$/],
]) {
  test(`a link the rules must work out shows its topic and question, never the start screen, until the app draws its result: ${link}`, async ({
    page,
  }) => {
    const release = await holdWasm(page);
    await page.goto(link, { waitUntil: 'domcontentloaded' });
    const written = page.locator('#prerendered');
    await expect(written.locator('#working-out')).toBeVisible();
    await expect(written.locator('.caption')).toHaveText(title);
    await expect(written.getByRole('heading', { level: 1 })).toHaveText(asks);
    await expect(written.getByRole('status')).toHaveText('Working out the answer to this link…');
    await expect(written.locator('.site-header')).toBeVisible();
    await expect(written).toHaveJSProperty('inert', true);
    await expect(page.locator('[data-topic-link]'), 'not the start screen').toHaveCount(0);
    release();
    await ready(page);
    await expect(page.locator('#prerendered')).toHaveCount(0);
    await expect(page.locator('#result')).toHaveAttribute('data-topic', link.match(/topic=([a-z-]+)/)[1]);
  });
}

test("in a frame, a link the rules must work out shows nothing written: a frame's page is not the full one", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/?topic=sharing&licenses-in-use=250&embed=1', { waitUntil: 'domcontentloaded' });
  await page.waitForLoadState('load');
  await expect(page.locator('#prerendered')).toBeHidden();
  release();
  await ready(page);
  await expect(page.locator('.page.embed')).toBeVisible();
});

// A link naming its answers by choices only opens the result the build wrote
// for it (src/ui/prerender.rs linked_results; fetched by web/start.js).
for (const [link, verdict, heading] of [
  ['/?topic=kms&volume-licensing=no', 'not-eligible', /^Without a KMS key from a Volume Licensing agreement/],
  // Settled before every question is answered.
  ['/?topic=upgrade&install-location=external', 'not-eligible', /./],
]) {
  test(`a result link shows its topic, answers and result before the app has loaded, and the app takes its place unchanged: ${link}`, async ({
    page,
  }) => {
    const release = await holdWasm(page);
    await page.goto(link, { waitUntil: 'domcontentloaded' });
    const written = page.locator('#prerendered');
    await expect(written.locator('#result')).toHaveAttribute('data-verdict', verdict);
    await expect(written).toBeVisible();
    await expect(written.locator('#page-heading')).toHaveText(heading);
    await expect(written.locator('.result .caption')).not.toBeEmpty();
    await expect(page.locator('[data-topic-link]'), 'not the start screen').toHaveCount(0);
    await expect(written).toHaveJSProperty('inert', true);
    await takesOverUnchanged(page, release);
    await expect(page.locator('#result')).toHaveAttribute('data-verdict', verdict);
  });
}

test('a result counted from today is not written: it waits for the app', async ({ page }) => {
  const release = await holdWasm(page);
  const asked = page.waitForResponse(/\/results\//);
  await page.goto('/?topic=downgrade&license-source=other', { waitUntil: 'domcontentloaded' });
  expect(await (await asked).json()).toBeNull();
  await expect(page.locator('#prerendered')).toBeHidden();
  release();
  await ready(page);
  await expect(page.locator('#result')).toHaveAttribute('data-topic', 'downgrade');
});

test('a link naming some answers shows the question they lead to before the app has loaded, whatever their order', async ({
  page,
}) => {
  const release = await holdWasm(page);
  await page.goto('/?topic=sharing&same-organization=yes&membership=competency', { waitUntil: 'domcontentloaded' });
  const written = page.locator('#prerendered');
  await expect(written.locator('[data-topic=sharing][data-question]')).toBeVisible();
  await takesOverUnchanged(page, release);
});

// A link naming only a topic or tool opens a screen the build wrote into the
// page (src/ui/prerender.rs; shown by web/start.js).
test('a link naming only a topic shows its first question before the app has loaded, and the app takes its place unchanged', async ({
  page,
}) => {
  const release = await holdWasm(page);
  await page.goto('/?topic=kms', { waitUntil: 'domcontentloaded' });
  const written = page.locator('#prerendered');
  await expect(written.locator('h1')).toHaveText('Does your organization have a KMS key through a Volume Licensing agreement?');
  await expect(written).toBeVisible();
  await expect(page.locator('[data-topic-link]'), 'not the start screen').toHaveCount(0);
  // Not live yet: nothing in it takes a click until the app is there.
  await expect(written).toHaveJSProperty('inert', true);
  await takesOverUnchanged(page, release);
  await expect(page.locator('#page-heading')).toHaveCount(1);
  await page.getByLabel('No', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#result')).toHaveAttribute('data-verdict', 'not-eligible');
});

test('a tool named by a link shows before the app has loaded', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/?topic=keys', { waitUntil: 'domcontentloaded' });
  await expect(page.locator('#prerendered [data-page=keys]')).toBeVisible();
  release();
  await ready(page);
  await expect(page.locator('#prerendered')).toHaveCount(0);
  await expect(page.locator('[data-page=keys]')).toBeVisible();
});

test('a topic that works with dates shows its first question before the app has loaded: it is the same on any day', async ({
  page,
}) => {
  const release = await holdWasm(page);
  await page.goto('/?topic=cloud-tokens', { waitUntil: 'domcontentloaded' });
  await expect(page.locator('#prerendered [data-topic=cloud-tokens][data-question=enrollment-end]')).toBeVisible();
  release();
  await ready(page);
  await expect(page.locator('#prerendered')).toHaveCount(0);
  await expect(page.locator('[data-topic=cloud-tokens][data-question=enrollment-end]')).toBeVisible();
});

test('a topic clicked before the app has loaded opens as its deep link', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  await page.getByRole('link', { name: 'Can I get a Key Management Service (KMS) key?' }).click();
  await expect(page).toHaveURL(/\?topic=kms$/);
  release();
  await ready(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Volume Licensing');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // (Chromium still treats <noscript> as script-enabled when scripts are
  // turned off this way, so its message cannot be checked here.)
  test('the topics are still listed, each a link to its deep link', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('What do your partner licensing benefits allow?');
    await expect(page.locator('[data-topic-link]')).toHaveCount(13);
    await expect(page.locator('[data-topic-link=downgrade]')).toHaveAttribute('href', '?topic=downgrade');
  });
});

// The page's first script compiles the wasm from the download Trunk's preload
// began: one download, not two (a request that failed to match the preload
// would fetch it again). The later screens' code (src/ui/lazy.rs) is one more.
for (const [where, link] of [['the start page', '/'], ['a deep link', '/?topic=kms&volume-licensing=no']]) {
  test(`${where} downloads the wasm, the later screens' code and the text pack once each`, async ({ page }) => {
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(link);
    await ready(page);
    // The start page asks for the text pack and the later code after its first paint.
    await expect.poll(() => requested.filter((p) => p.endsWith('.txt')).length).toBe(1);
    await expect.poll(() => requested.filter((p) => /\/split_later\.[0-9a-f]{16}\.wasm$/.test(p)).length).toBe(1);
    expect(requested.filter((p) => p.endsWith('_bg.wasm'))).toHaveLength(1);
    expect(requested.filter((p) => p.endsWith('.wasm'))).toHaveLength(2);
  });
}
