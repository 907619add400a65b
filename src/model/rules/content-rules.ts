// Rules across entries that a single schema cannot see: one strategy and one entry point per
// municipality, interview answers that name a known question, no interview related to itself,
// and pages that must have text.
import type { PlainEntry } from '../entry';
import type { ContentProblem } from '../problem';
import { catalogued } from '../problems';
import { sharedTermForms } from './term-rules';
import { specOf, type CollectionSpec } from '../registry';

const ANSWER_TAG = /<Answer\s+question=["']([^"']*)["']/g;

/** The question ids an interview body answers, in order. Answers inside MDX comments do not count. */
export function answeredQuestions(body: string): string[] {
  return [...body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').matchAll(ANSWER_TAG)].map((m) => m[1]!);
}

function onePerMunicipality(entries: readonly PlainEntry[], collection: 'strategies' | 'entryPoints', noun: string): ContentProblem[] {
  const first = new Map<string, PlainEntry>();
  const problems: ContentProblem[] = [];
  // The file named after its municipality (strategier/kolding.mdx) is the rightful one; the other is reported.
  const candidates = entries
    .filter((e) => e.collection === collection)
    .sort((a, b) => Number(b.id === b.data['municipality']) - Number(a.id === a.data['municipality']));
  for (const e of candidates) {
    const municipality = String(e.data['municipality']);
    const earlier = first.get(municipality);
    if (earlier) {
      problems.push({
        file: e.filePath,
        field: 'municipality',
        value: municipality,
        code: 'one-per-municipality',
        message: `Kommunen har allerede ${noun} i ${earlier.filePath}.`,
        hint: `En kommune har højst ${noun}. Ret den eksisterende fil i stedet, eller ret feltet municipality.`,
      });
    } else first.set(municipality, e);
  }
  return problems;
}

/** True when a Markdown/MDX body has no text: only blank lines, comments or imports. */
export function isEmptyBody(body: string): boolean {
  return (
    body
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/^(import|export)\s.*$/gm, '')
      .trim() === ''
  );
}

/** The one empty-page rule: every collection whose registry row says `bodyRequired`. */
function emptyBodies(entries: readonly PlainEntry[]): ContentProblem[] {
  return entries
    .filter((e) => (specOf(e.collection) as CollectionSpec).bodyRequired && e.body !== undefined && isEmptyBody(e.body))
    .map((e) => ({ file: e.filePath, ...catalogued('empty-page') }));
}

export function checkContentRules(entries: readonly PlainEntry[]): ContentProblem[] {
  const questionIds = new Set(entries.filter((e) => e.collection === 'questions').map((e) => e.id));
  const problems = [
    ...onePerMunicipality(entries, 'strategies', 'én strategi'),
    ...onePerMunicipality(entries, 'entryPoints', 'én indgang'),
    ...emptyBodies(entries),
    ...sharedTermForms(entries),
  ];
  for (const e of entries) {
    if (e.collection !== 'interviews') continue;
    const related = (e.data['related'] as string[] | undefined) ?? [];
    related.forEach((r, i) => {
      if (r === e.id) {
        problems.push({
          file: e.filePath,
          field: `related[${i}]`,
          value: r,
          code: 'self-related',
          message: 'Et interview kan ikke være relateret til sig selv.',
          hint: "Slet id'et fra listen related; skriv kun andre interviews dér.",
        });
      }
    });
    const answered = answeredQuestions(e.body ?? '');
    // <Answer> tags without a plain question="…" are reported by src/model/rules/mdx-safety.ts.
    if (answered.length === 0 && !/<Answer\b/.test((e.body ?? '').replace(/\{\/\*[\s\S]*?\*\/\}/g, ''))) {
      problems.push({ file: e.filePath, ...catalogued('no-answers') });
    }
    const seen = new Set<string>();
    for (const q of answered) {
      if (!questionIds.has(q)) {
        problems.push({
          file: e.filePath,
          field: '<Answer question>',
          value: q,
          code: 'unknown-question',
          message: `Spørgsmålet "${q}" findes ikke.`,
          hint: 'Brug et id fra content/data/spoergsmaal.yaml, eller tilføj spørgsmålet dér.',
        });
      } else if (seen.has(q)) {
        problems.push({
          file: e.filePath,
          field: '<Answer question>',
          value: q,
          code: 'answered-twice',
          message: `Spørgsmålet "${q}" er besvaret to gange.`,
          hint: 'Saml svarene i én <Answer question="…">-blok, eller ret id\'et i den ene.',
        });
      }
      seen.add(q);
    }
  }
  return problems;
}
