// Builds of a small fixture site: valid content builds; each kind of bad input fails the
// build with a message that names the file and the field.
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../helpers/fixture-site';
import { fixtureText } from '../helpers/fixture-text';

const strip = (s: string) => stripVTControlCharacters(s);
const fixture = (file: string) => fixtureText(file);
const INITIATIVE = 'content/indsatser/aalborg/startup-cafeer.yaml';
const initiative = fixture(INITIATIVE);

describe('fixture site', () => {
  it('builds when the content is valid', () => {
    const result = buildFixture('valid');
    expect(strip(result.output)).toMatch(/page\(s\) built/);
    expect(result.status).toBe(0);
  });

  it.each([
    {
      name: 'an unknown reference',
      files: { [INITIATIVE]: initiative.replace('municipality: aalborg', 'municipality: aalborgg') },
      expected: [INITIATIVE, 'felt: municipality', 'værdi: "aalborgg"', 'findes ikke i kommunelisten', 'Mente du "aalborg"'],
    },
    {
      name: 'an unknown reference in a list',
      files: { [INITIATIVE]: initiative.replace('themes: [en-indgang]', 'themes: [en-indgang, indkob]') },
      expected: [INITIATIVE, 'felt: themes[1]', 'værdi: "indkob"', 'Mente du "indkoeb"'],
    },
    {
      name: 'a wrong type',
      files: { [INITIATIVE]: `${initiative}fromYear: tyve\n` },
      expected: [INITIATIVE, 'fromYear', 'number'],
    },
    {
      name: 'a missing required field',
      files: { [INITIATIVE]: initiative.replace(/^description:.*\n/m, '') },
      expected: [INITIATIVE, 'description'],
    },
    {
      name: 'an unknown key',
      files: { [INITIATIVE]: `${initiative}budget: 100\n` },
      expected: [INITIATIVE, 'Ukendt nøgle: "budget"'],
    },
    {
      name: 'a duplicate id (two files, one id)',
      files: { 'content/guide/en-indgang.md': fixture('content/guide/en-indgang.mdx') },
      expected: ['content/guide/en-indgang.md', 'felt: id (filnavnet)', 'To filer har samme id "en-indgang"'],
    },
    {
      name: 'a duplicate id in a data list',
      files: { 'content/data/temaer.yaml': `${fixture('content/data/temaer.yaml')}- id: indkoeb\n  label: Igen\n  description: Dublet.\n` },
      expected: ['content/data/temaer.yaml', 'felt: [2].id', 'værdi: "indkoeb"', 'findes allerede'],
    },
    {
      name: 'two strategies for one municipality',
      files: { 'content/strategier/aalborg-igen.mdx': fixture('content/strategier/aalborg.mdx') },
      expected: ['content/strategier/aalborg-igen.mdx', 'felt: municipality', 'allerede én strategi'],
    },
  ])('fails on $name, naming the file and the field', ({ name, files, expected }) => {
    const result = buildFixture(name.replace(/\W+/g, '-'), files);
    const output = strip(result.output);
    expect(result.status, output).not.toBe(0);
    for (const text of expected) expect(output).toContain(text);
  });
});
