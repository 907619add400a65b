// Relevance of the search page's engine over the real build, in Node (tests/helpers/node-search.ts:
// the same engine, Pagefind's own wasm, the built shards), for query sets too large for a browser:
// every municipality name with each one letter missing and each two neighbouring letters swapped,
// typed without æ/ø/å, or wrapped in a question; words no page holds; and that respelling, small
// words and corrections only ever add pages to what Pagefind finds for the query as typed.
// A sample of each kind runs through the real search page in tests/browser/relevance.spec.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { looseFold, wordsOf } from '../../src/search/fold';
import { VOCABULARY_DIR, VOCABULARY_SHARDS, type VocabularyShard } from '../../src/search/vocabulary';
import { CONTENT, DIST } from '../helpers/dist';
import { nodeSearchEngine } from '../helpers/node-search';
import { typos } from '../helpers/typos';

type Engine = Awaited<ReturnType<typeof nodeSearchEngine>>;
let engine: Engine;
beforeAll(async () => {
  engine = await nodeSearchEngine(DIST);
});

const municipalities = parseCsv<{ navn: string }>(readFileSync(path.join(CONTENT, 'data/kommuner.csv')), { columns: true }).map((m) => m.navn);
const vocabulary: VocabularyShard = Object.assign(
  {},
  ...VOCABULARY_SHARDS.map((s): VocabularyShard => JSON.parse(readFileSync(path.join(DIST, VOCABULARY_DIR, `${s}.json`), 'utf8')) as VocabularyShard),
) as VocabularyShard;

/** Share of cases whose top 3 holds the first page the correctly spelled name finds, and the misses. */
async function hitRate(cases: [query: string, right: string][]) {
  const firsts = new Map<string, string | undefined>();
  const misses: string[] = [];
  for (const [query, right] of cases) {
    if (!firsts.has(right)) firsts.set(right, (await engine.top(right, 1)).urls[0]);
    const expected = firsts.get(right);
    expect(expected, `"${right}" finds a page`).toBeDefined();
    const { urls } = await engine.top(query);
    if (!urls.includes(expected!)) misses.push(`${query} (${right} → ${expected}; got ${urls.join(', ')})`);
  }
  return { rate: 1 - misses.length / cases.length, misses };
}

describe('typos in municipality names', () => {
  it('generates the typos the hidden queries hold', () => {
    expect(typos('Kolding')).toEqual(expect.arrayContaining(['olding', 'Kolidng', 'Koldin', 'oKlding']));
    expect(typos('Ikast-Brande')).not.toContain('IkastBrande');
  });

  it('one letter missing or two letters swapped finds the right page in the top 3 for ≥ 97 % of all names', async () => {
    const cases = municipalities.flatMap((name) => typos(name).map((t): [string, string] => [t, name]));
    expect(cases.length).toBeGreaterThan(1000);
    const { rate, misses } = await hitRate(cases);
    console.log(`municipality typos: ${cases.length} queries, ${(rate * 100).toFixed(1)} % with the right page in the top 3; misses: ${misses.join('; ')}`);
    expect(rate, misses.slice(0, 40).join('\n')).toBeGreaterThanOrEqual(0.97);
  });

  it('names typed without æ/ø/å (ø → o or oe, å → a or aa, æ → ae) find the right page', async () => {
    const plain = (name: string) => [
      name.replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/å/g, 'a').replace(/Å/g, 'A').replace(/æ/g, 'ae').replace(/Æ/g, 'Ae'),
      name.replace(/ø/g, 'oe').replace(/Ø/g, 'Oe').replace(/å/g, 'aa').replace(/Å/g, 'Aa').replace(/æ/g, 'ae').replace(/Æ/g, 'Ae'),
    ];
    const cases = municipalities.filter((n) => /[æøå]/i.test(n)).flatMap((name) => plain(name).map((p): [string, string] => [p, name]));
    expect(cases.length).toBeGreaterThan(20);
    const { rate, misses } = await hitRate(cases);
    expect(rate, misses.join('\n')).toBe(1);
  });

  it('a misspelt name says what it searched instead', async () => {
    const { response } = await engine.top('Koldnig');
    expect(response.corrections).toEqual([{ typed: 'koldnig', correction: 'kolding' }]);
    expect(response.correctedQuery).toBe('kolding');
    const { response: asTyped } = await engine.top('Koldnig', 3, { verbatim: true });
    expect(asTyped.results).toHaveLength(0);
    expect(asTyped.missing).toEqual(['koldnig']);
  });
});

