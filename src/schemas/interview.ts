// A status interview with one municipality: metadata here, questions and answers in the MDX body.
import { z } from 'astro/zod';
import { isoDate, publishing, ref, refList } from './common';

export const intervieweeSchema = z.strictObject({
  /** Den interviewedes navn. */
  name: z.string().min(1),
  /** Stilling, fx "forretningsudvikler". */
  role: z.string().min(1),
  /** Organisation, fx "BusinessAalborg, Aalborg Kommune". */
  organisation: z.string().min(1),
});

export const seriesLinkSchema = z.strictObject({
  /** Titlen på et andet interview i samme serie, som sitet endnu ikke har. */
  title: z.string().min(1),
  /** Kommunen, det handler om (id). */
  municipality: ref,
});

export const interviewSchema = z.strictObject({
  /** Interviewets titel, fx "Socialøkonomi i Aalborg Kommune – status september 2018". */
  title: z.string().min(1),
  /** Kort resumé til oversigter og søgeresultater. */
  summary: z.string().min(1),
  /** Kommunen (id). */
  municipality: ref,
  /** Datoen for interviewet (ÅÅÅÅ-MM-DD; brug den 1. i måneden, hvis kun måneden kendes). */
  date: isoDate,
  /** Datoen med kildens ord, fx "september 2018". */
  dateText: z.string().min(1).optional(),
  /** Den interviewede. */
  interviewee: intervieweeSchema,
  /** Andre interviews på sitet, der hører sammen med dette (id'er). */
  related: refList.default([]),
  /** Interviews i samme serie, som kilden nævner, men som sitet ikke har. */
  seriesElsewhere: z.array(seriesLinkSchema).default([]),
  /** Kilder (id'er fra content/data/kilder.yaml). */
  sources: refList.min(1),
  ...publishing,
});

export type Interview = z.infer<typeof interviewSchema>;
