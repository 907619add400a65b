import { describe, expect, it } from 'vitest';
import { checkReferences, referencesOf } from '../../src/model/rules/references';
import { entry, sampleEntries, withChange } from './fixtures';

describe('referencesOf', () => {
  it('finds every reference with its exact field path, including inside lists of objects', () => {
    const e = entry('interviews', 'x', {
      municipality: 'aalborg',
      related: ['y'],
      seriesElsewhere: [{ municipality: 'a' }, { municipality: 'b' }],
      sources: ['k'],
    });
    expect(referencesOf(e).map((r) => `${r.field}=${r.value}→${r.target}`)).toEqual([
      'municipality=aalborg→municipalities',
      'related[0]=y→interviews',
      'seriesElsewhere[0].municipality=a→municipalities',
      'seriesElsewhere[1].municipality=b→municipalities',
      'sources[0]=k→sources',
    ]);
  });
});

describe('checkReferences', () => {
  it('accepts a consistent content set', () => {
    expect(checkReferences(sampleEntries())).toEqual([]);
  });

  it.each([
    ['initiatives', 'aalborg/cafe', { municipality: 'aalborgg' }, 'municipality', 'aalborgg', 'aalborg'],
    ['initiatives', 'aalborg/cafe', { themes: ['en-indgang', 'indkob'] }, 'themes[1]', 'indkob', 'indkoeb'],
    ['initiatives', 'aalborg/cafe', { organisations: ['vaekst'] }, 'organisations[0]', 'vaekst', 'vaeksthus'],
    ['initiatives', 'aalborg/cafe', { source: 'strategier/koldin' }, 'source', 'strategier/koldin', 'strategier/kolding'],
    ['guide', 'en-indgang', { municipalities: ['aalborg', 'arhus'] }, 'municipalities[1]', 'arhus', 'aarhus'],
    ['guide', 'en-indgang', { sources: ['kild'] }, 'sources[0]', 'kild', 'kilde'],
    ['strategies', 'kolding', { municipality: 'koldingg' }, 'municipality', 'koldingg', 'kolding'],
    ['entryPoints', 'aalborg', { source: 'interviews/aalborg-2019' }, 'source', 'interviews/aalborg-2019', 'interviews/aalborg-2018'],
    ['interviews', 'aalborg-2018', { seriesElsewhere: [{ municipality: 'roskild' }] }, 'seriesElsewhere[0].municipality', 'roskild', 'roskilde'],
    ['organisations', 'vaeksthus', { municipalities: ['alborg'] }, 'municipalities[0]', 'alborg', 'aalborg'],
  ] as const)('%s/%s: a bad reference names the file, field %s, value %s and suggests %s', (collection, id, change, field, value, suggestion) => {
    const problems = checkReferences(withChange(sampleEntries(), collection, id, change));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: `content/${collection}/${id}`, field, value });
    expect(problems[0]!.hint).toContain(`"${suggestion}"`);
  });

  it('reports every bad reference at once, not only the first', () => {
    const entries = withChange(sampleEntries(), 'initiatives', 'aalborg/cafe', { municipality: 'x', themes: ['y'] });
    expect(checkReferences(entries).map((p) => p.field)).toEqual(['municipality', 'themes[0]']);
  });
});
