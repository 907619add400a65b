// Rules across glossary terms (content/data/ordliste.yaml): a word or abbreviation can link to
// one term only, so no form may stand in two terms (src/markdown/terms.ts matches them, with isAbbreviation from here).
import type { PlainEntry } from '../entry';
import type { Problem } from '../problem';
import { problem } from '../problems';

/** An abbreviation is written in capitals (SØV, RSV, CSR) and links only as written. */
export const isAbbreviation = (form: string) => form === form.toUpperCase() && form !== form.toLowerCase();

const key = (form: string) => {
  const f = form.trim().replace(/\s+/g, ' ');
  return isAbbreviation(f) ? f : f.toLowerCase();
};

export function sharedTermForms(entries: readonly PlainEntry[]): Problem[] {
  const owner = new Map<string, PlainEntry>();
  const problems: Problem[] = [];
  for (const e of entries) {
    if (e.collection !== 'terms') continue;
    const d = e.data as { term?: string; abbreviation?: string; aliases?: string[] };
    const fields: [string, string | undefined][] = [
      ['term', d.term],
      ['abbreviation', d.abbreviation],
      ...(d.aliases ?? []).map((a, i): [string, string] => [`aliases[${i}]`, a]),
    ];
    for (const [field, form] of fields) {
      if (!form) continue;
      const earlier = owner.get(key(form));
      if (earlier && earlier !== e) {
        problems.push(
          problem(
            'shared-term-form',
            { file: e.filePath, field, value: form },
            { form, term: String((earlier.data as { term?: string }).term), id: earlier.id },
          ),
        );
      } else owner.set(key(form), e);
    }
  }
  return problems;
}
