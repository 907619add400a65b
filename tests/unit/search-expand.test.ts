import { describe, expect, it } from 'vitest';
import { foldKeys, hasVariants, looseFold, SHARDS, shardOf, strictFold, wordsOf } from '../../src/search/fold';
import { expandQuery, spellingsOf, synonymAlternatives } from '../../src/search/expand';

describe('folds', () => {
  it.each([
    ['Socialøkonomi', 'socialoekonomi', 'socialokonomi'],
    ['Århus', 'aarhus', 'arhus'],
    ['Aarhus', 'aarhus', 'arhus'],
    ['København', 'koebenhavn', 'kobenhavn'],
    ['Læsø', 'laesoe', 'laeso'],
    ['Én', 'en', 'en'],
    ['fleksjob', 'fleksjob', 'fleksjob'],
  ])('%s → %s / %s', (word, strict, loose) => {
    expect(strictFold(word)).toBe(strict);
    expect(looseFold(word)).toBe(loose);
  });

  it.each(['xylofon', 'zoo', '2018', 'ærø', 'Århus', 'ß', 'ж', 'ü', ''])('files the key of %j in a shard the build writes', (word) => {
    for (const key of word ? foldKeys(word) : ['']) expect(SHARDS).toContain(shardOf(key));
  });

  it('splits words as Pagefind does', () => expect(wordsOf('Ikast-Brande: 5.500 indbyggere!')).toEqual(['ikast', 'brande', '5', '500', 'indbyggere']));
});

// A dictionary as the build writes it: fold keys → indexed words.
const indexed = ['socialøkonomi', 'socialøkonomisk', 'aarhus', 'københavn', 'én', 'en', 'indgang'];
const dictionary = new Map<string, string[]>();
for (const w of indexed.filter(hasVariants)) for (const k of foldKeys(w)) dictionary.set(k, [...(dictionary.get(k) ?? []), w]);
for (const [k, ws] of dictionary) if (indexed.includes(k) && !ws.includes(k)) ws.push(k);
const lookup = (key: string) => dictionary.get(key) ?? [];
const synonyms = [
  ['SØV', 'socialøkonomisk virksomhed'],
  ['RSV', 'registreret socialøkonomisk virksomhed'],
  ['socioøkonomisk', 'socialøkonomisk'],
];

describe('spellingsOf', () => {
  it.each([
    ['socialokonomi', ['socialøkonomi']],
    ['en', ['en', 'én']],
    ['én', ['en', 'én']],
    ['socialoekonomi', ['socialøkonomi']],
    ['Århus', ['aarhus']],
    ['aarhus', ['aarhus']],
    ['København', ['københavn']],
    ['arhus', ['aarhus']],
    ['kobenhavn', ['københavn']],
    ['indgang', ['indgang']],
  ])('%s → %j', (word, expected) => expect(spellingsOf(word, lookup)).toEqual(expected));
});

describe('synonymAlternatives', () => {
  it.each([
    ['SØV', ['socialøkonomisk virksomhed']],
    ['soev i aalborg', ['socialøkonomisk virksomhed i aalborg']],
    ['socialøkonomisk virksomhed', ['søv', 'socioøkonomisk virksomhed']],
    ['socioøkonomiske virksomheder', ['socialøkonomiske virksomheder']],
    ['RSV ordningen', ['registreret socialøkonomisk virksomhed ordningen']],
    ['fleksjob', []],
    ['støtte til SØV', ['støtte til socialøkonomisk virksomhed']],
    ['registrerede socialøkonomiske virksomheder', ['registrerede socioøkonomiske virksomheder']],
    ['søvn', []],
  ])('%s → %j', (query, expected) => expect(synonymAlternatives(query, synonyms)).toEqual(expected));
});

describe('expandQuery', () => {
  it('puts the query as typed first and adds indexed spellings and synonyms', () => {
    expect(expandQuery('socialokonomi Århus', lookup, synonyms)).toEqual(['socialøkonomi aarhus']);
    expect(expandQuery('SØV', lookup, synonyms)).toEqual(['søv', 'socialøkonomisk virksomhed']);
  });

  it('caps the number of alternatives and ignores empty queries', () => {
    expect(expandQuery('socialokonomi arhus kobenhavn socialokonomi arhus', lookup, synonyms).length).toBeLessThanOrEqual(8);
    expect(expandQuery('  !! ', lookup, synonyms)).toEqual([]);
  });
});
