// A standard interview question, so answers can be compared across municipalities and years.
import { z } from 'astro/zod';
import { slugId } from './common';

export const questionSchema = z.strictObject({
  /** Spørgsmålets faste id, fx "strategi". Ændres aldrig, når det først er brugt. */
  id: slugId,
  /** Spørgsmålet, som det stilles. */
  text: z.string().min(1),
  /** Kort etiket til sammenligninger, fx "Strategi". */
  label: z.string().min(1),
});

export type Question = z.infer<typeof questionSchema>;
