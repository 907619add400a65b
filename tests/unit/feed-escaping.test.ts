// The Atom feed's entry titles and summaries are text (`type="text"`), escaped for XML: a title
// with `<`, `&` or `]]>` reads back exactly as typed, and never as markup.
import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../src/lib/feed';
import type { RecentItem } from '../../src/lib/recent';

const ATOM = 'http://www.w3.org/2005/Atom';
const url = (p: string) => `https://vidensbank.example.dk/${p}`;
const item = (title: string, summary: string, i = 0): RecentItem => ({
  kind: 'guide',
  key: `guide/a${i}`,
  title,
  summary,
  path: `guide/a${i}/`,
  date: new Date(Date.UTC(2020, 0, 1 + i)),
  dateField: 'factsAsOf',
});

/** Each entry's title and summary as a feed reader sees them: type and text. */
function readBack(xml: string) {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, m) => void (level !== 'warning' && errors.push(m)) }).parseFromString(xml, 'application/xml');
  expect(errors).toEqual([]);
  const entries = doc.getElementsByTagNameNS(ATOM, 'entry');
  return Array.from({ length: entries.length }, (_, i) => {
    const e = entries.item(i)!;
    const text = (name: string) => {
      const el = e.getElementsByTagNameNS(ATOM, name).item(0)!;
      return { type: el.getAttribute('type'), text: el.textContent, elements: el.getElementsByTagName('*').length };
    };
    return { title: text('title'), summary: text('summary') };
  });
}

describe('Atom feed: titles and summaries as text', () => {
  it('keeps a title with < and & as text', () => {
    const [entry] = readBack(atomFeed([item('Løntilskud <og> fleksjob & "skånejob" ]]> <img src=x onerror=alert(1)>', 'A & B < C')], url));
    expect(entry!.title).toEqual({ type: 'text', text: 'Guide: Løntilskud <og> fleksjob & "skånejob" ]]> <img src=x onerror=alert(1)>', elements: 0 });
    expect(entry!.summary).toEqual({ type: 'text', text: 'A & B < C', elements: 0 });
  });

  it('reads back any title and summary exactly (fast-check)', () => {
    const text = fc.string({
      unit: fc.constantFrom('<', '>', '&', ']', '"', "'", 'a', 'ø', ' ', ';', '#', 'x', '/', '!', '[', 'C', 'D', 'A', 'T'),
      minLength: 1,
    });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 4 }), (pairs) => {
        const entries = readBack(
          atomFeed(
            pairs.map(([t, s], i) => item(t, s, i)),
            url,
          ),
        );
        expect(entries.map((e) => [e.title.text, e.summary.text])).toEqual(pairs.map(([t, s]) => [`Guide: ${t}`, s]));
        expect(entries.every((e) => e.title.type === 'text' && e.summary.type === 'text')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
