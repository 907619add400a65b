// The fixture helper refuses an edit that changes nothing, so a negative test cannot pass untested.
import { describe, expect, it } from 'vitest';
import { FixtureText, fixtureText } from '../helpers/fixture-text';

describe('FixtureText.replace', () => {
  const text = new FixtureText('title: Én indgang\norder: 1\n', 'content/guide/x.mdx');

  it.each([
    ['a string that is there', 'order: 1', 'order: 2', 'title: Én indgang\norder: 2\n'],
    ['a pattern that matches', /^order: .*$/m, 'order: 3', 'title: Én indgang\norder: 3\n'],
    ['a global pattern, every match', /n/g, 'N', 'title: ÉN iNdgaNg\norder: 1\n'],
  ])('replaces %s', (_name, search, replacement, expected) => {
    expect(text.replace(search, replacement).text).toBe(expected);
  });

  it.each([
    ['a string that is not there', 'order: 2'],
    ['a pattern that does not match', /^draft: .*$/m],
    ['a global pattern that does not match', /UDFYLD/g],
  ])('throws on %s, naming the file', (_name, search) => {
    expect(() => text.replace(search, 'x')).toThrow(/content\/guide\/x\.mdx has no .* to replace/);
  });

  it('reads fixture files and chains edits', () => {
    const guide = fixtureText('content/guide/en-indgang.mdx');
    expect(guide.text.length).toBeGreaterThan(0);
    expect(`${guide.replace('order: 1', 'order: 2')}`).toContain('order: 2');
  });
});