describe('questions', () => {
  // Questions whose other words are all stop words: the topic alone decides, as Pagefind would for the topic.
  const templates = ['hvad er {}', 'hvad er en {}', 'hvordan får man {}', 'hvem har {}', 'hvad med {}', 'kan man få {}', 'hvor er der {}', 'hvornår er der {}'];
  const topics = [
    'partnerskabsaftale',
    'forretningsplan',
    'fleksjob',
    'indgang',
    'socialøkonomisk virksomhed',
    'RSV',
    'Kolding',
    'Aarhus',
    'udbud',
    'mentorordning',
  ];
  it('small words never make a page fail to match: the page the topic finds first stays in the top 3', async () => {
    const cases = topics.flatMap((t) => templates.map((q): [string, string] => [q.replace('{}', t), t]));
    const { rate, misses } = await hitRate(cases);
    expect(rate, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('when few pages hold every word, the words are searched one by one, and the engine says how many held them all', async () => {
    const { response } = await engine.top('hvad skal en forretningsplan indeholde');
    expect(response.queries).toEqual(['forretningsplan indeholde']);
    expect(response.someWordsAfter).toBeLessThan(3);
    expect(response.results.length).toBeGreaterThan(response.someWordsAfter!);
  });
});

describe('honest empty results', () => {
  it('a word no page holds finds nothing (no fragment of it), and is named', async () => {
    // Random letter strings that are not in the vocabulary and not near any word in it.
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[bcdfghjklmnpqrstvwxz]{7,12}$/), async (word) => {
        const { response } = await engine.top(word);
        if (response.corrections.length) return; // close to a real word: corrected, not empty
        expect(response.results).toHaveLength(0);
        expect(response.missing).toEqual([word]);
      }),
      { numRuns: 60, seed: 18 },
    );
  });

  it('a word no page holds beside words that pages hold is left out, and named', async () => {
    const { response } = await engine.top('fleksjob qwxzvb');
    expect(response.missing).toEqual(['qwxzvb']);
    expect(response.results.length).toBeGreaterThan(0);
  });
});

describe('respelling never narrows', () => {
  const words = Object.keys(vocabulary).filter((w) => w.length >= 4);
  const plainPagefind = async (query: string) => {
    const pagefind = (await import(path.join(DIST, 'pagefind/pagefind.js'))) as { search: (q: string) => Promise<{ results: { id: string }[] }> };
    return new Set((await pagefind.search(query)).results.map((r) => r.id));
  };
  it('every page Pagefind finds for indexed words as typed (with æ/ø/å dropped or spelled out) is among the results', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }),
        fc.constantFrom('as typed', 'loose', 'strict'),
        async (picked, style) => {
          const typed = picked
            .map((w) => (style === 'loose' ? looseFold(w) : style === 'strict' ? w.replace(/ø/g, 'oe').replace(/å/g, 'aa').replace(/æ/g, 'ae') : w))
            .join(' ');
          if (style !== 'as typed' && wordsOf(typed).join(' ') === picked.join(' ')) return;
          const ours = new Set((await engine.search(typed, {})).results.map((r) => r.id));
          // Pagefind's results for the words as indexed are what the reader meant; ours must hold them all.
          for (const id of await plainPagefind(picked.join(' '))) expect(ours.has(id), `${typed}: page ${id}`).toBe(true);
        },
      ),
      { numRuns: 150, seed: 18 },
    );
  });
});
