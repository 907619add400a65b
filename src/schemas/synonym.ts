// A group of search terms that should find the same pages (content/data/synonymer.yaml).
import { z } from 'astro/zod';
import { slugId } from './common';

export const synonymSchema = z.strictObject({
  id: slugId.meta({ description: 'Gruppens id, fx "soev".' }),
  terms: z
    .array(z.string().min(1))
    .min(2, { error: 'en gruppe skal have mindst to ord' })
    .meta({ description: 'Mindst to ord eller udtryk, der betyder det samme i søgningen, fx [SØV, socialøkonomisk virksomhed].' }),
});

export type Synonym = z.infer<typeof synonymSchema>;
