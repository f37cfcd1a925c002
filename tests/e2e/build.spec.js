// The post-build step (crates/release, Trunk's post_build hook) on a
// page as Trunk leaves it: development builds get no service worker, so
// `trunk serve` never serves stale code; release builds list every file.
const { test, expect } = require('@playwright/test');
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const source = fs.readFileSync('index.html', 'utf8');

/// Runs the hook on a staging directory holding `source` plus what Trunk writes with it.
function postBuild(profile) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'post-build-'));
  // As Trunk writes them: the stylesheet inlined, its start-up module, which
  // names the wasm to init, and a preload of the wasm.
  const trunkOutput = source.replace(/<link data-trunk rel="inline" href="style\/main.css">/, '<style>p { color: red; }</style>').replace(
    '</head>',
    `<script type="module">import init from "/app-0123456789abcdef.js"; await init({ module_or_path: '/app-0123456789abcdef_bg.wasm' });</script>` +
      '<link rel="preload" href="/app-0123456789abcdef_bg.wasm" crossorigin="anonymous" integrity="sha384-test" as="fetch" type="application/wasm"></head>',
  );
  fs.writeFileSync(path.join(dir, 'index.html'), trunkOutput);
  // wasm-bindgen's glue and wasm as the pinned version writes them (the release steps' test
  // fixtures: every function body `unreachable`), under the names the page gives them.
  const fixture = fs.readdirSync('crates/release/tests/fixtures').find((f) => f.startsWith('wasm-bindgen-'));
  fs.copyFileSync(`crates/release/tests/fixtures/${fixture}/app.js`, path.join(dir, 'app-0123456789abcdef.js'));
  fs.copyFileSync(`crates/release/tests/fixtures/${fixture}/app_bg.wasm`, path.join(dir, 'app-0123456789abcdef_bg.wasm'));
  // As Trunk copies them (index.html's copy-file).
  fs.copyFileSync('web/licensing-check.js', path.join(dir, 'licensing-check.js'));
  fs.copyFileSync('web/embed.js', path.join(dir, 'embed.js'));
  execFileSync('cargo', ['run', '--quiet', '-p', 'licensing-release'], {
    env: { ...process.env, TRUNK_STAGING_DIR: dir, TRUNK_PROFILE: profile, TRUNK_PUBLIC_URL: '/', BUILD_LABEL: 'test' },
  });
  const files = fs.readdirSync(dir).sort();
  return { html: fs.readFileSync(path.join(dir, 'index.html'), 'utf8'), files, dir };
}

test('a development build gets no service worker (trunk serve never serves stale code)', () => {
  const { html, files } = postBuild('debug');
  expect(files).not.toContain('sw.js');
  expect(html).not.toContain('data-service-worker');
  // Trunk injects an inline live-reload script in development: no CSP there.
  expect(html).not.toContain('Content-Security-Policy');
  expect(html).toContain('<meta name="version" content="test">');
});

// The release build the tests run against (dist/, through the hook as `trunk build --release` runs it).
function released() {
  const dir = 'dist';
  return { html: fs.readFileSync(path.join(dir, 'index.html'), 'utf8'), files: fs.readdirSync(dir).sort(), dir };
}

