// What the site knows about a municipality's single entry point ("én indgang"): an entry point of
// its own, or else an initiative on the theme "én indgang" (e.g. a goal in a strategy).
import type { CollectionEntry } from 'astro:content';
import type { Site } from './content';

/** The theme initiatives about a single entry point carry. */
export const ENTRY_POINT_THEME = 'en-indgang';

export type EntryPointFact =
  { kind: 'entryPoint'; entry: CollectionEntry<'entryPoints'> } | { kind: 'initiative'; initiatives: CollectionEntry<'initiatives'>[] };

export function entryPointFact(site: Site, municipality: string): EntryPointFact | undefined {
  const rel = site.relations.municipalities.get(municipality);
  if (!rel) return undefined;
  if (rel.entryPoint) return { kind: 'entryPoint', entry: site.get('entryPoints', rel.entryPoint) };
  const initiatives = rel.initiatives.map((id) => site.get('initiatives', id)).filter((i) => i.data.themes.includes(ENTRY_POINT_THEME));
  return initiatives.length ? { kind: 'initiative', initiatives } : undefined;
}
