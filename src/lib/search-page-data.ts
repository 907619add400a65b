// What /soeg/ carries for the search engine beside the index, taken from the content at build
// time: the names typo correction always considers (municipality names, glossary terms and their
// forms) and the Danish stop words (the `stopword` package's list, so the package is not bundled).
// The engine folds both itself (src/search/page-data.ts).
import { dan } from 'stopword';
import { formsOf } from '../schemas/term';
import type { Site } from './content';

export function searchPageData(site: Site): { names: string[]; stopWords: string[] } {
  const names = [...site.municipalities.flatMap((m) => [m.data.name, m.data.officialName]), ...site.terms.flatMap((t) => formsOf(t.data))];
  return { names: [...new Set(names)].sort(), stopWords: [...dan] };
}
