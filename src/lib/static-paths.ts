// One getStaticPaths per kind of page. Every route lists the ids the registry's `pages` give it
// (getSite().pageIds, the same rule the content check's page list uses), in one of three shapes:
// the entry as props, the id as props (pages that gather other entries), or the entry with the
// previous and next in reading order (the guide and the narrative).
import type { CollectionEntry } from 'astro:content';
import type { CollectionName } from '../model';
import { getSite } from './content';

/** `props: { entry }`: a page that shows one entry. */
export function entryPaths<C extends CollectionName>(collection: C) {
  return async () => {
    const site = await getSite();
    return site.pageIds(collection).map((id) => {
      const entry = site.get(collection, id);
      return { params: { id: entry.id }, props: { entry } };
    });
  };
}

/** `props: { id }`: a page that gathers what refers to one entry (a municipality, a theme, a question). */
export function idPaths(collection: CollectionName) {
  return async () => {
    const site = await getSite();
    return site.pageIds(collection).map((id) => ({ params: { id }, props: { id } }));
  };
}

/** `props: { entry, prev, next }`: a page in a read-through sequence. */
export function sequencePaths<C extends CollectionName>(collection: C) {
  return async () => {
    const site = await getSite();
    const pages: CollectionEntry<C>[] = site.pageIds(collection).map((id) => site.get(collection, id));
    return pages.map((entry, i) => ({ params: { id: entry.id }, props: { entry, prev: pages[i - 1], next: pages[i + 1] } }));
  };
}
