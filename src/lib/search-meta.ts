// Search filters and metadata for a page, derived from the data layer (never typed in templates).
// BaseLayout renders them as Pagefind attributes, so they never leak into excerpts.
import type { Site } from './content';
import { isoDay } from './format';

/** The content types visitors can filter on, in the order the filter lists them. */
export const CONTENT_TYPES = {
  guide: 'Guide',
  narrative: 'Fortælling',
  strategy: 'Strategi',
  interview: 'Interview',
  initiative: 'Indsats',
  municipality: 'Kommune',
  organisation: 'Organisation',
  theme: 'Tema',
  glossary: 'Ordliste',
  overview: 'Oversigt',
} as const;
export type ContentType = keyof typeof CONTENT_TYPES;

export interface SearchFacts {
  type: ContentType;
  municipalities?: string[];
  themes?: string[];
  /** When the page's facts date from. */
  date?: Date | undefined;
}

export interface SearchAttributes {
  filters: [string, string][];
  meta: [string, string][];
}

/** Pagefind filter names, as visitors see them. */
export const FILTER_NAMES = { type: 'Indholdstype', municipality: 'Kommune', region: 'Region', theme: 'Tema' } as const;

export function searchAttributes(site: Site, facts: SearchFacts): SearchAttributes {
  const municipalities = [...new Set(facts.municipalities ?? [])].map((id) => site.get('municipalities', id));
  const filters: [string, string][] = [[FILTER_NAMES.type, CONTENT_TYPES[facts.type]]];
  for (const m of municipalities) filters.push([FILTER_NAMES.municipality, m.data.officialName]);
  for (const region of new Set(municipalities.map((m) => m.data.region))) filters.push([FILTER_NAMES.region, region]);
  for (const t of new Set(facts.themes ?? [])) filters.push([FILTER_NAMES.theme, site.get('themes', t).data.label]);
  const meta: [string, string][] = [['type', CONTENT_TYPES[facts.type]]];
  if (facts.date) meta.push(['date', isoDay(facts.date)]);
  return { filters, meta };
}
