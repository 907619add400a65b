// A standard interview question, so answers can be compared across municipalities and years.
import { z } from 'astro/zod';
import { slugId, TEXT_LIMITS } from './common';

export const questionSchema = z.strictObject({
  id: slugId.meta({ description: 'Spørgsmålets faste id, fx "strategi". Ændres aldrig, når det først er brugt.' }),
  text: z.string().min(1).meta({ description: 'Spørgsmålet, som det stilles.' }),
  label: z.string().min(1).max(TEXT_LIMITS.label).meta({ description: 'Kort etiket til sammenligninger, fx "Strategi".' }),
});

export type Question = z.infer<typeof questionSchema>;
