// A YAML file holding a list of entries with an `id` each (themes, sources, questions,
// synonyms, glossary): an item without an id, or with an id used before, is a problem for the
// editor, in Danish, at the item's line. The YAML itself is parsed once, in src/model/parse/yaml.ts.
import type { Problem } from './problem';
import { problem } from './problems';

type LineOf = (path: readonly (string | number)[]) => number | undefined;

/** Problems with the ids of a parsed list's items. */
export function listItemProblems(items: readonly unknown[], file: string, lineOf: LineOf = () => undefined): Problem[] {
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  const at = (path: (string | number)[]) => {
    const line = lineOf(path);
    return line === undefined ? {} : { line };
  };
  for (const [index, item] of items.entries()) {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || id === '') {
      problems.push(problem('list-item-id', { file, ...at([index]), field: `[${index}].id`, value: id }));
      continue;
    }
    if (seen.has(id)) {
      problems.push(
        problem('duplicate-id', { file, ...at([index, 'id']), field: `[${index}].id`, value: id }, { kind: 'list-item', id, earlierItem: seen.get(id)! + 1 }),
      );
      continue;
    }
    seen.set(id, index);
  }
  return problems;
}
