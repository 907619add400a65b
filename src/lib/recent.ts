// What is new on the site: every dated page, newest first. The "Hvad er nyt" page, the Atom
// feed and the sitemap's lastmod all read this one list, so they cannot disagree.
import type { PublishedDates } from './page-date';
import { pageDate } from './page-date';
import { entryPath, type CollectionName } from '../model';

/** An entry's own page, as a site path with its trailing slash. */
const pageOf = (collection: CollectionName, id: string) => `${entryPath(collection, id)}/`;

/** The kinds of page the list holds, with the label visitors see. */
export const RECENT_KINDS = {
  interviews: 'Interview',
  strategies: 'Strategi',
  initiatives: 'Indsats',
  entryPoints: 'Indgang og kontakt',
  guide: 'Guide',
  narrative: 'Fortælling',
} as const;
export type RecentKind = keyof typeof RECENT_KINDS;

interface Dated<D> {
  id: string;
  data: D & PublishedDates;
}

/** The minimal fields read; the query module's entries carry more. */
export interface RecentInput {
  municipalities: { id: string; data: { name: string; officialName: string } }[];
  interviews: Dated<{ title: string; summary: string; municipality: string }>[];
  strategies: Dated<{ title: string; summary: string; municipality: string }>[];
  initiatives: Dated<{ title: string; description: string; municipality: string }>[];
  entryPoints: Dated<{ municipality: string; unit?: string | undefined; description: string }>[];
  guide: Dated<{ title: string; summary: string }>[];
  narrative: Dated<{ title: string; summary: string }>[];
}

export interface RecentItem {
  kind: RecentKind;
  /** Unique per item, stable across builds: `interviews/aalborg-2018-09`. */
  key: string;
  title: string;
  summary: string;
  /** Site path without the base path, e.g. `interviews/aalborg-2018-09/` or `kommuner/aalborg/#indgang`. */
  path: string;
  /** The page's date: see `pageDate`. */
  date: Date;
  /** Which of the entry's dates that is. */
  dateField: 'reviewed' | 'factsAsOf';
  /** The municipality the page is about, if one. */
  municipality?: string;
}

const collator = new Intl.Collator('da');

/** Every dated page, newest first (then by kind and title, so the order is stable). */
export function recentPages(site: RecentInput): RecentItem[] {
  const names = new Map(site.municipalities.map((m) => [m.id, m.data]));
  /** "Kolding Kommune: Overskud giver overskud", unless the title names the municipality already. */
  const about = (municipality: string, title: string) => {
    const m = names.get(municipality);
    return !m || title.includes(m.name) ? title : `${m.officialName}: ${title}`;
  };
  const items: RecentItem[] = [];
  const add = (kind: RecentKind, id: string, data: PublishedDates & { municipality?: string }, title: string, summary: string, path: string) => {
    const { date, field } = pageDate(data);
    items.push({ kind, key: `${kind}/${id}`, title, summary, path, date, dateField: field, ...(data.municipality ? { municipality: data.municipality } : {}) });
  };
  for (const e of site.interviews) add('interviews', e.id, e.data, e.data.title, e.data.summary, pageOf('interviews', e.id));
  for (const e of site.strategies) add('strategies', e.id, e.data, about(e.data.municipality, e.data.title), e.data.summary, pageOf('strategies', e.id));
  for (const e of site.initiatives) {
    add('initiatives', e.id, e.data, about(e.data.municipality, e.data.title), e.data.description, pageOf('initiatives', e.id));
  }
  for (const e of site.entryPoints) {
    const name = names.get(e.data.municipality)?.officialName ?? e.data.municipality;
    add(
      'entryPoints',
      e.id,
      e.data,
      `${name}: ${e.data.unit ? `indgang i ${e.data.unit}` : 'én indgang for socialøkonomiske virksomheder'}`,
      e.data.description,
      `${pageOf('municipalities', e.data.municipality)}#indgang`,
    );
  }
  for (const e of site.guide) add('guide', e.id, e.data, e.data.title, e.data.summary, pageOf('guide', e.id));
  for (const e of site.narrative) add('narrative', e.id, e.data, e.data.title, e.data.summary, pageOf('narrative', e.id));
  const order = Object.keys(RECENT_KINDS);
  return items.sort(
    (a, b) =>
      b.date.getTime() - a.date.getTime() || order.indexOf(a.kind) - order.indexOf(b.kind) || collator.compare(a.title, b.title) || a.key.localeCompare(b.key),
  );
}

/**
 * The newest date per site path (fragment dropped), for the sitemap's lastmod: each item's own
 * page, and the page of the municipality it is about.
 */
export function lastModifiedByPath(items: readonly RecentItem[]): Map<string, Date> {
  const byPath = new Map<string, Date>();
  const note = (path: string, date: Date) => {
    const known = byPath.get(path);
    if (!known || date > known) byPath.set(path, date);
  };
  for (const item of items) {
    note(item.path.replace(/#.*$/, ''), item.date);
    if (item.municipality) note(pageOf('municipalities', item.municipality), item.date);
  }
  return byPath;
}

/** How many pages "Hvad er nyt" and the feed show. */
export const NEWEST_COUNT = 50;

/** The newest pages, for "Hvad er nyt" and the feed. */
export function newestPages(site: RecentInput): RecentItem[] {
  return recentPages(site).slice(0, NEWEST_COUNT);
}
