// A group of search terms that should find the same pages (content/data/synonymer.yaml).
import { z } from 'astro/zod';
import { slugId } from './common';

export const synonymSchema = z.strictObject({
  /** Gruppens id, fx "soev". */
  id: slugId,
  /** Mindst to ord eller udtryk, der betyder det samme i søgningen, fx [SØV, socialøkonomisk virksomhed]. */
  terms: z.array(z.string().min(1)).min(2, { error: 'en gruppe skal have mindst to ord' }),
});

export type Synonym = z.infer<typeof synonymSchema>;
