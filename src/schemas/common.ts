// Building blocks shared by every content schema: ids, references, dates, drafts.
import { z } from 'astro/zod';
import { SLUG_PATTERN } from '../lib/slug';

// Editors read schema errors, so zod speaks Danish.
z.config(z.locales.da());

/** An ASCII slug id (æ→ae, ø→oe, å→aa), e.g. `ikast-brande`. */
export const slugId = z
  .string()
  .regex(SLUG_PATTERN, { error: 'skal være et id med små bogstaver a-z, tal og bindestreger (æ→ae, ø→oe, å→aa), fx "ikast-brande"' });

/**
 * A reference to an entry of another collection, by id. Checked at build by
 * `src/lib/references.ts` (Astro's own `reference()` only logs a warning).
 */
export const ref = slugId;

/** A non-empty list of references without repeats. */
export const refList = z.array(ref).refine((ids) => new Set(ids).size === ids.length, {
  error: 'samme id står flere gange i listen',
});

/** A calendar date written as YYYY-MM-DD. */
export const isoDate = z.coerce.date({ error: 'skal være en dato på formen ÅÅÅÅ-MM-DD, fx 2014-12-10' });

/** A year with four digits. */
export const year = z.int().min(1990).max(2100);

/** Fields every publishable page carries. */
export const publishing = {
  draft: z.boolean().default(false).meta({ description: 'Kladde: vises i `npm run dev`, aldrig i det færdige site.' }),
  factsAsOf: isoDate.meta({ description: 'Datoen, som sidens fakta stammer fra (kildernes alder).' }),
  reviewed: isoDate.optional().meta({ description: 'Sidst gennemlæst af en redaktør.' }),
  reviewBy: isoDate.optional().meta({ description: 'Skal gennemlæses senest denne dato.' }),
};

/**
 * Where a fact comes from, as the page path on this site, e.g.
 * `strategier/roskilde`, `interviews/aalborg-2018-09` or `guide/en-indgang`.
 */
export const siteSource = z
  .string()
  .regex(/^(strategier|interviews|guide|fortaelling)\/[a-z0-9-]+$/, {
    error: 'skal være en side på sitet: "strategier/<id>", "interviews/<id>", "guide/<id>" eller "fortaelling/<id>"',
  });
