// A Danish municipality, one row of content/data/kommuner.csv.
import { z } from 'astro/zod';
import { slugId } from './common';

export const municipalitySchema = z.strictObject({
  code: z
    .string()
    .regex(/^\d{4}$/, { error: 'kommunekoden skal have fire cifre, fx "0851"' })
    .meta({ description: 'Officiel firecifret kommunekode (DAGI/CVR), fx "0851". Den stabile nøgle.' }),
  name: z.string().min(1).meta({ description: 'Kort navn, fx "Aalborg".' }),
  officialName: z.string().min(1).meta({ description: 'Officielt navn, fx "Aalborg Kommune" eller "Københavns Kommune".' }),
  region: z.string().min(1).meta({ description: 'Regionens navn, fx "Region Nordjylland".' }),
  regionId: slugId.meta({ description: 'Regionens id (slug af navnet), fx "region-nordjylland".' }),
  regionCode: z
    .string()
    .regex(/^\d{4}$/)
    .meta({ description: 'Regionskode, fx "1081".' }),
});

export type Municipality = z.infer<typeof municipalitySchema>;
