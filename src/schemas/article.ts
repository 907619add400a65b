// Narrative and guide articles: one shared base, extended per kind.
import { z } from 'astro/zod';
import { municipalityIds, organisationIds, publishing, summaryText, themeIds, titleText, sourceList } from './common';

export const GUIDE_KINDS = {
  vejledning: 'Vejledning',
  lovgivning: 'Lovgivning',
  stoetteordning: 'Støtteordninger',
  tilbud: 'Tilbud',
} as const;
export type GuideKind = keyof typeof GUIDE_KINDS;

const articleBase = z.strictObject({
  title: titleText.meta({ description: 'Artiklens titel.' }),
  summary: summaryText.meta({
    title: 'Resumé',
    multiline: true,
    description: 'Resumé i én-to sætninger; bruges i oversigter, søgning og som sidebeskrivelse.',
  }),
  order: z.int().min(0).meta({ description: 'Rækkefølge i oversigten (lavest først).', hint: 'Skriv et helt tal; laveste tal vises først.' }),
  municipalities: municipalityIds.default([]).meta({ description: "Kommuner, som artiklen nævner (id'er)." }),
  themes: themeIds.default([]).meta({ description: "Temaer, artiklen handler om (id'er)." }),
  organisations: organisationIds.default([]).meta({ description: "Organisationer, artiklen nævner (id'er)." }),
  sources: sourceList,
  ...publishing,
});

export const narrativeSchema = articleBase;

export const guideSchema = articleBase.extend({
  kind: z
    .enum(Object.keys(GUIDE_KINDS) as [GuideKind, ...GuideKind[]])
    .meta({ enumDescriptions: Object.values(GUIDE_KINDS), description: 'Guidens afsnit: vejledning, lovgivning, stoetteordning eller tilbud.' }),
});

export type NarrativeArticle = z.infer<typeof narrativeSchema>;
export type GuideArticle = z.infer<typeof guideSchema>;
