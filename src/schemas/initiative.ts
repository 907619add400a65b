// One concrete thing one municipality does or did (an "indsats").
import { z } from 'astro/zod';
import { publishing, ref, refList, siteSource, year } from './common';

export const INITIATIVE_STATUSES = {
  planlagt: 'Planlagt',
  igang: 'I gang',
  gennemfoert: 'Gennemført',
  ukendt: 'Ikke oplyst',
} as const;
export type InitiativeStatus = keyof typeof INITIATIVE_STATUSES;

export const initiativeSchema = z
  .strictObject({
    /** Indsatsens titel, fx "Mentorordning for socialøkonomiske virksomheder". */
    title: z.string().min(1),
    /** Kommunen, der står bag (id, fx "roskilde"). */
    municipality: ref,
    /** Et eller flere temaer (id'er fra content/data/temaer.yaml). */
    themes: refList.min(1, { error: 'en indsats skal have mindst ét tema fra content/data/temaer.yaml' }),
    /** Status, hvis kilden siger den: planlagt, igang, gennemfoert eller ukendt. */
    status: z.enum(Object.keys(INITIATIVE_STATUSES) as [InitiativeStatus, ...InitiativeStatus[]]).default('ukendt'),
    /** Første år, indsatsen gælder, hvis kendt. */
    fromYear: year.optional(),
    /** Sidste år, indsatsen gælder, hvis kendt. */
    toYear: year.optional(),
    /** Kort beskrivelse med kildens fakta (almindelig tekst). */
    description: z.string().min(1),
    /** Organisationer, indsatsen samarbejder med (id'er). */
    organisations: refList.default([]),
    /** Siden på sitet, som indsatsen kommer fra, fx "strategier/roskilde". */
    source: siteSource,
    ...publishing,
  })
  .refine((i) => i.fromYear === undefined || i.toYear === undefined || i.fromYear <= i.toYear, {
    error: 'fromYear skal ligge før eller samme år som toYear',
    path: ['toYear'],
  });

export type Initiative = z.infer<typeof initiativeSchema>;
