// A small static file server for tests that need a second origin (an FAQ
// site embedding the app) or need to swap one build for another under the
// same origin. `root()` is asked on every request.
const http = require('http');
const fs = require('fs');
const path = require('path');

const TYPES = (exports.TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
});

/// Serves files from `root()` under `prefix`, or `pages[path]` when given
/// (typed by its extension, else as HTML);
/// with `redirectIndex`, /index.html redirects to the directory, as some hosts
/// do; with `cors`, every file may be read by pages of any origin (as
/// docs/javascript.md asks hosts to serve rules/); with `instrument`, each
/// index.html records its problems (RECORDER). Resolves to { origin, close }.
/// A script that records, in the tab's sessionStorage, every uncaught error,
/// unhandled rejection, console error and CSP violation of the documents it
/// is put in: for engines whose drivers cannot listen to the page's console
/// (tests/engines/). Allowed in the page's CSP by its hash.
const RECORDER =
  "(function(){var k='test-problems';function add(p){try{var a=JSON.parse(sessionStorage.getItem(k)||'[]');a.push(String(p).slice(0,300));sessionStorage.setItem(k,JSON.stringify(a))}catch(e){}}" +
  "addEventListener('error',function(e){add('error: '+e.message)});" +
  "addEventListener('unhandledrejection',function(e){add('unhandled rejection: '+(e.reason&&e.reason.message||e.reason))});" +
  "document.addEventListener('securitypolicyviolation',function(e){add('CSP violation: '+e.violatedDirective+' '+e.blockedURI)});" +
  "var error=console.error;console.error=function(){add('console error: '+Array.prototype.join.call(arguments,' '));return error.apply(console,arguments)}})()";

/// A browser that runs no WebAssembly (some locked-down modes turn it off).
const WITHOUT_WASM = 'delete window.WebAssembly';

function instrumented(html, withoutWasm) {
  const scripts = withoutWasm ? [RECORDER, WITHOUT_WASM] : [RECORDER];
  const hash = (code) => "'sha256-" + require('crypto').createHash('sha256').update(code).digest('base64') + "'";
  return html
    .replace("script-src 'self'", `script-src 'self' ${scripts.map(hash).join(' ')}`)
    .replace('<head>', `<head>${scripts.map((code) => `<script>${code}</script>`).join('')}`);
}

/// With `types`, files of those extensions are sent as those types (a host
/// that serves .wasm as another type than application/wasm). With `fail`, paths it matches answer 404; with `hold`, paths it matches
/// get no answer until the server closes (a download still on its way); with
/// `withoutWasm` (and `instrument`), each index.html first removes
/// WebAssembly from the page.
exports.serve = (
  root,
  pages = {},
  prefix = '/',
  { redirectIndex = false, cors = false, instrument = false, fail = null, hold = null, withoutWasm = false, types = {} } = {},
) =>
  new Promise((resolve) => {
    const server = http.createServer((request, response) => {
      const url = new URL(request.url, 'http://x');
      if (!url.pathname.startsWith(prefix)) {
        response.writeHead(404);
        return response.end();
      }
      const inside = '/' + url.pathname.slice(prefix.length);
      if (redirectIndex && inside === '/index.html') {
        response.writeHead(301, { location: prefix + url.search });
        return response.end();
      }
      const name = inside === '/' ? '/index.html' : inside;
      if (fail && fail.test(name)) {
        response.writeHead(404);
        return response.end();
      }
      if (hold && hold.test(name)) return;
      if (pages[name] !== undefined) {
        response.writeHead(200, { 'content-type': TYPES[path.extname(name)] || TYPES['.html'] });
        return response.end(pages[name]);
      }
      const file = path.join(root(), path.normalize(name));
      fs.readFile(file, (error, body) => {
        if (error) {
          response.writeHead(404);
          return response.end();
        }
        // No HTTP caching: each test decides what the browser sees.
        response.writeHead(200, {
          'content-type': types[path.extname(file)] || TYPES[path.extname(file)] || 'application/octet-stream',
          'cache-control': 'no-cache',
          ...(cors && { 'access-control-allow-origin': '*' }),
        });
        response.end(instrument && name === '/index.html' ? instrumented(body.toString(), withoutWasm) : body);
      });
    });
    server.listen(0, '127.0.0.1', () =>
      resolve({ origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => { server.close(r); server.closeAllConnections(); }) }),
    );
  });
