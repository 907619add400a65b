// The catalogue of problems an editor can meet, one entry per code (after Astro's errors-data.ts):
// its Danish title, and where the wording does not depend on the phase that finds it, its message
// and hint. `ProblemCode` is the union of the keys, so a code that is not here does not type-check,
// and code that reacts to a problem matches on its code, never on the Danish text.
// Problems found by the zod schemas carry `schema-<zod issue code>`.
import type { z } from 'astro/zod';

export interface ProblemSpec {
  /** A short Danish name for the kind of problem. */
  title: string;
  /** What is wrong, when every problem of this kind says the same. */
  message?: string;
  /** How to fix it, when every problem of this kind says the same. */
  hint?: string;
}

export const PROBLEMS = {
  // Files and names (src/model/files.ts).
  'no-content': { title: 'Ingen content-mappe' },
  'file-placement': { title: 'Filen ligger forkert' },
  'file-extension': { title: 'Forkert filendelse' },
  'file-name': { title: 'Filnavnet kan ikke bruges som id' },
  symlink: { title: 'Genvej i stedet for fil' },
  'missing-data-file': { title: 'En datafil mangler' },
  'unreadable-data-file': { title: 'En datafil kan ikke læses' },
  'wrong-folder': { title: 'Filen ligger i en anden kommunes mappe' },
  // Reading (src/model/read.ts, yaml-list.ts, municipalities-csv.ts).
  'yaml-syntax': { title: 'YAML-syntaksfejl' },
  'not-a-list': { title: 'Filen er ikke en liste' },
  'list-item-id': { title: 'Et punkt i listen mangler id' },
  'no-frontmatter': { title: 'Siden mangler frontmatter' },
  'not-a-record': { title: 'Filen er ikke en gruppe af felter' },
  'csv-header': { title: 'Forkert overskriftslinje i kommunelisten' },
  'csv-row': { title: 'Forkert linje i kommunelisten' },
  'csv-empty': { title: 'Kommunelisten er tom' },
  'csv-region-mismatch': { title: 'Regionskoden passer ikke til regionen' },
  'csv-region-code': { title: 'Ukendt regionskode' },
  'csv-no-boundary': { title: 'Kommunen findes ikke på kortet' },
  // Fields (src/model/validate.ts, rules/dates.ts, rules/text.ts, zod-problems.ts).
  'bad-date': { title: 'Ugyldig dato' },
  'invalid-date': { title: 'Ikke en dato' },
  'date-future': { title: 'Dato i fremtiden' },
  'strategy-adopted-after-period': { title: 'Strategien er vedtaget efter sin periode' },
  placeholder: { title: 'Ikke udfyldt' },
  'blank-text': { title: 'Tomt felt' },
  'municipality-code': { title: 'Kommunekode i stedet for kommune-id' },
  'duplicate-id': { title: 'Samme id to gange' },
  // References and rules across entries (rules/references.ts, rules/content-rules.ts, rules/term-rules.ts).
  'unknown-reference': { title: 'Henvisning til noget, der ikke findes' },
  'draft-reference': { title: 'Henvisning til en kladde' },
  'one-per-municipality': { title: 'To af samme slags for én kommune' },
  'self-related': { title: 'Interviewet henviser til sig selv' },
  'no-answers': {
    title: 'Interviewet har ingen svar',
    message: 'Interviewet har ingen svar.',
    hint: 'Skriv hvert svar som <Answer question="id"> … </Answer> med et id fra content/data/spoergsmaal.yaml.',
  },
  'unknown-question': { title: 'Ukendt spørgsmål' },
  'answered-twice': { title: 'Spørgsmålet er besvaret to gange' },
  'empty-page': {
    title: 'Siden har ingen tekst',
    message: 'Siden har ingen tekst: der står intet under frontmatter (felterne mellem linjerne med ---).',
    hint: 'Skriv sidens tekst under den sidste linje med ---, fx et afsnit med "## Overskrift" og et par sætninger.',
  },
  'shared-term-form': {
    title: 'Samme ord i to begreber',
    hint: 'Et ord kan kun linke til ét begreb. Slet det fra det ene af de to begreber.',
  },
  // Page text (src/model/mdx.ts, rules/mdx-safety.ts, rules/urls.ts, rules/allowed-html.ts).
  'mdx-syntax': { title: 'Fejl i sidens tekst' },
  'mdx-expression': { title: 'Kode i sidens tekst' },
  'mdx-esm': { title: 'import eller export i sidens tekst' },
  'mdx-component': { title: 'Ukendt komponent' },
  'mdx-component-prop': { title: 'Forkert egenskab på en komponent' },
  'mdx-component-place': { title: 'Komponenten står et forkert sted' },
  'html-element': { title: 'HTML, der ikke er tilladt' },
  'html-attribute': { title: 'HTML-egenskab, der ikke er tilladt' },
  'html-event-handler': { title: 'Script i en HTML-egenskab' },
  'html-site-path': { title: 'Sti på sitet i rå HTML' },
  'unsafe-url': { title: 'Adresse, der ikke er tilladt' },
  'local-path': { title: 'Sti på computeren' },
  'broken-link': { title: 'Link til en side, der ikke findes' },
  'draft-link': { title: 'Link til en kladde' },
  'image-missing': { title: 'Billedet findes ikke' },
  'image-relative': { title: 'Billedet er angivet relativt' },
  'image-external': { title: 'Billede fra et andet site' },
  'image-alt': { title: 'Billedet mangler alt-tekst' },
  // Review dates (src/model/review.ts): warnings.
  'review-overdue': { title: 'Siden skulle have været gennemlæst' },
  'oldest-facts': { title: 'Blandt de ældste sider' },
} as const satisfies Record<string, ProblemSpec>;

/** The code of every problem: a catalogue entry, or a zod schema issue. */
export type ProblemCode = keyof typeof PROBLEMS | `schema-${z.core.$ZodIssue['code']}`;

/** The catalogue entry of a code (schema issues share one). */
export function problemSpec(code: ProblemCode): ProblemSpec {
  return code.startsWith('schema-') ? { title: 'Feltet passer ikke til skemaet' } : PROBLEMS[code as keyof typeof PROBLEMS];
}

type WithText = { [C in keyof typeof PROBLEMS]: (typeof PROBLEMS)[C] extends { message: string } ? C : never }[keyof typeof PROBLEMS];

/** The code, message and hint of a problem whose wording the catalogue holds. */
export function catalogued<C extends WithText>(code: C): { code: C; message: string; hint?: string } {
  const spec: ProblemSpec = PROBLEMS[code];
  return { code, message: spec.message!, ...(spec.hint ? { hint: spec.hint } : {}) };
}
