// Narrative and guide articles: one shared base, extended per kind.
import { z } from 'astro/zod';
import { publishing, refList } from './common';

export const GUIDE_KINDS = {
  vejledning: 'Vejledning',
  lovgivning: 'Lovgivning',
  stoetteordning: 'Støtteordninger',
  tilbud: 'Tilbud',
} as const;
export type GuideKind = keyof typeof GUIDE_KINDS;

const articleBase = z.strictObject({
  /** Artiklens titel. */
  title: z.string().min(1),
  /** Resumé i én-to sætninger; bruges i oversigter, søgning og som sidebeskrivelse. */
  summary: z.string().min(1),
  /** Rækkefølge i oversigten (lavest først). */
  order: z.int().min(0),
  /** Kommuner, som artiklen nævner (id'er). */
  municipalities: refList.default([]),
  /** Temaer, artiklen handler om (id'er). */
  themes: refList.default([]),
  /** Organisationer, artiklen nævner (id'er). */
  organisations: refList.default([]),
  /** Kilder (id'er fra content/data/kilder.yaml). */
  sources: refList.min(1),
  ...publishing,
});

export const narrativeSchema = articleBase;

export const guideSchema = articleBase.extend({
  /** Guidens afsnit: vejledning, lovgivning, stoetteordning eller tilbud. */
  kind: z.enum(Object.keys(GUIDE_KINDS) as [GuideKind, ...GuideKind[]]),
});

export type NarrativeArticle = z.infer<typeof narrativeSchema>;
export type GuideArticle = z.infer<typeof guideSchema>;
