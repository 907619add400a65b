// A theme in the controlled vocabulary that classifies initiatives.
import { z } from 'astro/zod';
import { descriptionText, slugId, TEXT_LIMITS } from './common';

export const themeSchema = z.strictObject({
  id: slugId.meta({ description: 'Temaets id, fx "en-indgang".' }),
  label: z.string().min(1).max(TEXT_LIMITS.label).meta({ description: 'Dansk betegnelse, som den vises på sitet, fx "Én indgang".' }),
  description: descriptionText.meta({ multiline: true, description: 'Kort forklaring (én-to sætninger) af, hvad temaet dækker.' }),
});

export type Theme = z.infer<typeof themeSchema>;
