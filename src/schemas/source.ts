// An original source text the site's facts come from (the seeds, and any later ones).
import { z } from 'astro/zod';
import { descriptionText, isoDate, slugId, titleText, webUrl } from './common';

export const sourceSchema = z.strictObject({
  id: slugId.meta({ description: 'Kildens id, fx "lav-en-indgang-2014".' }),
  title: titleText.meta({ description: 'Kildens titel, som den står i originalen.' }),
  publisher: z.string().min(1).optional().meta({ description: 'Hvem der har udgivet teksten, hvis det fremgår.' }),
  date: isoDate.optional().meta({ description: 'Hvornår teksten sidst er opdateret eller udgivet (ÅÅÅÅ-MM-DD), hvis det fremgår.' }),
  dateText: z.string().min(1).optional().meta({ description: 'Hvis kun året eller måneden kendes: skrevet som i kilden, fx "september 2018".' }),
  url: webUrl.optional().meta({ description: 'Netadresse, hvis den kendes. Uden adresse vises kilden som tekst.' }),
  description: descriptionText.meta({ description: 'Hvad kilden handler om, i én sætning.' }),
});

export type Source = z.infer<typeof sourceSchema>;
