// The rules module as a package a host installs (dist/licensing-rules.tgz,
// crates/release/src/bundle.rs write_package): into a new project, used from
// Node (a static-site generator working answers out at build time), from
// TypeScript through the package's exports, and from a browser page.
const { test, expect } = require('@playwright/test');
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { serve } = require('./static-server');

test('the package installs into a new project and works from Node, TypeScript and a browser page', async ({ page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'host-project-'));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'host', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', path.resolve('dist/licensing-rules.tgz')], { cwd: dir });
  const installed = path.join(dir, 'node_modules', 'licensing-rules');
  const manifest = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));
  const release = JSON.parse(fs.readFileSync('dist/version.json', 'utf8'));
  // The release's version, nothing after it: npm compares versions without their build part.
  expect(manifest.version).toBe(release.contract);
  expect(fs.readFileSync(path.join(installed, 'README.md'), 'utf8')).toContain('# The rules as a JavaScript module');

  fs.writeFileSync(
    path.join(dir, 'answer.js'),
    `import { readFile } from 'node:fs/promises';
     import { createRequire } from 'node:module';
     import init, { evaluate, about } from 'licensing-rules';
     const wasm = createRequire(import.meta.url).resolve('licensing-rules/licensing-rules_bg.wasm');
     await init(await readFile(wasm));
     console.log(JSON.stringify({ result: evaluate('?topic=kms&volume-licensing=no'), about: about() }));`,
  );
  const { result, about } = JSON.parse(execFileSync('node', ['answer.js'], { cwd: dir, encoding: 'utf8' }));
  expect(result).toMatchObject({ kind: 'result', verdict: 'not-eligible', outcome: 'not-issued' });
  expect(about).toEqual({ version: release.version, faqRevision: release.faqRevision, contract: release.contract });

  fs.writeFileSync(
    path.join(dir, 'typed.ts'),
    `import init, { evaluate, type TopicId } from 'licensing-rules';
     const topic: TopicId = 'kms';
     export async function kind(): Promise<string> { await init(); return evaluate({ topic }).kind; }
     // @ts-expect-error: no such topic
     export const wrong: TopicId = 'kmss';\n`,
  );
  const tsc = spawnSync(
    path.resolve('node_modules/.bin/tsc'),
    ['--noEmit', '--strict', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', 'typed.ts'],
    { cwd: dir, encoding: 'utf8' },
  );
  expect(tsc.stdout + tsc.stderr).toBe('');
  expect(tsc.status).toBe(0);

  const server = await serve(() => installed, {
    '/index.html':
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head><body>' +
      '<script type="module">import init, { evaluate } from "./licensing-rules.js"; await init();' +
      ' document.body.dataset.verdict = evaluate("?topic=kms&volume-licensing=no").verdict;</script></body></html>',
  });
  try {
    await page.goto(server.origin + '/');
    await expect(page.locator('body')).toHaveAttribute('data-verdict', 'not-eligible');
  } finally {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/// A new project with the package installed from dist/; its folder.
function hostProject() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'host-project-'));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'host', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', path.resolve('dist/licensing-rules.tgz')], { cwd: dir });
  return dir;
}

/// What tsc says of a JavaScript file in `dir` checked as a Node script under --strict: nothing if it type-checks.
function typeCheckedInNode(dir, file) {
  const tsc = spawnSync(
    path.resolve('node_modules/.bin/tsc'),
    ['--noEmit', '--strict', '--allowJs', '--checkJs', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext',
      '--typeRoots', path.resolve('node_modules/@types'), '--types', 'node', file],
    { cwd: dir, encoding: 'utf8' },
  );
  return tsc.stdout + tsc.stderr;
}

