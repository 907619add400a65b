// The one YAML parse (src/model/parse/yaml.ts) and the id rules of YAML lists: Danish errors by
// the parser's error codes, exact lines, aliases limited, dates kept as text.
import { describe, expect, it } from 'vitest';
import { listItemProblems } from '../../src/model/yaml-list';
import { MAX_YAML_ALIASES, parseYaml } from '../../src/model/parse/yaml';

/** Nine aliases of the level below on each of `levels` lines: 9^levels values when expanded. */
function laughs(levels: number): string {
  const lines = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x"]'];
  for (let i = 1; i <= levels; i++)
    lines.push(
      `a${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  return `${lines.join('\n')}\n`;
}

describe('parseYaml', () => {
  it('keeps dates and look-alikes as text, reads numbers as YAML 1.2 does', () => {
    expect(parseYaml('a: 2020-01-01\nb: 0851\nc: yes\nd: 2018-02-30\n', 'f.yaml').value).toEqual({ a: '2020-01-01', b: 851, c: 'yes', d: '2018-02-30' });
  });

  it.each([
    ['a colon in unquoted text', 'title: Startup: caféer\n', 1, 'kolon', 'title: "Startup: caféer"'],
    ['a line indented under a value', 'title: x\nstatus: y\n  description: z\n', 3, 'Forkert indrykning', 'mellemrum'],
    ['a line without a colon', 'title: x\nfoo\nbar: 2\n', 2, 'mangler kolon', 'felt: værdi'],
    ['a list not closed', 'themes: [a, b\nx: 1\n', 2, 'ikke lukket', ']'],
    ['a field twice', 'a: 1\na: 2\n', 2, 'Samme felt står to gange', 'Slet'],
    ['a tab as indentation', 'a:\n\t- b\n', 2, 'tabulator', 'mellemrum'],
    ['a quote not closed', 'a: "abc\n', 2, 'anførselstegn', 'begge ender'],
    ['an unknown alias', 'a: 1\nb: *nope\n', 2, 'peger på et navn', '*navn'],
    ['two documents', 'a: 1\n---\nb: 2\n', 2, 'flere YAML-dokumenter', '---'],
  ])('%s: a Danish error at its line', (_, text, line, message, hint) => {
    const { value, problem } = parseYaml(text, 'f.yaml');
    expect(value).toBeUndefined();
    expect(problem).toMatchObject({ file: 'f.yaml', line });
    expect(problem!.message).toContain('YAML-syntaksfejl');
    expect(problem!.message).toContain(message);
    expect(problem!.hint).toContain(hint);
  });

  it('counts lines from the front matter offset', () => {
    expect(parseYaml('title: x\nfoo\n', 'p.mdx', 1).problem).toMatchObject({ line: 3 });
    expect(parseYaml('title: x\nthemes:\n  - a\n  - b\n', 'p.mdx', 1).lineOf(['themes', 1])).toBe(5);
  });

  it.each([4, 8, 30])('stops nested aliases (%i levels) at once with a Danish error naming the file', (levels) => {
    const started = performance.now();
    const { value, problem } = parseYaml(laughs(levels), 'content/data/temaer.yaml');
    expect(value).toBeUndefined();
    expect(problem).toMatchObject({ file: 'content/data/temaer.yaml', code: 'yaml-aliases', line: 2 });
    expect(problem!.message).toContain(String(MAX_YAML_ALIASES));
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('allows a few aliases', () => {
    expect(parseYaml('a: &x [1, 2]\nb: *x\n', 'f.yaml').value).toEqual({ a: [1, 2], b: [1, 2] });
  });
});

describe('listItemProblems', () => {
  const check = (text: string) => {
    const { value, lineOf } = parseYaml(text, 't.yaml');
    return listItemProblems(value as unknown[], 't.yaml', lineOf);
  };
  it('accepts a valid list', () => expect(check('- id: a\n  label: A\n- id: b\n  label: B\n')).toEqual([]));
  it('reports an item without id at its line', () => {
    expect(check('- id: a\n- label: A\n')).toMatchObject([{ line: 2, field: '[1].id', message: 'Punktet mangler et id.' }]);
  });
  it('reports a duplicate id at its line, naming the first', () => {
    const [p] = check('- id: a\n- id: b\n- id: a\n');
    expect(p).toMatchObject({ line: 3, field: '[2].id', value: 'a', code: 'duplicate-id' });
    expect(p!.message).toContain('findes allerede (punkt nr. 1)');
  });
});
