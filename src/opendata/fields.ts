// Field schemas of the downloads that are not fields of a content schema: each carries its
// Danish description once, for the JSON Schemas and the /data/ page.
import { z } from 'astro/zod';

export const day = (description: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .meta({ description: description.includes('ÅÅÅÅ-MM-DD') ? description : `${description} Skrevet ÅÅÅÅ-MM-DD.` });

export const fields = {
  id: z.string().min(1).meta({ description: 'Id på sitet: sidens adresse uden mappe, fx "aalborg-2018-09".' }),
  municipalityCode: z
    .string()
    .regex(/^\d{4}$/)
    .meta({ description: 'Kommunens officielle firecifrede kommunekode, fx "0851" (bemærk foranstillet nul).' }),
  municipalityName: z.string().min(1).meta({ description: 'Kommunens navn, fx "Aalborg".' }),
  url: z.url().meta({ description: 'Sidens adresse på sitet, hvor oplysningerne står med deres sammenhæng og kilder.' }),
  sourceUrl: z.url().meta({ description: 'Adressen på siden, oplysningen kommer fra (feltet source).' }),
  count: (description: string) => z.int().min(0).meta({ description }),
} as const;
