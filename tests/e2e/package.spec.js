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
  expect(manifest.version.startsWith(release.contract + '+')).toBe(true);
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
