import { describe, expect, it } from 'vitest';
import { closest, editDistance, isTypoOf } from '../../src/model/closest';

describe('editDistance', () => {
  it.each([
    ['aalborg', 'aalborg', 0],
    ['aalborgg', 'aalborg', 1],
    ['alborg', 'aalborg', 1],
    ['kolding', 'holding', 1],
    ['', 'abc', 3],
    ['koebenhavn', 'københavn', 2],
  ])('%s → %s = %i', (a, b, d) => expect(editDistance(a, b)).toBe(d));
});

describe('closest', () => {
  const ids = ['aalborg', 'aarhus', 'ikast-brande', 'koebenhavn', 'kolding', 'viborg'];
  it.each([
    ['aalborgg', 'aalborg'],
    ['ikast', 'ikast-brande'],
    ['kobenhavn', 'koebenhavn'],
    ['arhus', 'aarhus'],
  ])('suggests %s → %s first', (typo, expected) => expect(closest(typo, ids)[0]).toBe(expected));

  it('returns at most the limit, and nothing for no candidates', () => {
    expect(closest('x', ids, 2)).toHaveLength(2);
    expect(closest('x', [])).toEqual([]);
  });
});

describe('isTypoOf, the one typo threshold', () => {
  it.each([
    ['aalborgg', 'aalborg', true],
    ['ikast', 'ikast-brande', true],
    ['Description', 'description', true],
    ['descripton', 'description', true],
    ['indkob', 'indkoeb', true],
    ['zebra', 'aalborg', false],
    ['odense', 'aalborg', false],
    ['xyz', 'abc', false],
  ])('%s for %s: %s', (value, candidate, expected) => expect(isTypoOf(value, candidate)).toBe(expected));
});