test('a release build names its service worker, lists every file, and allows its two inline scripts by hash', () => {
  const crypto = require('crypto');
  const { html, files, dir } = released();
  expect(html).toContain('data-service-worker="sw.js"');
  expect(html).not.toContain('<!--');
  // Trunk's start-up module and web/start.js (which starts the wasm and, on a
  // deep link, the text pack and hides the start screen), each allowed by its
  // hash: no 'unsafe-inline'.
  // Scripts without a file (the linked screens' data block is data, never run).
  const inline = [...html.matchAll(/<script(?![^>]*\b(?:src|type="application\/json")[ =>])[^>]*>([\s\S]*?)<\/script>/g)];
  expect(inline.map((m) => m[0].slice(0, 22)).sort()).toEqual(['<script type="module">', '<script>!function(){va']);
  const first = inline.find((m) => m[0].startsWith('<script>'));
  // Before the stylesheet, which a slow phone takes a while to parse: a written result is asked for at once.
  expect(first.index).toBeLessThan(html.indexOf('<style>'));
  const pack = files.find((f) => /^texts-[0-9a-f]{16}\.txt$/.test(f));
  expect(pack).toBeTruthy();
  expect(first[1]).toContain(`"/${pack}"`);
  expect(first[1]).toContain('location.search');
  expect(first[1]).toContain('"deep-link"');
  const hashes = inline.map((m) => `'sha256-${crypto.createHash('sha256').update(m[1]).digest('base64')}'`);
  expect(html).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')};`);
  expect(html).not.toContain('unsafe-inline');
  // The start screen is written in, at the end of the body where the app puts its own.
  expect(html).toMatch(/<div id="prerendered"><div class="page">[\s\S]*data-topic-link="kms" href="\?topic=kms"[\s\S]*<\/div>\s*<\/body>/);
  // In it, the screen of each link naming only a topic, as data; a tool's is a file of its own.
  const data = html.match(/<script type="application\/json" id="linked-screens">([^<]*)<\/script><\/div>\s*<\/body>/);
  const screens = JSON.parse(data[1]);
  expect(Object.keys(screens)).toEqual(expect.arrayContaining(['kms', 'downgrade']));
  expect(Object.keys(screens)).not.toContain('keys');
  expect(JSON.stringify(screens.kms)).toContain('"data-question":"volume-licensing"');
  for (const tool of ['activation-planner', 'keys', 'organization-account']) {
    const written = JSON.parse(fs.readFileSync(path.join(dir, 'results', `${tool}.json`), 'utf8'));
    expect(JSON.stringify(written)).toContain(`"data-page":"${tool}"`);
  }
  const sw = fs.readFileSync(path.join(dir, 'sw.js'), 'utf8');
  const listed = JSON.parse(sw.match(/FILES\s*=\s*(\[.*?\])/)[1]);
  // Everything but the rules module, its packages and the releases' pinned
  // copies, which only host pages load, and the screens written for links,
  // which only their link loads.
  expect(files).toContain('rules');
  expect(files).toContain('results');
  expect(files).toContain('licensing-rules.tgz');
  expect(files).toContain('version.json');
  const every = fs.readdirSync(dir, { recursive: true }).filter((f) => fs.statSync(path.join(dir, f)).isFile());
  expect(files).toContain('releases');
  const cached = every.filter(
    (f) => f !== 'sw.js' && !/^licensing-rules.*\.tgz$|^licensing-check\.[0-9a-f]{16}\.js$/.test(f) && !/^(rules|results|releases)\//.test(f),
  );
  expect(cached).toContain('icons/icon.svg');
  expect(listed.sort()).toEqual(cached.sort());
  // The written results' folder, filled in at its public URL (the minifier may
  // join it to the text after it).
  expect(first[1]).toMatch(/"\/results\//);
  expect(first[1]).not.toContain('__RESULTS_URL__');
  expect(sw).toMatch(/VERSION\s*=\s*"[0-9a-f]{16}"/);
});

// The release build's wasm and its JavaScript glue (hashed names), in dist/.
const builtWasm = () => fs.readdirSync('dist').find((f) => f.endsWith('_bg.wasm'));
const builtGlue = () => fs.readdirSync('dist').find((f) => /^licensing-check-[0-9a-f]{1,16}\.js$/.test(f));
const builtModule = () => new WebAssembly.Module(fs.readFileSync(`dist/${builtWasm()}`));

test('release JavaScript is minified and the page carries its integrity hashes', () => {
  const crypto = require('crypto');
  const html = fs.readFileSync('dist/index.html', 'utf8');
  const glue = builtGlue();
  const text = fs.readFileSync(`dist/${glue}`);
  expect(text.toString()).not.toMatch(/^\s*\/\//m);
  const hash = 'sha384-' + crypto.createHash('sha384').update(text).digest('base64');
  expect(html).toContain(`href="/${glue}" crossorigin="anonymous" integrity="${hash}"`);
});

test('the release page compiles the wasm as its preload downloads it, from a script in its head', () => {
  const crypto = require('crypto');
  const html = fs.readFileSync('dist/index.html', 'utf8');
  const wasm = builtWasm();
  const head = html.slice(0, html.indexOf('</head>'));
  const start = head.match(/<script>((?:(?!<\/script>)[\s\S])*licensingWasm(?:(?!<\/script>)[\s\S])*)<\/script>/);
  expect(start, 'web/start.js is in the head').toBeTruthy();
  const hash = 'sha384-' + crypto.createHash('sha384').update(fs.readFileSync(`dist/${wasm}`)).digest('base64');
  expect(start[1]).toContain(`"/${wasm}"`);
  expect(start[1]).toContain(`"${hash}"`);
  expect(start[1]).toContain('compileStreaming');
  // Trunk's start-up script takes the module compiled there, from the download Trunk's preload began.
  expect(html).toContain(`module_or_path: window.licensingWasm || '/${wasm}'`);
  const preload = html.match(/<link rel="preload"[^>]*type="application\/wasm">\s*<script>/);
  expect(preload, 'the script right after the preload').toBeTruthy();
  expect(preload[0]).toContain(`href="/${wasm}"`);
  expect(preload[0]).toContain(`integrity="${hash}"`);
  expect(html).toMatch(/<link rel="modulepreload" href="\/licensing-check-[0-9a-f]{1,16}\.js"/);
});

test('the release wasm carries no stream classes from Leptos server functions (the app depends on its reactive system alone)', () => {
  const module = builtModule();
  const exports = WebAssembly.Module.exports(module).map((e) => e.name);
  expect(exports).toContain('main');
  expect(exports.filter((name) => /intounderlying/i.test(name))).toEqual([]);
  const glue = builtGlue();
  expect(fs.readFileSync(`dist/${glue}`, 'utf8')).not.toContain('IntoUnderlying');
});

test('the release wasm and its glue join by short names, not hashed ones (crates/release/src/short_names.rs)', () => {
  const module = builtModule();
  // The loader of the later screens' code (crates/release/src/split.rs) keeps its own name.
  const loader = WebAssembly.Module.imports(module).filter((i) => i.module === './__wasm_split.js');
  expect(loader.map((i) => i.name)).toEqual(['__wasm_split_load_later']);
  const imports = WebAssembly.Module.imports(module).filter((i) => i.module !== './__wasm_split.js').map((i) => i.name);
  expect(imports.length).toBeGreaterThan(20);
  expect(imports.filter((name) => !/^\$[0-9a-f]+$/.test(name))).toEqual([]);
  expect(new Set(WebAssembly.Module.imports(module).map((i) => i.module))).toEqual(new Set(['w', './__wasm_split.js']));
  const glue = builtGlue();
  const text = fs.readFileSync(`dist/${glue}`, 'utf8');
  // Every import the wasm asks for is a key of the glue's import object.
  for (const name of imports) expect(text).toContain(`${name}:`);
  const exports = WebAssembly.Module.exports(module).map((e) => e.name);
  expect(exports.filter((name) => /[0-9a-f]{16}/.test(name))).toEqual([]);
  expect(text).not.toMatch(/invoke__h[0-9a-f]{16}/);
});

// What a host pins: version.json names this build, the FAQ revision and the
// contract's version, and for each host-facing file a copy that never
// changes in place, with the integrity hash of both.
test('version.json agrees with the files it lists, and each pinned copy is the file itself', () => {
  const crypto = require('crypto');
  const release = JSON.parse(fs.readFileSync('dist/version.json', 'utf8'));
  const html = fs.readFileSync('dist/index.html', 'utf8');
  expect(release.version).toBe(html.match(/<meta name="version" content="([^"]+)">/)[1]);
  expect(release.faqRevision).toMatch(/^[0-9a-f]{16}$/);
  expect(release.contract).toMatch(/^\d+\.\d+\.\d+$/);
  expect(fs.readFileSync('CHANGELOG.md', 'utf8')).toContain(`## Contract ${release.contract}`);
  expect(Object.keys(release.files).sort()).toEqual(
    ['licensing-check.js', ...fs.readdirSync('dist/rules').filter((f) => fs.statSync(`dist/rules/${f}`).isFile()).map((f) => `rules/${f}`)].sort(),
  );
  const sri = (file) => 'sha384-' + crypto.createHash('sha384').update(fs.readFileSync(`dist/${file}`)).digest('base64');
  for (const [file, { pinned, integrity }] of Object.entries(release.files)) {
    expect(sri(file), file).toBe(integrity);
    expect(sri(pinned), pinned).toBe(integrity);
    expect(pinned).not.toBe(file);
  }
});
