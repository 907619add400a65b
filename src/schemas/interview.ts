// A status interview with one municipality: metadata here, questions and answers in the MDX body.
import { z } from 'astro/zod';
import { isoDate, publishing, ref, refList } from './common';

export const intervieweeSchema = z.strictObject({
  name: z.string().min(1).meta({ description: 'Den interviewedes navn.' }),
  role: z.string().min(1).meta({ description: 'Stilling, fx "forretningsudvikler".' }),
  organisation: z.string().min(1).meta({ description: 'Organisation, fx "BusinessAalborg, Aalborg Kommune".' }),
});

export const seriesLinkSchema = z.strictObject({
  title: z.string().min(1).meta({ description: 'Titlen på et andet interview i samme serie, som sitet endnu ikke har.' }),
  municipality: ref.meta({ description: 'Kommunen, det handler om (id).' }),
});

export const interviewSchema = z.strictObject({
  title: z.string().min(1).meta({ description: 'Interviewets titel, fx "Socialøkonomi i Aalborg Kommune – status september 2018".' }),
  summary: z.string().min(1).meta({ title: 'Resumé', multiline: true, description: 'Kort resumé til oversigter og søgeresultater.' }),
  municipality: ref.meta({ description: 'Kommunen (id).' }),
  date: isoDate.meta({ description: 'Datoen for interviewet (ÅÅÅÅ-MM-DD; brug den 1. i måneden, hvis kun måneden kendes).' }),
  dateText: z.string().min(1).optional().meta({ description: 'Datoen med kildens ord, fx "september 2018".' }),
  interviewee: intervieweeSchema.meta({ description: 'Den interviewede.' }),
  related: refList.default([]).meta({ description: "Andre interviews på sitet, der hører sammen med dette (id'er)." }),
  seriesElsewhere: z.array(seriesLinkSchema).default([]).meta({ description: 'Interviews i samme serie, som kilden nævner, men som sitet ikke har.' }),
  sources: refList.min(1).meta({ description: "Kilder (id'er fra content/data/kilder.yaml)." }),
  ...publishing,
});

export type Interview = z.infer<typeof interviewSchema>;
