import { describe, expect, it } from 'vitest';
import { parseYamlList } from '../../src/model/yaml-list';

describe('parseYamlList', () => {
  it('returns the items of a valid list', () => {
    expect(parseYamlList('- id: a\n  label: A\n- id: b\n  label: B\n', 't.yaml')).toHaveLength(2);
  });

  it.each([
    ['a syntax error, with its line', '- id: a\n  label: [A\n- id: b\n', /t\.yaml:\d+[\s\S]*YAML-syntaksfejl/],
    ['a file that is not a list', 'id: a\n', /skal være en liste/],
    ['an item without id', '- label: A\n', /felt: \[0\]\.id[\s\S]*mangler et id/],
    ['a duplicate id', '- id: a\n- id: b\n- id: a\n', /felt: \[2\]\.id[\s\S]*værdi: "a"[\s\S]*findes allerede \(punkt nr\. 1\)/],
  ])('rejects %s', (_, text, message) => {
    expect(() => parseYamlList(text, 't.yaml')).toThrow(message);
  });
});
