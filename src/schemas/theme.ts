// A theme in the controlled vocabulary that classifies initiatives.
import { z } from 'astro/zod';
import { slugId } from './common';

export const themeSchema = z.strictObject({
  /** Temaets id, fx "en-indgang". */
  id: slugId,
  /** Dansk betegnelse, som den vises på sitet, fx "Én indgang". */
  label: z.string().min(1),
  /** Kort forklaring (én-to sætninger) af, hvad temaet dækker. */
  description: z.string().min(1),
});

export type Theme = z.infer<typeof themeSchema>;
