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
});

/// Serves files from `root()` under `prefix`, or `pages[path]` when given;
/// with `redirectIndex`, /index.html redirects to the directory, as some hosts
/// do; with `cors`, every file may be read by pages of any origin (as
/// docs/javascript.md asks hosts to serve rules/). Resolves to { origin, close }.
exports.serve = (root, pages = {}, prefix = '/', { redirectIndex = false, cors = false } = {}) =>
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
      if (pages[name] !== undefined) {
        response.writeHead(200, { 'content-type': TYPES['.html'] });
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
          'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
          'cache-control': 'no-cache',
          ...(cors && { 'access-control-allow-origin': '*' }),
        });
        response.end(body);
      });
    });
    server.listen(0, '127.0.0.1', () =>
      resolve({ origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) }),
    );
  });
