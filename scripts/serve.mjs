// A small static server for dist/ (tests and benchmarks): correct MIME types including wasm,
// an optional base path, optional extra response headers (e.g. a CSP) from a JSON file.
// Text files are gzip-compressed when the browser accepts it, as production hosts do.
// With --log, each response is appended to a file as a JSON line {path, status, bytes} (headers +
// body as sent), so tests and benchmarks can count what a browser transferred, service worker included.
// --path-headers reads a file like deploy/admin-headers.json ({path, headers}): headers that replace
// the others below that path (the web editor's own CSP).
// Usage: node scripts/serve.mjs [--dir dist] [--port 4322] [--base /] [--headers headers.json] [--path-headers admin-headers.json] [--log requests.jsonl]
import { createServer } from 'node:http';
import { appendFileSync, createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
);
const root = path.resolve(args.dir ?? 'dist');
const port = Number(args.port ?? 4322);
const base = (args.base ?? '/').replace(/\/?$/, '/');
const extraHeaders = args.headers ? JSON.parse(readFileSync(args.headers, 'utf8')) : {};
const pathHeaders = args['path-headers'] ? JSON.parse(readFileSync(args['path-headers'], 'utf8')) : undefined;
const headersFor = (urlPath) =>
  pathHeaders && urlPath.startsWith(base + pathHeaders.path.replace(/^\//, '')) ? { ...extraHeaders, ...pathHeaders.headers } : extraHeaders;

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.yml']);
const gzipped = new Map();

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.woff2': 'font/woff2',
  '.yml': 'text/yaml; charset=utf-8',
};

function resolve(urlPath) {
  if (!urlPath.startsWith(base)) return undefined;
  const rel = decodeURIComponent(urlPath.slice(base.length));
  const file = path.join(root, rel);
  if (!file.startsWith(root)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!urlPath.endsWith('/')) return { redirect: `${urlPath}/` };
    return { file: path.join(file, 'index.html') };
  }
  return { file };
}

function logResponse(req, res) {
  let body = 0;
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  res.write = (chunk, ...rest) => {
    if (chunk) body += Buffer.byteLength(chunk);
    return write(chunk, ...rest);
  };
  res.end = (chunk, ...rest) => {
    if (chunk && typeof chunk !== 'function') body += Buffer.byteLength(chunk);
    return end(chunk, ...rest);
  };
  res.on('finish', () => {
    const headerBytes = Buffer.byteLength(res._header ?? '');
    appendFileSync(args.log, JSON.stringify({ path: req.url, status: res.statusCode, bytes: headerBytes + body }) + '\n');
  });
}

const server = createServer((req, res) => {
  if (args.log) logResponse(req, res);
  const url = new URL(req.url ?? '/', 'http://localhost');
  const found = resolve(url.pathname);
  const headers = { ...headersFor(url.pathname), 'Cache-Control': 'no-cache' };
  if (found?.redirect) {
    res.writeHead(301, { ...headers, Location: found.redirect + url.search });
    res.end();
    return;
  }
  if (!found || !existsSync(found.file) || !statSync(found.file).isFile()) {
    const notFound = path.join(root, '404.html');
    res.writeHead(404, { ...headers, 'Content-Type': TYPES['.html'] });
    res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
    return;
  }
  const stat = statSync(found.file);
  const etag = `"${stat.size}-${stat.mtimeMs}"`;
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, { ...headers, ETag: etag });
    res.end();
    return;
  }
  const ext = path.extname(found.file);
  const type = { ...headers, 'Content-Type': TYPES[ext] ?? 'application/octet-stream', ETag: etag, Vary: 'Accept-Encoding' };
  if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    const key = `${found.file}:${etag}`;
    if (!gzipped.has(key)) gzipped.set(key, gzipSync(readFileSync(found.file)));
    res.writeHead(200, { ...type, 'Content-Encoding': 'gzip' });
    res.end(gzipped.get(key));
    return;
  }
  res.writeHead(200, type);
  createReadStream(found.file).pipe(res);
});
server.listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`));
