// Releases that stay (docs/embedding.md): the first release (dist/) deployed,
// then the next (a changed text, the version raised a patch) built over it
// the documented way, with PREVIOUS_DEPLOY (scripts/next-release.sh, which
// scripts/test.sh runs before this, into target/dist-release-next), and
// deployed in its place. Host pages pinned to either release keep working,
// checked by their integrity hashes, and each release's package installs with
// npm ci from an empty cache.
const { test, expect } = require('@playwright/test');
const { execFile } = require('child_process');
const run = require('util').promisify(execFile);
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { serve } = require('./static-server');
const { watch } = require('./fixtures');

const FIRST = 'dist';
const NEXT = 'target/dist-release-next';
const listing = (dir) => JSON.parse(fs.readFileSync(path.join(dir, 'version.json'), 'utf8'));
const sri = (file) => 'sha384-' + crypto.createHash('sha384').update(fs.readFileSync(file)).digest('base64');
const page = (body) =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>FAQ</title><link rel="icon" href="data:,"></head><body>' +
  body + '</body></html>';

test.beforeAll(() => {
  expect(fs.existsSync(path.join(NEXT, 'version.json')), `${NEXT}: run scripts/next-release.sh (scripts/test.sh does)`).toBe(true);
});

test('the next deploy lists both releases, newest first, and keeps the first one\'s files as they were', () => {
  const [first, next] = [listing(FIRST), listing(NEXT)];
  expect(first.releases.map((r) => r.version)).toEqual([first.contract]);
  expect(next.releases.map((r) => r.version)).toEqual([next.contract, first.contract]);
  const [major, minor, patch] = first.contract.split('.').map(Number);
  expect(next.contract).toBe(`${major}.${minor}.${patch + 1}`);
  expect(next.releases[1]).toEqual(first.releases[0]);
  for (const release of next.releases) {
    expect(release.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Object.keys(release.files)).toEqual(expect.arrayContaining(['licensing-check.js', 'licensing-rules.tgz', 'rules/licensing-rules.js']));
    for (const { pinned, integrity } of Object.values(release.files)) expect(sri(path.join(NEXT, pinned)), pinned).toBe(integrity);
  }
  // The first release's files in the next deploy are the first deploy's, byte for byte.
  for (const { pinned } of Object.values(first.releases[0].files)) {
    expect(fs.readFileSync(path.join(NEXT, pinned)).equals(fs.readFileSync(path.join(FIRST, pinned))), pinned).toBe(true);
  }
  // And so is the copy pinned by its hash, from the first deploy's files.
  const { pinned } = first.files['licensing-check.js'];
  expect(sri(path.join(NEXT, pinned))).toBe(first.files['licensing-check.js'].integrity);
  // The convenient names follow the newest release.
  expect(sri(path.join(NEXT, 'licensing-rules.tgz'))).toBe(next.releases[0].files['licensing-rules.tgz'].integrity);
});

test('after the next deploy, host pages pinned to the first release and to the next both work, checked by their integrity', async ({ page: browser }) => {
  const app = await serve(() => NEXT, {}, '/', { cors: true });
  let html = '';
  const host = await serve(() => '/nonexistent', { get '/index.html'() { return html; } });
  const problems = watch(browser, [app.origin, host.origin, 'data:']);
  try {
    const [first, next] = [listing(FIRST).releases[0], listing(NEXT).releases[0]];
    const said = {};
    for (const release of [first, next]) {
      const element = release.files['licensing-check.js'];
      const module = release.files['rules/licensing-rules.js'];
      html = page(
        `<script src="${app.origin}/${element.pinned}" integrity="${element.integrity}" crossorigin="anonymous"></script>` +
          // The first without app: a release's copy takes the app from above releases/.
          `<licensing-check ${release === first ? '' : `app="${app.origin}/" `}topic="kms" volume-licensing="no"></licensing-check>` +
          `<script type="module" integrity="${module.integrity}" crossorigin="anonymous" src="${app.origin}/${module.pinned}"></script>` +
          `<script type="module">import init, { evaluate } from "${app.origin}/${module.pinned}"; await init();` +
          ` document.body.dataset.said = evaluate("?topic=kms&volume-licensing=no").headline.text;</script>`,
      );
      await browser.goto(host.origin + '/');
      const frame = browser.frameLocator('licensing-check iframe');
      await expect(frame.locator('#result')).toHaveAttribute('data-outcome', 'not-issued');
      await expect(browser.locator('body')).toHaveAttribute('data-said', /partner network issues none/);
      said[release.version] = await browser.locator('body').getAttribute('data-said');
    }
    // Each pinned module answers with its own release's words.
    expect(said[first.version]).toMatch(/with no exceptions\.$/);
    expect(said[next.version]).toMatch(/with no exceptions at all\.$/);
    expect(problems, problems.join('\n')).toEqual([]);
  } finally {
    await app.close();
    await host.close();
  }
});

test("each release's package installs with npm ci from an empty cache, after the next deploy", async () => {
  const app = await serve(() => NEXT, {});
  try {
    for (const release of listing(NEXT).releases) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'host-ci-'));
      try {
        const url = `${app.origin}/${release.files['licensing-rules.tgz'].pinned}`;
        fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'host', private: true, dependencies: { 'licensing-rules': url } }));
        // (Not run synchronously: this process serves the tarballs.)
        const npm = (args, cache) => run('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error', '--cache', cache], { cwd: dir });
        await npm(['install', '--package-lock-only'], fs.mkdtempSync(path.join(os.tmpdir(), 'npm-cache-')));
        // A CI machine: the lock, no node_modules, an empty cache.
        await npm(['ci'], fs.mkdtempSync(path.join(os.tmpdir(), 'npm-cache-')));
        const installed = JSON.parse(fs.readFileSync(path.join(dir, 'node_modules/licensing-rules/package.json'), 'utf8'));
        expect(installed.version).toBe(release.version);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    await app.close();
  }
});
