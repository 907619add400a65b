// Typo correction, stop words and the query plan, on a small vocabulary as the build writes it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestCorrection, editDistance, pagesWith, sameStem } from '../../src/search/correct';
import { isStopWord, planSearch, type SearchContext } from '../../src/search/plan';
import { dan } from 'stopword';
import { nameWords, stopWordSet } from '../../src/search/page-data';
import { buildVocabulary } from '../../src/integrations/vocabulary-shards';
import { shardsFor, VOCABULARY_SHARDS, vocabularyShardOf } from '../../src/search/vocabulary';
import { typos } from '../helpers/typos';

const pages = [
  'Kolding Kommune har en strategi for socialøkonomiske virksomheder',
  'Kolding og Vejle laver partnerskabsaftaler med virksomhederne',
  'En forretningsplan skal indeholde et budget',
  'Strategien i Herlev Kommune nævner hele kommunen',
  'Hele kommunen arbejder med fleksjob og skånejob',
  'Hele guiden om fleksjob',
];
const shards = buildVocabulary(pages);
const ctx: SearchContext = {
  spellings: () => [],
  vocabulary: (name) => shards.get(name),
  synonyms: [['fleksjob', 'flexjob']],
  names: nameWords(['Kolding', 'Herlev', 'Vejle', 'Sorø']),
  stopWords: stopWordSet(dan),
};
const shardOf = (w: string) => shards.get(vocabularyShardOf(w));

describe('vocabulary shards', () => {
  it('counts pages, not occurrences, and writes every shard', () => {
    expect([...shards.keys()]).toEqual([...VOCABULARY_SHARDS]);
    expect(shards.get('k')!['kolding']).toBe(2);
    expect(shards.get('h')!['hele']).toBe(3);
    expect(shards.get('e')!['en']).toBeUndefined(); // shorter than three letters
  });
  it('files a word by its loose fold, so spellings share a shard', () => {
    expect(vocabularyShardOf('Ærø')).toBe(vocabularyShardOf('aero'));
    expect(shardsFor('oklding')).toEqual(['o', 'k']);
  });
});

describe('pagesWith', () => {
  it('counts the word, its forms and words it begins, and what Pagefind would match', () => {
    expect(pagesWith('kolding', shardOf('kolding'))).toEqual({ forms: 2, matched: 2 });
    expect(pagesWith('strategierne', shardOf('strategierne'))!.forms).toBeGreaterThan(0); // strategi, strategien
    expect(pagesWith('koldi', shardOf('koldi'))!.forms).toBe(2); // typing on
    expect(pagesWith('koldnig', shardOf('koldnig'))).toEqual({ forms: 0, matched: 0 });
    expect(pagesWith('ab', shardOf('ab'))).toBeUndefined();
    expect(pagesWith('2018', shardOf('2018'))).toBeUndefined();
  });
});

describe('bestCorrection', () => {
  const candidates = Object.entries(shardOf('k')!);
  it('takes a missing letter, a swap or a wrong letter as one edit', () => {
    for (const typo of ['kolidng', 'koldng', 'kolting']) expect(bestCorrection(typo, candidates)?.word).toBe('kolding');
    expect(editDistance('koldnig', 'kolding')).toBe(1);
    expect(editDistance('hjoring', 'hjørring')).toBe(1);
  });
  it('never offers a form of the typed word or a spelling of it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.values(Object.fromEntries(shards)).flatMap((s) => Object.keys(s))), (word) => {
        const c = bestCorrection(word, Object.entries(shardOf(word)!));
        if (c) expect(sameStem(c.word, word)).toBe(false);
      }),
    );
  });
  it('prefers a name among equally near words, and stays within two edits', () => {
    expect(bestCorrection('helev', [...Object.entries(shardOf('h')!)], undefined, (w) => w === 'herlev')?.word).toBe('herlev');
    expect(bestCorrection('kxxxing', candidates)).toBeUndefined();
  });
});

describe('planSearch', () => {
  it('drops stop words, also typed without æ/ø/å', () => {
    expect(isStopWord('på', ctx.stopWords) && isStopWord('pa', ctx.stopWords)).toBe(true);
    expect(planSearch('hvad skal en forretningsplan indeholde', ctx).queries.map((q) => q.query)).toEqual(['forretningsplan indeholde']);
  });
  it('corrects every one-letter deletion and swap of a name to it (but the last letter: a prefix finds it), and says what it searched', () => {
    for (const typo of typos('Kolding')) {
      const plan = planSearch(typo, ctx);
      if ('kolding'.startsWith(typo.toLowerCase())) {
        expect(plan.corrections, `${typo}: Pagefind finds the words it begins`).toEqual([]);
        continue;
      }
      expect(plan.correctedQuery, typo).toBe('kolding');
      expect(plan.queries[0]).toEqual({ query: 'kolding', weight: 1 });
    }
  });
  it('corrects nothing when asked to search as typed', () => {
    const plan = planSearch('koldnig', { ...ctx, verbatim: true });
    expect(plan.corrections).toEqual([]);
    expect(plan.missing).toEqual(['koldnig']);
    expect(plan.queries).toEqual([]);
  });
  it('never searches a word no page holds (Pagefind would match a fragment of it), and names it', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[qxz]{6,10}$/), (junk) => {
        const plan = planSearch(`fleksjob ${junk}`, ctx);
        expect(plan.missing).toEqual([junk]);
        for (const q of plan.queries) expect(q.query).not.toContain(junk);
      }),
    );
  });
  it('offers each content word alone for when few pages hold them all', () => {
    expect(planSearch('forretningsplan kolding', ctx).someWords.map((q) => q.query)).toEqual(['forretningsplan', 'kolding']);
  });
  it('keeps synonyms, and the words as typed first', () => {
    const plan = planSearch('flexjob', ctx);
    expect(plan.queries.map((q) => q.query)).toEqual(['fleksjob']);
    expect(plan.corrections).toEqual([]);
  });
  it('searches short words and numbers as typed, unchecked', () => {
    expect(planSearch('De 1000', ctx).queries[0]?.query).toBe('1000');
  });
});

describe('planSearch with synonyms and words no page holds', () => {
  const withSynonyms: SearchContext = {
    ...ctx,
    synonyms: [
      ['fleksjob', 'flexjob'],
      ['sårbare', 'udsatte'],
      ['tilskud', 'fondsmidler', 'budget'],
    ],
  };
  it('searches a synonym beside a word no page holds, without that word', () => {
    const plan = planSearch('flexjob qqxxzz', withSynonyms);
    expect(plan.missing).toEqual(['qqxxzz']);
    expect(plan.queries.map((q) => q.query)).toEqual(['fleksjob']);
  });
  it('never searches a synonym no page holds', () => {
    expect(planSearch('tilskud', withSynonyms).queries.map((q) => q.query)).toEqual(['budget']);
  });
});
