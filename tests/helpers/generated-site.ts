// Builds a generated site (the minimal fixture plus N guide articles from bench/generate-content.ts)
// for offline tests and benchmarks; `edit` changes one article's body for a "one-page deployment".
import { appendFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { vocabulary, writeGeneratedGuide } from '../../bench/generate-content.ts';
import { buildFixture, PROJECT_ROOT, type BuildResult } from './fixture-site.ts';

const MUNICIPALITIES = ['aalborg', 'aarhus', 'kolding', 'roskilde', 'koebenhavn', 'odense', 'esbjerg', 'vejle'];

/** The article a one-page deployment changes, and the sentence it adds. */
export const EDITED_ARTICLE = 'guide/artikel-00007/';
export const EDITED_SENTENCE = 'Tilføjet efter udgivelsen: et nyt afsnit om grøn omstilling.';

/** Words for generated text, from the real site's build (dist/ must exist). */
export function realVocabulary(): string[] {
  const dist = path.join(PROJECT_ROOT, 'dist');
  return vocabulary(
    dist,
    readdirSync(dist, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.html')),
  );
}

export function buildGeneratedSite(name: string, pages: number, words: string[], env: Record<string, string>, edit = false): BuildResult {
  const result = buildFixture(name, {}, { CACHE_DIR: path.join(PROJECT_ROOT, 'tests/.tmp', name, 'cache'), ...env }, (content) => {
    writeGeneratedGuide(content, pages, words, MUNICIPALITIES, ['en-indgang', 'indkoeb']);
    if (edit) appendFileSync(path.join(content, `${EDITED_ARTICLE.slice(0, -1)}.md`), `\n${EDITED_SENTENCE}\n`);
  });
  if (result.status !== 0) throw new Error(`${name} did not build:\n${result.output.slice(-3000)}`);
  return result;
}
