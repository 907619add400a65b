// The offline manifest, pure: which built files the service worker precaches at once (the core),
// which it fetches only when the reader asks to save the whole site (the shards), and each
// file's content revision and transfer size. No file system access: see src/integrations/service-worker.ts.
import { createHash } from 'node:crypto';

/** One file: URL relative to the base path, content revision, bytes transferred (gzip for text). */
export type Entry = [url: string, rev: string, bytes: number];

export interface BuiltFile {
  /** Path relative to dist/, posix separators. */
  file: string;
  content: Uint8Array;
  /** Bytes transferred when a host serves it (gzip-compressed for text files). */
  bytes: number;
}

export interface OfflineOptions {
  /** Below this many bytes (transferred) the whole site is precached, as before. */
  precacheAllBelow: number;
  /** The most the core may weigh; the build warns above it. */
  coreBudget: number;
  /** About this many files per shard of the full list. */
  shardSize: number;
}

export interface CoreManifest {
  version: string;
  /** `all`: the core is the whole site. `core`: the rest is saved only when the reader asks. */
  mode: 'all' | 'core';
  core: Entry[];
  coreBytes: number;
  total: { files: number; bytes: number };
  /** Shard files (relative to the base path) with their number of files and bytes. */
  shards: [url: string, files: number, bytes: number][];
}

/**
 * Files a host consumes or readers never need offline; never precached. The printable whole guide
 * (/guide/hele-guiden/) repeats every guide article: megabytes at thousands of articles, and
 * changed by every article's edit. It is cached when a reader opens it, like any page.
 */
const NEVER = [/^sw\.js$/, /^_headers$/, /^_redirects$/, /^offline\//, /\.map$/, /^sitemap[^/]*\.xml$/, /^robots\.txt$/, /^guide\/hele-guiden\//];

/** Files that are the page shell, the front page, the search page or the search engine's core. */
export function isCore(file: string, wasmLanguages: string[]): boolean {
  if (file.startsWith('_astro/')) return true;
  if (/^[^/]+\.(svg|png|ico|webmanifest|woff2?)$/.test(file)) return true;
  if (['index.html', 'soeg/index.html', '404.html'].includes(file)) return true;
  if (['pagefind/pagefind.js', 'pagefind/pagefind-entry.json'].includes(file)) return true;
  if (/^pagefind\/pagefind\.[^/]+\.pf_meta$/.test(file) || file.startsWith('pagefind/filter/')) return true;
  if (wasmLanguages.some((lang) => file === `pagefind/wasm.${lang}.pagefind`)) return true;
  return file.startsWith('search/');
}

export function isPrecachable(file: string): boolean {
  return !NEVER.some((re) => re.test(file));
}

/** The URL (relative to the base path) a file is requested under: `a/index.html` → `a/`. */
export function requestPath(file: string): string {
  if (file === 'index.html') return '';
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** A file's revision; the service worker computes the same from a response body. */
export function revision(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 16);
}

function shardOf(url: string, count: number): number {
  return parseInt(createHash('sha256').update(url).digest('hex').slice(0, 8), 16) % count;
}

const sum = (entries: Entry[]) => entries.reduce((n, e) => n + e[2], 0);

/**
 * The core manifest and the shards of the rest. Shards are keyed by a hash of each URL, so a
 * deployment that changes one page changes one shard (plus those of the search files it touches).
 */
export function buildManifest(files: BuiltFile[], wasmLanguages: string[], options: OfflineOptions) {
  const entries = files
    .filter((f) => isPrecachable(f.file))
    .map((f) => ({ file: f.file, entry: [requestPath(f.file), revision(f.content), f.bytes] as Entry }));
  const totalBytes = sum(entries.map((e) => e.entry));
  const mode: CoreManifest['mode'] = totalBytes < options.precacheAllBelow ? 'all' : 'core';
  const core = entries.filter((e) => mode === 'all' || isCore(e.file, wasmLanguages)).map((e) => e.entry);
  const rest = mode === 'all' ? [] : entries.filter((e) => !isCore(e.file, wasmLanguages)).map((e) => e.entry);
  let shardCount = 1;
  while (rest.length / shardCount > options.shardSize) shardCount *= 2;
  const shards: { name: string; body: string; entries: Entry[] }[] = [];
  if (rest.length > 0) {
    const buckets: Entry[][] = Array.from({ length: shardCount }, () => []);
    for (const e of rest) buckets[shardOf(e[0], shardCount)]!.push(e);
    buckets.forEach((bucket, i) => {
      const body = JSON.stringify(bucket);
      const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
      shards.push({ name: `offline/shard-${String(i).padStart(3, '0')}.${hash}.json`, body, entries: bucket });
    });
  }
  const version = createHash('sha256')
    .update(JSON.stringify([mode, core, shards.map((s) => s.name)]))
    .digest('hex')
    .slice(0, 16);
  const manifest: CoreManifest = {
    version,
    mode,
    core,
    coreBytes: sum(core),
    total: { files: entries.length, bytes: totalBytes },
    shards: shards.map((s) => [s.name, s.entries.length, sum(s.entries)]),
  };
  return { manifest, shards };
}
