// The Atom feed of new and updated pages, from the same list as "Hvad er nyt" (src/lib/recent.ts).
import { Feed } from 'feed';
import { siteConfig } from '../site.config';
import type { RecentItem } from './recent';
import { RECENT_KINDS } from './recent';

/** Where the feed is published, relative to the base path. */
export const FEED_PATH = 'nyt/feed.xml';
export const FEED_TITLE = `${siteConfig.name}: Hvad er nyt`;

export function atomFeed(items: readonly RecentItem[], url: (sitePath: string) => string): string {
  const feed = new Feed({
    id: url(''),
    title: FEED_TITLE,
    description:
      'Nye og opdaterede sider i vidensbanken, nyeste først. Datoen er den seneste af sidens to datoer: hvornår oplysningerne er fra, og hvornår en redaktør sidst har gennemlæst siden.',
    link: url('nyt/'),
    language: 'da',
    // The newest page's date, never the build time, so two builds are byte-identical.
    updated: items[0]?.date ?? new Date(0),
    generator: siteConfig.name,
    author: { name: siteConfig.name, link: url('') },
    copyright: `Licens: ${siteConfig.dataLicence.name}`,
    feedLinks: { atom: url(FEED_PATH) },
  });
  for (const item of items) {
    feed.addItem({
      id: url(item.path),
      link: url(item.path),
      title: `${RECENT_KINDS[item.kind]}: ${item.title}`,
      description: item.summary,
      date: item.date,
      category: [{ term: item.kind, name: RECENT_KINDS[item.kind] }],
    });
  }
  return feed.atom1();
}