/// Runs a Node script in `dir`; what it printed, as JSON.
function node(dir, name, script) {
  fs.writeFileSync(path.join(dir, name), script);
  const run = spawnSync('node', [name], { cwd: dir, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout);
}

test('the module in Node does what its page says: the example as written, and each odd input told, never thrown', () => {
  const dir = hostProject();
  try {
    // The page's Node example, word for word, beside a copy of the release's rules/ folder;
    // run, and type-checked against the folder's declarations and Node's.
    const docs = fs.readFileSync('docs/javascript.md', 'utf8');
    const example = docs.match(/```js example=node\n([\s\S]*?)```/)[1];
    fs.cpSync('dist/rules', path.join(dir, 'rules'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'example.js'), example);
    expect(spawnSync('node', ['example.js'], { cwd: dir, encoding: 'utf8' }).stdout).toBe('not-eligible\n');
    expect(typeCheckedInNode(dir, 'example.js')).toBe('');

    const seen = node(dir, 'odd.js', `
      import { readFile } from 'node:fs/promises';
      import { createRequire } from 'node:module';
      import init, { initSync, evaluate, link, checkKeyFormat } from 'licensing-rules';
      const out = {};
      try { await init(); out.init = 'resolved'; } catch (error) { out.init = error.constructor.name + ': ' + error.message; }
      const bytes = await readFile(createRequire(import.meta.url).resolve('licensing-rules/licensing-rules_bg.wasm'));
      out.initSync = initSync(bytes) ?? 'nothing';
      out.key = checkKeyFormat(undefined);
      out.asOfKey = evaluate({ topic: 'kms', 'as-of': '2026-12-01', answers: { 'volume-licensing': 'no' } });
      out.asOfNumber = evaluate({ topic: 'downgrade', asOf: 20261201 });
      out.answersText = evaluate({ topic: 'kms', answers: 'volume-licensing=no' });
      out.address = evaluate('https://faq.example.com/check/?topic=kms&volume-licensing=no#look=dark');
      out.rooted = evaluate('/check/?topic=kms&volume-licensing=no');
      out.link = link('https://faq.example.com/check/?topic=kms&volume-licensing=no#look=dark');
      console.log(JSON.stringify(out));`);
    expect(seen.init).toMatch(/^Error: init\(\): .*give init\(\) the wasm's bytes/);
    expect(seen.init).not.toContain('fetch failed');
    expect(seen.initSync).toBe('nothing');
    expect(seen.key).toEqual({ format: 'invalid', explanation: 'No key was checked: give the key as text, not undefined.' });
    expect(seen.asOfKey).toMatchObject({ kind: 'result', verdict: 'not-eligible' });
    expect(seen.asOfKey.ignored).toEqual([
      'The state\'s field “as-of” was ignored: a state has only topic, answers and asOf: did you mean asOf?',
    ]);
    expect(seen.asOfNumber.kind).toBe('question');
    expect(seen.asOfNumber.ignored).toEqual([
      "The state's date (asOf) was ignored because it is a number, not text written YYYY-MM-DD; the caller's date is used instead.",
    ]);
    expect(seen.answersText).toMatchObject({ kind: 'question', question: 'volume-licensing' });
    expect(seen.answersText.ignored[0]).toContain("The state's answers were ignored because they are a string, not an object");
    for (const whole of [seen.address, seen.rooted]) expect(whole).toMatchObject({ kind: 'result', verdict: 'not-eligible', ignored: [] });
    expect(seen.link).toBe('?topic=kms&volume-licensing=no');

    // The declarations: init and initSync as the module defines them, nothing deprecated.
    const declared = fs.readFileSync(path.join(dir, 'node_modules/licensing-rules/licensing-rules.d.ts'), 'utf8');
    expect(declared).not.toMatch(/deprecated|InitOutput|__wbg_init/);
    expect(declared).toContain('export default function init(');
    expect(declared).toMatch(/\): Promise<void>;/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("the package's docs link only to what it carries", () => {
  const dir = hostProject();
  try {
    const installed = path.join(dir, 'node_modules', 'licensing-rules');
    const docs = ['README.md', 'docs/deep-links.md', 'docs/embedding.md', 'CHANGELOG.md'];
    let links = 0;
    for (const doc of docs) {
      const text = fs.readFileSync(path.join(installed, doc), 'utf8').replace(/```[\s\S]*?```/g, '');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:|^#/.test(target)) continue;
        links += 1;
        const file = path.join(installed, path.dirname(doc), target.split('#')[0]);
        expect(fs.existsSync(file), `${doc} links to ${target}`).toBe(true);
      }
    }
    expect(links).toBeGreaterThan(10);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("the page's stored-link check names each link that no longer reaches a result, and fails", () => {
  const dir = hostProject();
  try {
    const script = fs.readFileSync('docs/javascript.md', 'utf8').match(/```js example=check-links\n([\s\S]*?)```/)[1];
    fs.writeFileSync(path.join(dir, 'check-links.js'), script);
    const stored = [
      'https://faq.example.com/check/?topic=kms&volume-licensing=no#look=dark',
      '?topic=kms',
      '/check/?topic=kms&volume-licensing=maybe',
      '?topic=keys',
    ];
    fs.writeFileSync(path.join(dir, 'links.txt'), stored.join('\n') + '\n');
    const run = spawnSync('node', ['check-links.js', 'links.txt'], { cwd: dir, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const told = run.stdout.split('\n').filter((line) => line && !line.startsWith('  '));
    expect(told).toEqual([stored[1], stored[2], '2 of 4 stored links reach what they did.']);
    expect(run.stdout).toContain('asks "volume-licensing" (question 1 of');
    expect(run.stdout).toMatch(/answer “maybe”.*was ignored/);

    fs.writeFileSync(path.join(dir, 'links.txt'), [stored[0], stored[3]].join('\n'));
    const clean = spawnSync('node', ['check-links.js', 'links.txt'], { cwd: dir, encoding: 'utf8' });
    expect([clean.status, clean.stdout]).toEqual([0, '2 of 2 stored links reach what they did.\n']);

    expect(typeCheckedInNode(dir, 'check-links.js')).toBe('');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
