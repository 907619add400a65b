// The Atom feed of new and updated pages, from the same list as "Hvad er nyt" (src/lib/recent.ts).
// Entry titles and summaries are text (`type="text"`), escaped by an XML serializer: the `feed`
// package writes them as `type="html"` in CDATA, so a title with `<` or `&` would be read as markup
// by feed readers (and `]]>` would break the file). It gets placeholders, and each entry's title
// and summary are then set as text nodes on the parsed feed (@xmldom/xmldom).
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
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
      title: '-',
      description: '-',
      date: item.date,
      category: [{ term: item.kind, name: RECENT_KINDS[item.kind] }],
    });
  }
  return withTextConstructs(
    feed.atom1(),
    items.map((item) => ({ title: `${RECENT_KINDS[item.kind]}: ${item.title}`, summary: item.summary })),
  );
}

const ATOM = 'http://www.w3.org/2005/Atom';

/** Sets each entry's `<title>` and `<summary>` to its text, as `type="text"`, in entry order. */
function withTextConstructs(atom: string, texts: readonly { title: string; summary: string }[]): string {
  const doc = new DOMParser().parseFromString(atom, 'application/xml');
  const entries = doc.getElementsByTagNameNS(ATOM, 'entry');
  if (entries.length !== texts.length) throw new Error(`The feed package wrote ${entries.length} entries for ${texts.length} items`);
  for (let i = 0; i < entries.length; i++) {
    const entry = entries.item(i)!;
    for (const [name, text] of Object.entries(texts[i]!)) {
      const el = entry.getElementsByTagNameNS(ATOM, name).item(0);
      if (!el) continue;
      el.setAttribute('type', 'text');
      while (el.firstChild) el.removeChild(el.firstChild);
      el.appendChild(doc.createTextNode(text));
    }
  }
  return new XMLSerializer().serializeToString(doc);
}
