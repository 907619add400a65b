// A Danish municipality, one row of content/data/kommuner.csv.
import { z } from 'astro/zod';
import { slugId } from './common';

export const municipalitySchema = z.strictObject({
  /** Officiel firecifret kommunekode (DAGI/CVR), fx "0851". Den stabile nøgle. */
  code: z.string().regex(/^\d{4}$/, { error: 'kommunekoden skal have fire cifre, fx "0851"' }),
  /** Kort navn, fx "Aalborg". */
  name: z.string().min(1),
  /** Officielt navn, fx "Aalborg Kommune" eller "Københavns Kommune". */
  officialName: z.string().min(1),
  /** Regionens navn, fx "Region Nordjylland". */
  region: z.string().min(1),
  /** Regionens id (slug af navnet), fx "region-nordjylland". */
  regionId: slugId,
  /** Regionskode, fx "1081". */
  regionCode: z.string().regex(/^\d{4}$/),
});

export type Municipality = z.infer<typeof municipalitySchema>;
