// A small static server for Backtrack's dist/, used by the browser tests, the size report
// and the benchmark. It serves the same files at "/" and under a sub-path (default
// /club/backtrack/) to prove that one build works anywhere, and compresses like a real
// host (brotli or gzip, as the browser asks).
//
//   node serve.mjs [--root DIR] [--port N] [--host H] [--base /club/backtrack/]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
// The security headers docs/deploying.md recommends (scripts/headers.json), so tests see them.
const SECURITY_HEADERS = Object.fromEntries(
  Object.entries(JSON.parse(readFileSync(new URL('../../scripts/headers.json', import.meta.url), 'utf8')))
    .filter(([name]) => !name.startsWith('_')),
);
// Trunk names built files name-<16 hex digits>.ext: only those may be cached for ever.
// Trunk's content hash is a 64-bit number in hex without leading zeros, so 15 digits or
// fewer now and then (a 16-digit pattern once sent a build's wasm as no-cache, and the
// loader's prefetch was fetched again on the tap); wasm-bindgen's snippets sit in a folder
// named with a hash.
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$|\/snippets\/[^/]+-[0-9a-f]{8,16}\//;
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.webmanifest', '.svg', '.txt']);

export function brotli(buf) {
  return brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
}
export function gzip(buf) {
  return gzipSync(buf, { level: 9 });
}

/** Starts the server; resolves to the http.Server once listening. */
export function serve({ root, port = 8080, host = '127.0.0.1', base = '/club/backtrack/' }) {
  const rootDir = resolve(root);
  const cache = new Map();
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      let path = decodeURIComponent(url.pathname);
      if (base && path.startsWith(base)) path = '/' + path.slice(base.length);
      else if (base && path === base.slice(0, -1)) {
        res.writeHead(301, { Location: base });
        return res.end();
      }
      if (path.endsWith('/')) path += 'index.html';
      const file = normalize(join(rootDir, path));
      if (file !== rootDir && !file.startsWith(rootDir + sep)) {
        res.writeHead(403);
        return res.end('forbidden');
      }
      const info = await stat(file).catch(() => null);
      if (!info || !info.isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        return res.end('not found');
      }
      const ext = extname(file);
      const accept = String(req.headers['accept-encoding'] || '');
      const encoding = !COMPRESSIBLE.has(ext) ? null : accept.includes('br') ? 'br' : accept.includes('gzip') ? 'gzip' : null;
      const key = `${file}:${info.mtimeMs}:${encoding}`;
      let body = cache.get(key);
      if (!body) {
        const raw = await readFile(file);
        body = encoding === 'br' ? brotli(raw) : encoding === 'gzip' ? gzip(raw) : raw;
        cache.set(key, body);
      }
      const headers = {
        'Content-Type': TYPES[ext] || 'application/octet-stream',
        'Content-Length': body.length,
        'Cache-Control': HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
        ...SECURITY_HEADERS,
        Vary: 'Accept-Encoding',
      };
      if (encoding) headers['Content-Encoding'] = encoding;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (err) {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`server error: ${err.message}`);
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
  };
  const here = fileURLToPath(new URL('.', import.meta.url));
  const root = opt('root', process.env.BACKTRACK_DIST || join(here, '..', '..', 'dist'));
  const port = Number(opt('port', '8080'));
  const host = opt('host', '127.0.0.1');
  const base = opt('base', '/club/backtrack/');
  serve({ root, port, host, base }).then(() => {
    console.log(`Serving ${root} at http://${host}:${port}/ and http://${host}:${port}${base}`);
  }, (err) => {
    console.error(`serve: ${err.message}`);
    process.exit(1);
  });
}
