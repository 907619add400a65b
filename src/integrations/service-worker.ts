// Writes <outDir>/sw.js: the offline service worker with the build's precache manifest and a
// version derived from the content of every file, so a new deployment gets a new cache.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The URL (relative to the base path) a file is requested under: `a/index.html` → `a/`. */
export function requestPath(file: string): string {
  if (file === 'index.html') return '';
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

export function writeServiceWorker(outDir: string, files: string[], base: string, template: string): { version: string; count: number } {
  const precached = files.filter((f) => f !== 'sw.js');
  const hash = createHash('sha256');
  for (const f of precached) hash.update(f).update('\0').update(readFileSync(path.join(outDir, f))).update('\0');
  const version = hash.digest('hex').slice(0, 16);
  const source = template
    .replaceAll("'__VERSION__'", JSON.stringify(version))
    .replaceAll("'__BASE__'", JSON.stringify(base.replace(/\/?$/, '/')))
    .replaceAll('__FILES__', JSON.stringify(precached.map(requestPath)));
  if (/__(VERSION|BASE|FILES)__/.test(source)) throw new Error('Service worker template: a placeholder was not filled in.');
  writeFileSync(path.join(outDir, 'sw.js'), source);
  return { version, count: precached.length };
}
