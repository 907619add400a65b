// Building blocks shared by every content schema: ids, references, dates, drafts. A building block
// that is always the same kind of field carries the hint `npm run tjek` shows when it is wrong
// (`.meta({ hint })`, read by src/model/zod-problems.ts; left out of the JSON Schemas).
import { z } from 'astro/zod';
import { past } from './past';
import { SLUG_PATTERN } from './slug';

// Editors read schema errors, so zod speaks Danish.
z.config(z.locales.da());

/** An ASCII slug id (æ→ae, ø→oe, å→aa), e.g. `ikast-brande`. */
export const SLUG_ERROR = 'skal være et id med små bogstaver a-z, tal og bindestreger (æ→ae, ø→oe, å→aa), fx "ikast-brande"';
export const slugId = z.string().regex(SLUG_PATTERN, { error: SLUG_ERROR });

/**
 * A reference to an entry of another collection, by id. Checked at build by
 * `src/model/rules/references.ts` (Astro's own `reference()` only logs a warning).
 */
export const ref = slugId;

/** A list of references without repeats. It may be empty: a schema adds `.min(1)` where one is required. */
export const refList = z.array(ref).refine((ids) => new Set(ids).size === ids.length, {
  error: 'samme id står flere gange i listen',
});

/** The municipality an entry belongs to, by id. */
export const municipalityId = ref.meta({
  hint: 'Skriv kommunens id: navnet med små bogstaver, æ→ae, ø→oe, å→aa og bindestreger, fx aalborg eller ikast-brande (se content/data/kommuner.csv).',
});
export const municipalityIds = refList.meta({
  hint: "Skriv en liste af kommune-id'er, fx municipalities: [aalborg, kolding] (se content/data/kommuner.csv).",
});
export const themeIds = refList.meta({
  hint: 'Skriv mindst ét tema-id i en liste, fx themes: [en-indgang]. Temaerne står i content/data/temaer.yaml.',
});
export const SOURCES_HINT = 'Skriv mindst ét kilde-id i en liste, fx sources: [aalborg-status-2018]. Kilderne står i content/data/kilder.yaml.';
export const sourceIds = refList.meta({ hint: SOURCES_HINT });
export const organisationIds = refList.meta({
  hint: "Skriv en liste af organisations-id'er (filnavnene i content/organisationer/ uden .yaml), fx organisations: [businessaalborg].",
});
export const interviewIds = refList.meta({ hint: "Skriv en liste af interview-id'er (filnavnene i content/interviews/ uden .mdx)." });

/**
 * The longest titles, summaries, labels and names a reader is shown in lists, search results and the
 * browser's tab; a longer text is a Danish error (src/model/zod-problems.ts, `text-too-long`).
 */
export const TEXT_LIMITS = { title: 160, summary: 300, label: 60, name: 120 } as const;

/** Text fields editors often get wrong. */
export const titleText = z
  .string()
  .min(1)
  .max(TEXT_LIMITS.title)
  .meta({ hint: 'Skriv titlen efter kolon. Sæt den i anførselstegn, hvis den indeholder kolon, fx title: "Status: 2018".' });
export const summaryText = z.string().min(1).max(TEXT_LIMITS.summary).meta({ hint: 'Skriv et resumé på én-to sætninger efter kolon.' });
export const descriptionText = z
  .string()
  .min(1)
  .meta({ hint: 'Skriv en kort beskrivelse efter kolon. Lang tekst kan skrives på flere linjer efter "description: >-".' });

/** How a date is written: the hint of every date field, and part of the check's date messages. */
export const DATE_HINT = 'Skriv datoen som ÅÅÅÅ-MM-DD (år-måned-dag) uden anførselstegn, fx 2014-12-10.';

/**
 * A calendar date written as YYYY-MM-DD. Only a date or text is coerced: an empty field, `false` or
 * a bare year (a number) would otherwise silently become 1 January 1970.
 */
export const DATE_ERROR = 'skal være en dato på formen ÅÅÅÅ-MM-DD, fx 2014-12-10';
export const isoDate = z
  .preprocess((v) => (v instanceof Date || typeof v === 'string' || v === undefined ? v : Number.NaN), z.coerce.date({ error: DATE_ERROR }))
  .meta({ hint: DATE_HINT });

/**
 * The source texts a page or an organisation builds on. Empty is allowed only in a draft: the
 * templates leave the choice to the editor, and a published entry without a source is refused by
 * the check (src/model/rules/sources.ts).
 */
export const sourceList = sourceIds.meta({
  ...z.globalRegistry.get(sourceIds),
  description: "Kilder (id'er fra content/data/kilder.yaml): mindst én, før siden udgives. En kladde må have en tom liste.",
});

/** A web address an editor writes (documents, organisations, sources): only https:// or http://, never javascript: or data:. */
export const webUrl = z
  .url({
    protocol: /^https?$/,
    hostname: z.regexes.domain,
    error: 'skal være en netadresse, der starter med https:// eller http://, fx https://www.aalborg.dk/',
  })
  .meta({ hint: 'Skriv hele adressen, som den står i browserens adresselinje, fx https://www.aalborg.dk/. Kender du den ikke, så slet linjen.' });

/** A year with four digits. */
export const year = z.int().min(1990).max(2100).meta({ hint: 'Skriv årstallet med fire cifre uden anførselstegn, fx 2016.' });

/** Fields every publishable page carries. */
export const publishing = {
  draft: z.boolean().default(false).meta({
    description: 'Kladde: vises i `npm run dev`, aldrig i det færdige site.',
    hint: 'Skriv true (kladde, kun synlig i npm run dev) eller false (udgives).',
  }),
  factsAsOf: past(isoDate.meta({ title: 'Fakta pr. dato', description: 'Datoen, som sidens fakta stammer fra (kildernes alder).' })),
  reviewed: past(isoDate.optional().meta({ description: 'Sidst gennemlæst af en redaktør.' })),
  reviewBy: isoDate.optional().meta({ description: 'Skal gennemlæses senest denne dato.' }),
};

/**
 * Where a fact comes from, as the page path on this site, e.g.
 * `strategier/roskilde`, `interviews/aalborg-2018-09` or `guide/en-indgang`. Which folders hold
 * pages is the registry's business (src/model/registry.ts); the reference check names them.
 */
export const siteSource = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, {
  error: 'skal være en side på sitet skrevet som mappe/id, fx "strategier/roskilde" eller "guide/en-indgang"',
});

/** The page a fact comes from (`source`). */
export const sourcePage = siteSource.meta({
  hint: 'Skriv siden, oplysningen kommer fra, som mappe/id, fx strategier/roskilde eller interviews/aalborg-2018-09.',
});
