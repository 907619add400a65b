// The glossary the term-link plugin (src/markdown/terms.ts) uses while Markdown is rendered:
// the `terms` entries of the checked content model (src/model/session.ts), so the build reads
// content/data/ordliste.yaml once, through the same checks as `npm run tjek`. Compiled once per
// change of that file (one stat per page), so a 5,000-page build compiles it once.
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { modelOf } from '../model';
import { specOf } from '../model';
import { compileGlossary, type Glossary, type GlossaryTerm } from './terms';

const compiled = new Map<string, { stamp: string; glossary: Glossary }>();

/** The site root of a content file: the folder that holds its content/ folder (else the working folder). */
export function rootOf(fileURL: URL | undefined): string {
  if (fileURL?.protocol === 'file:') {
    const file = fileURLToPath(fileURL);
    const cut = file.lastIndexOf(`${path.sep}content${path.sep}`);
    if (cut >= 0) return file.slice(0, cut);
  }
  return process.cwd();
}

/** The compiled glossary of the site a document belongs to. */
export function glossaryFor(fileURL: URL | undefined): Glossary {
  const root = rootOf(fileURL);
  let stamp: string;
  try {
    const s = statSync(path.join(root, 'content', specOf('terms').path));
    stamp = `${s.size}:${s.mtimeMs}`;
  } catch {
    stamp = 'missing';
  }
  const cached = compiled.get(root);
  if (cached?.stamp === stamp) return cached.glossary;
  const terms =
    stamp === 'missing'
      ? []
      : modelOf(root)
          .result.entries.filter((e) => e.collection === 'terms')
          .map((e) => e.data as unknown as GlossaryTerm);
  const glossary = compileGlossary(terms);
  compiled.set(root, { stamp, glossary });
  return glossary;
}
