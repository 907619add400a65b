// One municipality's strategy for social economy, or its deliberate choice to have none.
import { z } from 'astro/zod';
import { past } from './past';
import { municipalityId, publishing, summaryText, titleText, webUrl, year, sourceList } from './common';

export const STRATEGY_STATUSES = {
  vedtaget: 'Vedtaget',
  udkast: 'Udkast',
  evalueret: 'Evalueret',
  ingen: 'Bevidst ingen strategi',
} as const;
export type StrategyStatus = keyof typeof STRATEGY_STATUSES;

export const DOCUMENT_KINDS = {
  strategi: 'Strategi',
  handlingsplan: 'Strategi og handlingsplan',
  evaluering: 'Evaluering',
  baggrund: 'Baggrund',
} as const;
export type DocumentKind = keyof typeof DOCUMENT_KINDS;

export const strategyDocumentSchema = z.strictObject({
  title: titleText.meta({ description: 'Dokumentets titel, som den står i kilden.' }),
  kind: z
    .enum(Object.keys(DOCUMENT_KINDS) as [DocumentKind, ...DocumentKind[]])
    .meta({ enumDescriptions: Object.values(DOCUMENT_KINDS), description: 'Slags dokument: strategi, handlingsplan, evaluering eller baggrund.' }),
  format: z.string().min(1).optional().meta({ description: 'Filformat, fx "pdf".' }),
  url: webUrl.optional().meta({ description: 'Netadresse. Udelades, når den ikke kendes — så vises dokumentet uden link.' }),
});

export const targetSchema = z.strictObject({
  text: z.string().min(1).meta({ description: 'Målet i én sætning, fx "200 flere socialøkonomiske arbejdspladser".' }),
  value: z.number().optional().meta({ description: 'Målets tal, fx 200.' }),
  unit: z.string().min(1).optional().meta({ description: 'Enheden, fx "arbejdspladser".' }),
  year: year.optional().meta({ description: 'Året, målet skal være nået.' }),
});

export const milestoneSchema = z.strictObject({
  year: past(year.meta({ description: 'Året.' })),
  text: z.string().min(1).meta({ description: 'Hvad der skete, fx "Første kommunale strategi for socialøkonomi".' }),
});

export const strategySchema = z
  .strictObject({
    title: titleText.meta({ description: 'Strategiens titel, fx "Overskud giver overskud".' }),
    summary: summaryText.meta({ title: 'Resumé', multiline: true, description: 'Kort resumé til oversigter og søgeresultater.' }),
    municipality: municipalityId.meta({ description: 'Kommunen (id, fx "kolding"). Én strategi pr. kommune.' }),
    status: z.enum(Object.keys(STRATEGY_STATUSES) as [StrategyStatus, ...StrategyStatus[]]).meta({
      enumDescriptions: Object.values(STRATEGY_STATUSES),
      title: 'Status',
      description: 'vedtaget, udkast, evalueret eller ingen (kommunen har bevidst valgt ingen strategi).',
    }),
    adoptedYear: past(year.optional().meta({ title: 'Vedtaget år', description: 'Året, strategien blev vedtaget eller præsenteret.' })),
    adoptedText: z.string().min(1).optional().meta({ description: 'Tidspunktet med kildens ord, hvis det er mere præcist end året, fx "efteråret 2014".' }),
    periodFrom: year.optional().meta({ description: 'Strategiperiodens første år.' }),
    periodTo: year.optional().meta({ description: 'Strategiperiodens sidste år.' }),
    version: z.string().min(1).optional().meta({ description: 'Versionsnummer, fx "2.0".' }),
    focus: z.string().min(1).meta({ description: 'Fokus i én sætning.' }),
    targets: z.array(targetSchema).default([]).meta({ description: 'Målbare mål.' }),
    documents: z.array(strategyDocumentSchema).default([]).meta({ description: 'Strategiens dokumenter.' }),
    evaluation: z.string().min(1).optional().meta({ description: 'Evaluering, hvis strategien er evalueret.' }),
    milestones: z.array(milestoneSchema).default([]).meta({ description: 'Milepæle til tidslinjen ud over vedtagelsen, fx en tidligere version.' }),
    sources: sourceList,
    ...publishing,
  })
  .refine((s) => s.status === 'ingen' || s.adoptedYear !== undefined, {
    error: 'adoptedYear skal udfyldes, medmindre status er "ingen"',
    path: ['adoptedYear'],
  })
  .refine((s) => s.periodFrom === undefined || s.periodTo === undefined || s.periodFrom <= s.periodTo, {
    error: 'strategiperioden slutter (periodTo), før den begynder (periodFrom)',
    path: ['periodTo'],
    params: {
      hint: 'periodFrom er periodens første år og periodTo dens sidste, fx periodFrom: 2016 og periodTo: 2020. Byt om på årstallene, eller ret det forkerte.',
    },
  });

export type Strategy = z.infer<typeof strategySchema>;
