// Serves dist/ the way docs/embedding.md tells hosts to: brotli or gzip by
// Accept-Encoding (each file compressed once, at maximum level), hashed files
// cacheable for a year, index.html and sw.js revalidated, wasm as
// application/wasm. Usage: node bench/serve.js DIR PORT
const http = require('http');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const [dir, port] = [process.argv[2] || 'dist', Number(process.argv[3] || 8760)];
// The same content types as the tests' server.
const { TYPES } = require('../tests/e2e/static-server');
const files = new Map();
// Read and compressed on first request (static.html appears after start).
function load(name) {
  if (files.has(name)) return files.get(name);
  const root = path.resolve(dir);
  const full = path.resolve(root, '.' + path.posix.normalize(name));
  if (!full.startsWith(root + path.sep) || !fs.existsSync(full) || !fs.statSync(full).isFile()) return null;
  const body = fs.readFileSync(full);
  const base = path.basename(full);
  const compressible = !base.endsWith('.png');
  const file = {
    body,
    type: TYPES[path.extname(base)] || 'application/octet-stream',
    br: compressible && zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
    gzip: compressible && zlib.gzipSync(body, { level: 9 }),
    // Names without a content hash must be revalidated; hashed ones never change.
    revalidate: name.startsWith('/results/') || !/-[0-9a-f]{1,16}(_bg)?\.\w+$/.test(base),
  };
  files.set(name, file);
  return file;
}

http.createServer((request, response) => {
  const name = new URL(request.url, 'http://x').pathname;
  const file = load(name === '/' ? '/index.html' : name);
  if (!file) {
    response.writeHead(404);
    return response.end();
  }
  const accepts = request.headers['accept-encoding'] || '';
  const [encoding, body] = file.br && /\bbr\b/.test(accepts) ? ['br', file.br]
    : file.gzip && /\bgzip\b/.test(accepts) ? ['gzip', file.gzip] : [null, file.body];
  response.writeHead(200, {
    'content-type': file.type,
    'cache-control': file.revalidate ? 'no-cache' : 'public, max-age=31536000, immutable',
    vary: 'accept-encoding',
    ...(encoding && { 'content-encoding': encoding }),
  });
  response.end(body);
}).listen(port, '127.0.0.1');
