// The text the real build's search index holds: a fact list's terms and values stay separate
// words (Pagefind joins adjacent <dt>/<dd> text, which made "StatusIkke oplyst" one word), and
// card lists of other pages are left out.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagefindTexts } from '../../src/integrations/pagefind-texts';
import { DIST, filesUnder } from '../helpers/dist';

const texts = pagefindTexts(path.join(DIST, 'pagefind'));
const pages = filesUnder(DIST).filter((f) => f.endsWith('.html'));

describe('search index text', () => {
  it('reads every indexed page', () => expect(texts.length).toBeGreaterThan(100));

  it('keeps a space between every fact label and its value', () => {
    const labelled = texts.filter((t) => t.includes('Status') || t.includes('Placering'));
    expect(labelled.length).toBeGreaterThan(10);
    const glued = texts.flatMap(
      (t) => t.match(/\b(?:Status|Placering|Kommune|Periode|Temaer|Tidspunkt|Fokus|Enhed|Siden|Kontakt|Oplyst|Tilbyder)(?=[A-ZÆØÅ])/g) ?? [],
    );
    expect(glued).toEqual([]);
  });

  it("leaves the guide overview's card list out: its articles are indexed themselves", () => {
    const overview = texts.filter((t) => t.startsWith('Guide\n'));
    expect(overview).toHaveLength(1);
    expect(overview[0]).toContain('En intern guide til medarbejdere');
    const article = texts.find((t) => t.startsWith('Én indgang til kommunen\n'));
    expect(article).toContain('Første skridt er én tydelig indgang');
    expect(overview[0]).not.toContain('Første skridt er én tydelig indgang');
  });

  it('has no <dt> and <dd> side by side without a space in any built page', () => {
    const adjacent = pages.filter((f) => /<\/dt><dd|<\/dd><dt/.test(readFileSync(path.join(DIST, f), 'utf8')));
    expect(adjacent).toEqual([]);
  });
});
