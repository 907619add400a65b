// Writes the offline files into <outDir>: the manifest (offline/manifest.<hash>.json, the core
// the worker precaches at once), the shards of the rest (offline/shard-*.json, fetched only when
// a reader saves the whole site) and sw.js, which names the manifest and so stays small at any size.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildManifest, isPrecachable, type BuiltFile, type CoreManifest, type OfflineOptions } from '../offline/manifest';

import { isWebEditorFile } from '../lib/web-editor-path';
export { requestPath } from '../offline/manifest';

/** Text files hosts compress (as scripts/serve.mjs and deploy/nginx.conf do). */
const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|xml|txt|webmanifest)$/;

export function transferSize(file: string, content: Uint8Array): number {
  return COMPRESSIBLE.test(file) ? gzipSync(content).length : content.length;
}

/** The content-hashed paths hosts cache for a year (deploy/cache-control.json), e.g. `/_astro/`. */
export function immutablePrefixes(): string[] {
  const rules = JSON.parse(readFileSync(new URL('../../deploy/cache-control.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  return rules['content-hashed prefixes'] as string[];
}

function wasmLanguages(outDir: string): string[] {
  const entry = path.join(outDir, 'pagefind/pagefind-entry.json');
  if (!existsSync(entry)) return [];
  const languages = (JSON.parse(readFileSync(entry, 'utf8')) as { languages?: Record<string, { wasm?: string }> }).languages ?? {};
  return [...new Set(Object.values(languages).map((l) => l.wasm ?? 'unknown'))];
}

export function writeServiceWorker(
  outDir: string,
  files: string[],
  base: string,
  template: string,
  options: OfflineOptions,
): { manifest: CoreManifest; swBytes: number; manifestUrl: string } {
  rmSync(path.join(outDir, 'offline'), { recursive: true, force: true });
  // The web editor is for editors online, never part of a reader's offline copy.
  const built: BuiltFile[] = files
    .filter((f) => isPrecachable(f) && !isWebEditorFile(f))
    .map((file) => {
      const content = readFileSync(path.join(outDir, file));
      return { file, content, bytes: transferSize(file, content) };
    });
  const { manifest, shards } = buildManifest(built, wasmLanguages(outDir), options);
  mkdirSync(path.join(outDir, 'offline'), { recursive: true });
  for (const s of shards) writeFileSync(path.join(outDir, s.name), s.body);
  const body = JSON.stringify(manifest);
  const manifestUrl = `offline/manifest.${createHash('sha256').update(body).digest('hex').slice(0, 10)}.json`;
  writeFileSync(path.join(outDir, manifestUrl), body);
  const source = template
    .replaceAll("'__BASE__'", JSON.stringify(base.replace(/\/?$/, '/')))
    .replaceAll("'__MANIFEST__'", JSON.stringify(manifestUrl))
    .replaceAll("'__IMMUTABLE__'", JSON.stringify(immutablePrefixes()));
  if (/__(BASE|MANIFEST|IMMUTABLE)__/.test(source)) throw new Error('Service worker template: a placeholder was not filled in.');
  writeFileSync(path.join(outDir, 'sw.js'), source);
  return { manifest, swBytes: Buffer.byteLength(source), manifestUrl };
}
