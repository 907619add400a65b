// Following what is new: the Atom feed (valid per RFC 4287, read with an XML parser), "Hvad er
// nyt" showing the same pages in the same order, <link rel="alternate"> on every page, the
// sitemap's lastmod and robots.txt.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { DIST, page, readerPages } from '../helpers/dist';

const ORIGIN = 'https://vidensbank.example.dk';
const xml = readFileSync(path.join(DIST, 'nyt/feed.xml'), 'utf8');
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link', 'category', 'url'].includes(name) });
type Node = Record<string, unknown>;
const feed = (parser.parse(xml) as { feed: Node }).feed;
const entries = feed['entry'] as Node[];
const text = (v: unknown) => (typeof v === 'object' && v !== null ? String((v as Node)['#text']) : String(v));
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const sitePathOf = (href: string) => new URL(href).pathname.slice(1);

describe('the Atom feed /nyt/feed.xml', () => {
  it('is well-formed XML in the Atom namespace', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  });

  it('has what RFC 4287 requires of a feed: id, title, updated, author, a self link', () => {
    expect(text(feed['id'])).toBe(`${ORIGIN}/`);
    expect(text(feed['title'])).toContain('Hvad er nyt');
    expect(text(feed['updated'])).toMatch(RFC3339);
    expect(text((feed['author'] as Node)['name'])).not.toBe('');
    const links = feed['link'] as Node[];
    expect(links.find((l) => l['@rel'] === 'self')!['@href']).toBe(`${ORIGIN}/nyt/feed.xml`);
    expect(links.find((l) => l['@rel'] === 'alternate')!['@href']).toBe(`${ORIGIN}/nyt/`);
  });

  it('has entries with unique ids, a title, a summary, an RFC 3339 date and a link to a built page', () => {
    expect(entries.length).toBeGreaterThan(10);
    expect(new Set(entries.map((e) => text(e['id']))).size).toBe(entries.length);
    for (const e of entries) {
      expect(text(e['title'])).not.toBe('');
      expect(text(e['summary']).length).toBeGreaterThan(10);
      expect(text(e['updated'])).toMatch(RFC3339);
      const href = String((e['link'] as Node[])[0]!['@href']);
      const sitePath = sitePathOf(href);
      expect(existsSync(path.join(DIST, sitePath, 'index.html')), href).toBe(true);
    }
  });

  it("lists the newest first, and its own date is the newest entry's (no build time)", () => {
    const dates = entries.map((e) => text(e['updated']));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(text(feed['updated'])).toBe(dates[0]);
  });
});

describe('"Hvad er nyt" (/nyt/)', () => {
  const doc = page('nyt/');
  it('shows the same pages as the feed, in the same order, each with its date', () => {
    const items = doc.querySelectorAll('main ol > li');
    expect(items.map((li) => li.querySelector('h2 a')!.getAttribute('href'))).toEqual(
      entries.map((e) => `/${sitePathOf(String((e['link'] as Node[])[0]!['@href']))}${new URL(String((e['link'] as Node[])[0]!['@href'])).hash}`),
    );
    expect(items.map((li) => li.querySelector('time')!.getAttribute('datetime'))).toEqual(entries.map((e) => text(e['updated']).slice(0, 10)));
  });
  it('says what the date means and links the feed', () => {
    expect(doc.text).toContain('Hvad datoen betyder');
    expect(doc.querySelector('main a[href="/nyt/feed.xml"]')).not.toBeNull();
  });
  it('is linked from the front page and the footer', () => {
    expect(page('').querySelector('main a[href="/nyt/"]')).not.toBeNull();
    expect(page('guide/').querySelector('footer a[href="/nyt/"]')).not.toBeNull();
  });
});

describe('discovery', () => {
  it('every page links the feed with <link rel="alternate">', () => {
    const pages = readerPages();
    const without = pages.filter(
      (f) =>
        !readFileSync(path.join(DIST, f), 'utf8').includes(
          '<link rel="alternate" type="application/atom+xml" title="Vidensbank om socialøkonomi: Hvad er nyt" href="/nyt/feed.xml">',
        ),
    );
    expect(without).toEqual([]);
  });

  it('the sitemap gives each dated page its lastmod, the same date as the feed', () => {
    const sitemap = readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8');
    const lastmod = new Map([...sitemap.matchAll(/<loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((m) => [m[1]!, m[2]]));
    for (const e of entries) {
      const href = String((e['link'] as Node[])[0]!['@href']).replace(/#.*$/, '');
      expect(lastmod.get(href)?.slice(0, 10), href).toBeDefined();
      expect(lastmod.get(href)!.slice(0, 10) >= text(e['updated']).slice(0, 10)).toBe(true);
    }
    expect(lastmod.get(`${ORIGIN}/kommuner/aalborg/`)).toMatch(/^2018-09-01/);
  });

  it('robots.txt points to the sitemap at the canonical origin', () => {
    const robots = readFileSync(path.join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${ORIGIN}/sitemap-index.xml`);
    expect(existsSync(path.join(DIST, 'sitemap-index.xml'))).toBe(true);
  });
});
