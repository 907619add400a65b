// One municipality's strategy for social economy, or its deliberate choice to have none.
import { z } from 'astro/zod';
import { publishing, ref, refList, year, webUrl } from './common';

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
  /** Dokumentets titel, som den står i kilden. */
  title: z.string().min(1),
  /** Slags dokument: strategi, handlingsplan, evaluering eller baggrund. */
  kind: z.enum(Object.keys(DOCUMENT_KINDS) as [DocumentKind, ...DocumentKind[]]),
  /** Filformat, fx "pdf". */
  format: z.string().min(1).optional(),
  /** Netadresse. Udelades, når den ikke kendes — så vises dokumentet uden link. */
  url: webUrl.optional(),
});

export const targetSchema = z.strictObject({
  /** Målet i én sætning, fx "200 flere socialøkonomiske arbejdspladser". */
  text: z.string().min(1),
  /** Målets tal, fx 200. */
  value: z.number().optional(),
  /** Enheden, fx "arbejdspladser". */
  unit: z.string().min(1).optional(),
  /** Året, målet skal være nået. */
  year: year.optional(),
});

export const milestoneSchema = z.strictObject({
  /** Året. */
  year,
  /** Hvad der skete, fx "Første kommunale strategi for socialøkonomi". */
  text: z.string().min(1),
});

export const strategySchema = z
  .strictObject({
    /** Strategiens titel, fx "Overskud giver overskud". */
    title: z.string().min(1),
    /** Kort resumé til oversigter og søgeresultater. */
    summary: z.string().min(1),
    /** Kommunen (id, fx "kolding"). Én strategi pr. kommune. */
    municipality: ref,
    /** vedtaget, udkast, evalueret eller ingen (kommunen har bevidst valgt ingen strategi). */
    status: z.enum(Object.keys(STRATEGY_STATUSES) as [StrategyStatus, ...StrategyStatus[]]),
    /** Året, strategien blev vedtaget eller præsenteret. */
    adoptedYear: year.optional(),
    /** Tidspunktet med kildens ord, hvis det er mere præcist end året, fx "efteråret 2014". */
    adoptedText: z.string().min(1).optional(),
    /** Strategiperiodens første år. */
    periodFrom: year.optional(),
    /** Strategiperiodens sidste år. */
    periodTo: year.optional(),
    /** Versionsnummer, fx "2.0". */
    version: z.string().min(1).optional(),
    /** Fokus i én sætning. */
    focus: z.string().min(1),
    /** Målbare mål. */
    targets: z.array(targetSchema).default([]),
    /** Strategiens dokumenter. */
    documents: z.array(strategyDocumentSchema).default([]),
    /** Evaluering, hvis strategien er evalueret. */
    evaluation: z.string().min(1).optional(),
    /** Milepæle til tidslinjen ud over vedtagelsen, fx en tidligere version. */
    milestones: z.array(milestoneSchema).default([]),
    /** Kilder (id'er fra content/data/kilder.yaml). */
    sources: refList.min(1),
    ...publishing,
  })
  .refine((s) => s.status === 'ingen' || s.adoptedYear !== undefined, {
    error: 'adoptedYear skal udfyldes, medmindre status er "ingen"',
    path: ['adoptedYear'],
  })
  .refine((s) => s.periodFrom === undefined || s.periodTo === undefined || s.periodFrom <= s.periodTo, {
    error: 'strategiperioden slutter (periodTo), før den begynder (periodFrom)',
    path: ['periodTo'],
    params: { hint: 'periodFrom er periodens første år og periodTo dens sidste, fx periodFrom: 2016 og periodTo: 2020. Byt om på årstallene, eller ret det forkerte.' },
  });

export type Strategy = z.infer<typeof strategySchema>;
