// An original source text the site's facts come from (the seeds, and any later ones).
import { z } from 'astro/zod';
import { isoDate, slugId, webUrl } from './common';

export const sourceSchema = z.strictObject({
  /** Kildens id, fx "lav-en-indgang-2014". */
  id: slugId,
  /** Kildens titel, som den står i originalen. */
  title: z.string().min(1),
  /** Hvem der har udgivet teksten, hvis det fremgår. */
  publisher: z.string().min(1).optional(),
  /** Hvornår teksten sidst er opdateret eller udgivet (ÅÅÅÅ-MM-DD), hvis det fremgår. */
  date: isoDate.optional(),
  /** Hvis kun året eller måneden kendes: skrevet som i kilden, fx "september 2018". */
  dateText: z.string().min(1).optional(),
  /** Netadresse, hvis den kendes. Uden adresse vises kilden som tekst. */
  url: webUrl.optional(),
  /** Hvad kilden handler om, i én sætning. */
  description: z.string().min(1),
});

export type Source = z.infer<typeof sourceSchema>;
