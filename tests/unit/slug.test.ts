import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN, slugify } from '../../src/schemas/slug';

describe('slugify', () => {
  it.each([
    ['København', 'koebenhavn'],
    ['Ikast-Brande', 'ikast-brande'],
    ['Lyngby-Taarbæk', 'lyngby-taarbaek'],
    ['Ærø', 'aeroe'],
    ['Høje-Taastrup', 'hoeje-taastrup'],
    ['Region Nordjylland', 'region-nordjylland'],
    ['  Én indgang! ', 'en-indgang'],
  ])('%s → %s', (input, slug) => {
    expect(slugify(input)).toBe(slug);
    expect(SLUG_PATTERN.test(slugify(input))).toBe(true);
  });
});
