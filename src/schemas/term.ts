// A term in the glossary (content/data/ordliste.yaml), shown on /ordliste/ with an anchor per
// term, linked from its first mention on each Markdown/MDX page (src/markdown/terms.ts) and
// found by search under its abbreviation and other forms.
import { z } from 'astro/zod';
import { siteSource, slugId, sourceIds } from './common';

/** A form of the term that text can contain: letters, digits, spaces, hyphens. */
const form = z
  .string()
  .trim()
  .min(2, { error: 'skal være mindst to tegn' })
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} -]*$/u, { error: 'må kun indeholde bogstaver, tal, mellemrum og bindestreger, fx "socialøkonomiske virksomheder"' });

export const termSchema = z
  .strictObject({
    id: slugId.meta({
      description: 'Begrebets id, som også er ankeret på ordlisten: "soev" giver /ordliste/#soev. Små bogstaver a-z, tal og bindestreger (æ→ae, ø→oe, å→aa).',
    }),
    term: form.meta({ description: 'Opslagsordet, som det står i ordlisten, fx "Socialøkonomisk virksomhed" eller "RSV".' }),
    abbreviation: form
      .optional()
      .meta({ description: 'Forkortelsen, hvis kilderne bruger en, fx "SØV". Skriv den som i kilderne; den linkes kun med de samme store bogstaver.' }),
    aliases: z.array(form).default([]).meta({
      description:
        'Andre former, som også skal linkes til begrebet og finde det i søgningen, fx bøjninger: ["socialøkonomiske virksomheder"]. Ord med kun store bogstaver (forkortelser) linkes kun, når de står præcis sådan.',
    }),
    explanation: z.string().trim().min(1).meta({
      multiline: true,
      description:
        'Forklaringen i ét til tre korte afsnit (adskilt af en tom linje), kun med det, kilderne siger. Bruger kilderne blot ordet uden at forklare det, så skriv, hvor og hvordan det bruges – og at kilderne ikke forklarer det.',
    }),
    sources: sourceIds
      .min(1, { error: 'et begreb skal have mindst én kilde' })
      .meta({ description: 'Kilderne, som forklaringen bygger på: id fra content/data/kilder.yaml, fx [aalborg-status-2018].' }),
    related: z.array(siteSource).default([]).meta({ description: 'Sider på sitet, der handler om begrebet, skrevet som mappe/id, fx ["guide/en-indgang"].' }),
  })
  .refine((t) => new Set(formsOf(t).map((f) => f.toLowerCase())).size === formsOf(t).length, {
    error: 'samme ord står flere gange i term, abbreviation og aliases',
    path: ['aliases'],
  });

export type Term = z.infer<typeof termSchema>;

/** Every form of a term that text may contain: the term, its abbreviation and its aliases. */
export function formsOf(t: { term: string; abbreviation?: string | undefined; aliases?: readonly string[] | undefined }): string[] {
  return [t.term, ...(t.abbreviation ? [t.abbreviation] : []), ...(t.aliases ?? [])];
}
