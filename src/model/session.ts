// The checked content model of one site folder, read once per content change. The build's
// editor-checks integration, Astro's loaders (src/loaders/model-loader.ts) and `npm run dev`
// all ask here, so content is parsed and validated once, by the same code `npm run tjek` runs.
// Cached on globalThis: Astro loads the config and the content config as separate module graphs.
import { statSync } from 'node:fs';
import path from 'node:path';
import { checkContent, type CheckOptions, type CheckResult } from './check';
import { walkFiles } from './walk';

interface Cached {
  fingerprint: string;
  options: CheckOptions;
  result: CheckResult;
  seconds: number;
}

const SLOT = Symbol.for('vidensbank.model');
type Slots = Map<string, Cached>;
const slots = ((globalThis as Record<symbol, unknown>)[SLOT] ??= new Map()) as Slots;

/** Names, sizes and modification times of every file under content/: changes whenever an editor saves. */
export function contentFingerprint(root: string): string {
  const dir = path.join(root, 'content');
  let files: string[];
  try {
    files = walkFiles(dir).map((f) => f.path);
  } catch {
    return 'missing';
  }
  const parts: string[] = [];
  for (const file of files) {
    try {
      const s = statSync(file);
      parts.push(`${file}:${s.size}:${s.mtimeMs}`);
    } catch {
      parts.push(`${file}:gone`);
    }
  }
  return parts.sort().join('|');
}

/**
 * The checked model of `root`'s content: computed at most once per content change. Without
 * options, a recomputation keeps the options of the last call (e.g. the build's srcDir).
 */
export function modelOf(root: string, given?: CheckOptions): Cached {
  const key = path.resolve(root);
  const fingerprint = contentFingerprint(key);
  const cached = slots.get(key);
  if (cached && cached.fingerprint === fingerprint) return cached;
  const options = given ?? cached?.options ?? {};
  const started = performance.now();
  const result = checkContent(key, options);
  const fresh = { fingerprint, options, result, seconds: (performance.now() - started) / 1000 };
  slots.set(key, fresh);
  return fresh;
}
