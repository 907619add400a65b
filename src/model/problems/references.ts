// The catalogue's section for references and rules across entries (rules/references.ts,
// cross-entry.ts, rules/content-rules.ts, rules/term-rules.ts).
import { entry } from './define';

/** "Mente du "a" eller "b"? ", or "" without suggestions (the one wording of a suggestion, also for `npm run ny`). */
export function didYouMean(ids: readonly string[]): string {
  return ids.length ? `Mente du ${ids.map((s) => `"${s}"`).join(' eller ')}? ` : '';
}

export const REFERENCES = {
  /** `into`: the site's pages (their folders, `guide/…, …`), or a collection (its label and folder). */
  'unknown-reference': entry<{ value: string; into: { pages: string } | { label: string; folder: string }; suggestions: readonly string[] }>({
    title: 'Henvisning til noget, der ikke findes',
    message: ({ value, into }) => `"${value}" findes ikke i ${'pages' in into ? 'sitets sider' : into.label}.`,
    hint: ({ into, suggestions }) => {
      const where = 'pages' in into ? `sitets sider (${into.pages})` : into.folder;
      return suggestions.length ? `${didYouMean(suggestions)}Gyldige værdier: ${where}.` : `Der er ingen gyldige værdier endnu i ${where}.`;
    },
  }),
  'draft-reference': entry<{ value: string }>({
    title: 'Henvisning til en kladde',
    message: ({ value }) => `"${value}" er en kladde (draft: true) og kommer ikke med på det færdige site.`,
    hint: 'Udgiv den først (draft: false), fjern henvisningen, eller gør også denne side til en kladde.',
  }),
  /** `noun`: what there is one of, as the registry row's noun with its number stressed ("én strategi"). */
  'one-per-municipality': entry<{ noun: string; field: string; earlier: string }>({
    title: 'To af samme slags for én kommune',
    message: ({ noun, earlier }) => `Kommunen har allerede ${noun} i ${earlier}.`,
    hint: ({ noun, field }) => `En kommune har højst ${noun}. Ret den eksisterende fil i stedet, eller ret feltet ${field}.`,
  }),
  'self-related': entry({
    title: 'Interviewet henviser til sig selv',
    message: 'Et interview kan ikke være relateret til sig selv.',
    hint: "Slet id'et fra listen related; skriv kun andre interviews dér.",
  }),
  'no-answers': entry({
    title: 'Interviewet har ingen svar',
    message: 'Interviewet har ingen svar.',
    hint: 'Skriv hvert svar som <Answer question="id"> … </Answer> med et id fra content/data/spoergsmaal.yaml.',
  }),
  'unknown-question': entry<{ question: string }>({
    title: 'Ukendt spørgsmål',
    message: ({ question }) => `Spørgsmålet "${question}" findes ikke.`,
    hint: 'Brug et id fra content/data/spoergsmaal.yaml, eller tilføj spørgsmålet dér.',
  }),
  'answered-twice': entry<{ question: string }>({
    title: 'Spørgsmålet er besvaret to gange',
    message: ({ question }) => `Spørgsmålet "${question}" er besvaret to gange.`,
    hint: 'Saml svarene i én <Answer question="…">-blok, eller ret id\'et i den ene.',
  }),
  'empty-page': entry({
    title: 'Siden har ingen tekst',
    message: 'Siden har ingen tekst: der står intet under frontmatter (felterne mellem linjerne med ---).',
    hint: 'Skriv sidens tekst under den sidste linje med ---, fx et afsnit med "## Overskrift" og et par sætninger.',
  }),
  'shared-term-form': entry<{ form: string; term: string; id: string }>({
    title: 'Samme ord i to begreber',
    message: ({ form, term, id }) => `"${form}" står også i begrebet "${term}" (id: ${id}) i ordlisten.`,
    hint: 'Et ord kan kun linke til ét begreb. Slet det fra det ene af de to begreber.',
  }),
};
