// A YAML file holding a list of entries with an `id` each (themes, sources, questions,
// synonyms, glossary): an item without an id, or with an id used before, is a problem for the
// editor, in Danish, at the item's line. The YAML itself is parsed once, in src/model/parse/yaml.ts.
import type { ContentProblem } from './problem';

type LineOf = (path: readonly (string | number)[]) => number | undefined;

/** Problems with the ids of a parsed list's items. */
export function listItemProblems(items: readonly unknown[], file: string, lineOf: LineOf = () => undefined): ContentProblem[] {
  const seen = new Map<string, number>();
  const problems: ContentProblem[] = [];
  const at = (path: (string | number)[]) => {
    const line = lineOf(path);
    return line === undefined ? {} : { line };
  };
  for (const [index, item] of items.entries()) {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || id === '') {
      problems.push({ file, ...at([index]), code: 'list-item-id', field: `[${index}].id`, value: id, message: 'Punktet mangler et id.' });
      continue;
    }
    if (seen.has(id)) {
      problems.push({
        file,
        ...at([index, 'id']),
        code: 'duplicate-id',
        field: `[${index}].id`,
        value: id,
        message: `Id'et "${id}" findes allerede (punkt nr. ${seen.get(id)! + 1}).`,
        hint: 'Giv punktet et andet id, eller slet dubletten.',
      });
      continue;
    }
    seen.set(id, index);
  }
  return problems;
}
