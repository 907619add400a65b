// The sitemap (@astrojs/sitemap) with <lastmod> per page: the same dates as "Hvad er nyt" and
// the feed (src/lib/recent.ts), read from content/ through the content checker, which runs
// without Astro (the sitemap is written after the pages, outside the content layer).
import type { AstroIntegration } from 'astro';
import type sitemapIntegration from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { modelOf } from '../model';
import { OTHER_ROUTES } from '../opendata/routes';
import { isoDay } from '../lib/format';
import { lastModifiedByPath, RECENT_KINDS, recentPages, type RecentInput } from '../lib/recent';

/** Published entries of the checked content, grouped by collection, as recentPages reads them. */
export function recentInputFrom(root: string, srcDir?: string): RecentInput {
  // The same checked model the build's content check made: nothing is read twice.
  const { result } = modelOf(root, srcDir ? { srcDir, otherRoutes: OTHER_ROUTES } : { otherRoutes: OTHER_ROUTES });
  const by = (collection: string) =>
    result.entries.filter((e) => e.collection === collection && !e.draft).map((e) => ({ id: e.id, data: e.data, body: e.body }));
  const input = Object.fromEntries(['municipalities', ...Object.keys(RECENT_KINDS)].map((c) => [c, by(c)]));
  return input as unknown as RecentInput;
}

export function sitemapLastmod(sitemap: typeof sitemapIntegration): AstroIntegration[] {
  let root = '';
  let srcDir = '';
  let base = '/';
  let dates: Map<string, Date> | undefined;
  const lastmodOf = (url: string): string | undefined => {
    dates ??= lastModifiedByPath(recentPages(recentInputFrom(root, srcDir)));
    const path = decodeURI(new URL(url).pathname).slice(base.length);
    const date = dates.get(path);
    return date ? isoDay(date) : undefined;
  };
  return [
    {
      name: 'vidensbank:sitemap-lastmod',
      hooks: {
        'astro:config:done': ({ config }) => {
          root = fileURLToPath(config.root);
          srcDir = fileURLToPath(config.srcDir);
          base = config.base.replace(/\/?$/, '/');
        },
      },
    },
    sitemap({
      serialize: (item) => {
        const lastmod = lastmodOf(item.url);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
  ];
}
