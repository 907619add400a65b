// Reads back the text Pagefind indexed, from its own fragments (<outDir>/pagefind/fragment/):
// each page's content and title exactly as Pagefind extracted them, so the spelling dictionary
// needs no second parse of the built HTML. A fragment file holds one page, or (Pagefind ≥ 1.5)
// a group of pages keyed by fragment hash; both are gzip-compressed JSON after a signature.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

interface Fragment {
  content: string;
  meta?: Record<string, string>;
}

const isFragment = (x: unknown): x is Fragment => typeof x === 'object' && x !== null && typeof (x as Fragment).content === 'string';

/** The decoded JSON of one fragment file. */
export function decodeFragmentFile(bytes: Buffer): unknown {
  const raw = bytes.subarray(0, SIGNATURE.length).toString() === SIGNATURE ? bytes : gunzipSync(bytes);
  if (raw.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error('Pagefind fragment without its signature: has the format changed?');
  return JSON.parse(raw.subarray(SIGNATURE.length).toString('utf8'));
}

/** The indexed text of every page: its title, then its content. */
export function pagefindTexts(pagefindDir: string): string[] {
  const dir = path.join(pagefindDir, 'fragment');
  const texts: string[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.pf_fragment')) continue;
    const json = decodeFragmentFile(readFileSync(path.join(dir, file)));
    const fragments = isFragment(json) ? [json] : Object.values(json as Record<string, unknown>).filter(isFragment);
    if (fragments.length === 0) throw new Error(`Pagefind fragment ${file} holds no page text: has the format changed?`);
    for (const f of fragments) texts.push(`${f.meta?.['title'] ?? ''}\n${f.content}`);
  }
  return texts;
}
