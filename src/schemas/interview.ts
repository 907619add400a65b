// A status interview with one municipality: metadata here, questions and answers in the MDX body.
import { z } from 'astro/zod';
import { past } from './past';
import { interviewIds, isoDate, municipalityId, publishing, sourceList, summaryText, titleText } from './common';

export const intervieweeSchema = z.strictObject({
  name: z.string().min(1).meta({ description: 'Den interviewedes navn.' }),
  role: z.string().min(1).meta({ description: 'Stilling, fx "forretningsudvikler".' }),
  organisation: z.string().min(1).meta({ description: 'Organisation, fx "BusinessAalborg, Aalborg Kommune".' }),
});

export const seriesLinkSchema = z.strictObject({
  title: titleText.meta({ description: 'Titlen på et andet interview i samme serie, som sitet endnu ikke har.' }),
  municipality: municipalityId.meta({ description: 'Kommunen, det handler om (id).' }),
});

export const interviewSchema = z.strictObject({
  title: titleText.meta({ description: 'Interviewets titel, fx "Socialøkonomi i Aalborg Kommune – status september 2018".' }),
  summary: summaryText.meta({ title: 'Resumé', multiline: true, description: 'Kort resumé til oversigter og søgeresultater.' }),
  municipality: municipalityId.meta({ description: 'Kommunen (id).' }),
  date: past(isoDate.meta({ description: 'Datoen for interviewet (ÅÅÅÅ-MM-DD; brug den 1. i måneden, hvis kun måneden kendes).' })),
  dateText: z.string().min(1).optional().meta({ description: 'Datoen med kildens ord, fx "september 2018".' }),
  interviewee: intervieweeSchema.meta({ description: 'Den interviewede.' }),
  related: interviewIds.default([]).meta({ description: "Andre interviews på sitet, der hører sammen med dette (id'er)." }),
  seriesElsewhere: z.array(seriesLinkSchema).default([]).meta({ description: 'Interviews i samme serie, som kilden nævner, men som sitet ikke har.' }),
  sources: sourceList,
  ...publishing,
});

export type Interview = z.infer<typeof interviewSchema>;
