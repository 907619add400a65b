// One concrete thing one municipality does or did (an "indsats").
import { z } from 'astro/zod';
import { descriptionText, municipalityId, organisationIds, publishing, sourcePage, themeIds, titleText, year } from './common';

export const INITIATIVE_STATUSES = {
  planlagt: 'Planlagt',
  igang: 'I gang',
  gennemfoert: 'Gennemført',
  ukendt: 'Ikke oplyst',
} as const;
export type InitiativeStatus = keyof typeof INITIATIVE_STATUSES;

export const initiativeSchema = z
  .strictObject({
    title: titleText.meta({ description: 'Indsatsens titel, fx "Mentorordning for socialøkonomiske virksomheder".' }),
    municipality: municipalityId.meta({ description: 'Kommunen, der står bag (id, fx "roskilde").' }),
    themes: themeIds
      .min(1, { error: 'en indsats skal have mindst ét tema fra content/data/temaer.yaml' })
      .meta({ description: "Et eller flere temaer (id'er fra content/data/temaer.yaml)." }),
    status: z
      .enum(Object.keys(INITIATIVE_STATUSES) as [InitiativeStatus, ...InitiativeStatus[]])
      .default('ukendt')
      .meta({ enumDescriptions: Object.values(INITIATIVE_STATUSES), description: 'Status, hvis kilden siger den: planlagt, igang, gennemfoert eller ukendt.' }),
    fromYear: year.optional().meta({ description: 'Første år, indsatsen gælder, hvis kendt.' }),
    toYear: year.optional().meta({ description: 'Sidste år, indsatsen gælder, hvis kendt.' }),
    description: descriptionText.meta({ title: 'Beskrivelse', multiline: true, description: 'Kort beskrivelse med kildens fakta (almindelig tekst).' }),
    organisations: organisationIds.default([]).meta({ description: "Organisationer, indsatsen samarbejder med (id'er)." }),
    source: sourcePage.meta({ description: 'Siden på sitet, som indsatsen kommer fra, fx "strategier/roskilde".' }),
    ...publishing,
  })
  .refine((i) => i.fromYear === undefined || i.toYear === undefined || i.fromYear <= i.toYear, {
    error: 'fromYear skal ligge før eller samme år som toYear',
    path: ['toYear'],
  });

export type Initiative = z.infer<typeof initiativeSchema>;
