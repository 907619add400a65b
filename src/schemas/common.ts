// Building blocks shared by every content schema: ids, references, dates, drafts.
import { z } from 'astro/zod';
import { SLUG_PATTERN } from './slug';

// Editors read schema errors, so zod speaks Danish.
z.config(z.locales.da());

/** An ASCII slug id (æ→ae, ø→oe, å→aa), e.g. `ikast-brande`. */
export const slugId = z
  .string()
  .regex(SLUG_PATTERN, { error: 'skal være et id med små bogstaver a-z, tal og bindestreger (æ→ae, ø→oe, å→aa), fx "ikast-brande"' });

/**
 * A reference to an entry of another collection, by id. Checked at build by
 * `src/model/rules/references.ts` (Astro's own `reference()` only logs a warning).
 */
export const ref = slugId;

/** A list of references without repeats. It may be empty: a schema adds `.min(1)` where one is required. */
export const refList = z.array(ref).refine((ids) => new Set(ids).size === ids.length, {
  error: 'samme id står flere gange i listen',
});

/**
 * A calendar date written as YYYY-MM-DD. Only a date or text is coerced: an empty field, `false` or
 * a bare year (a number) would otherwise silently become 1 January 1970.
 */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date || typeof v === 'string' || v === undefined ? v : Number.NaN),
  z.coerce.date({ error: 'skal være en dato på formen ÅÅÅÅ-MM-DD, fx 2014-12-10' }),
);

/** A web address an editor writes (documents, organisations, sources): only https:// or http://, never javascript: or data:. */
export const webUrl = z.url({
  protocol: /^https?$/,
  hostname: z.regexes.domain,
  error: 'skal være en netadresse, der starter med https:// eller http://, fx https://www.aalborg.dk/',
});

/** A year with four digits. */
export const year = z.int().min(1990).max(2100);

/** Fields every publishable page carries. */
export const publishing = {
  draft: z.boolean().default(false).meta({ description: 'Kladde: vises i `npm run dev`, aldrig i det færdige site.' }),
  factsAsOf: isoDate.meta({ title: 'Fakta pr. dato', description: 'Datoen, som sidens fakta stammer fra (kildernes alder).' }),
  reviewed: isoDate.optional().meta({ description: 'Sidst gennemlæst af en redaktør.' }),
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
