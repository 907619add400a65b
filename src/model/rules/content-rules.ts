// Rules across entries that a single schema cannot see: one strategy and one entry point per
// municipality, interview answers that name a known question, no interview related to itself,
// and pages that must have text.
import type { PlainEntry } from '../entry';
import type { Problem } from '../problem';
import { problem } from '../problems';
import { sharedTermForms } from './term-rules';
import { factsNewerThanSources } from './sources';
import { COLLECTIONS, oneFields, onlyOne, specOf, type CollectionSpec } from '../registry';

import { answersOf, hasAnswerTag } from '../parse/answers';
import { parsePage, type TreeNode } from '../parse/page';

export { answeredQuestions } from '../parse/answers';

function onePerMunicipality(entries: readonly PlainEntry[], collection: string, field: string, noun: string): Problem[] {
  const first = new Map<string, PlainEntry>();
  const problems: Problem[] = [];
  // The file named after its municipality (strategier/kolding.mdx) is the rightful one; the other is reported.
  const candidates = entries.filter((e) => e.collection === collection).sort((a, b) => Number(b.id === b.data[field]) - Number(a.id === a.data[field]));
  for (const e of candidates) {
    const municipality = String(e.data[field]);
    const earlier = first.get(municipality);
    if (earlier) {
      problems.push(problem('one-per-municipality', { file: e.filePath, field, value: municipality }, { noun, field, earlier: earlier.filePath }));
    } else first.set(municipality, e);
  }
  return problems;
}

/** True when a parsed page shows nothing: only blank text, comments, MDX comments or imports (from its one parse). */
function showsNothing(node: TreeNode): boolean {
  if (node.type === 'text') return (node.value ?? '').trim() === '';
  if (node.type === 'element' || node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return false;
  return (node.children ?? []).every(showsNothing);
}

/** True when a Markdown/MDX body has no text: only blank lines, comments or imports. A body that does not parse is not empty (its syntax error is reported). */
export function isEmptyBody(body: string, isMdx = true): boolean {
  const { tree } = parsePage(body, isMdx);
  return tree !== undefined && showsNothing(tree);
}

/** The one empty-page rule: every collection whose registry row says `bodyRequired`. */
function emptyBodies(entries: readonly PlainEntry[]): Problem[] {
  return entries
    .filter((e) => (specOf(e.collection) as CollectionSpec).bodyRequired && e.body !== undefined && isEmptyBody(e.body, e.filePath.endsWith('.mdx')))
    .map((e) => problem('empty-page', { file: e.filePath }));
}

export function checkContentRules(entries: readonly PlainEntry[]): Problem[] {
  const questionIds = new Set(entries.filter((e) => e.collection === 'questions').map((e) => e.id));
  const problems = [
    // Every reference to a municipality the registry marks `one` (a strategy's, an entry point's).
    ...COLLECTIONS.flatMap((c: CollectionSpec) => oneFields(c, 'municipalities').flatMap((f) => onePerMunicipality(entries, c.name, f, onlyOne(c.noun)))),
    ...emptyBodies(entries),
    ...sharedTermForms(entries),
    ...factsNewerThanSources(entries),
  ];
  for (const e of entries) {
    if (e.collection !== 'interviews') continue;
    const related = (e.data['related'] as string[] | undefined) ?? [];
    related.forEach((r, i) => {
      if (r === e.id) {
        problems.push(problem('self-related', { file: e.filePath, field: `related[${i}]`, value: r }));
      }
    });
    const answers = answersOf(e.body ?? '');
    const answered = answers.map((a) => a.question);
    // <Answer> tags without a plain question="…" are reported by src/model/rules/mdx-safety.ts.
    if (answered.length === 0 && !hasAnswerTag(parsePage(e.body ?? '', true).tree)) {
      problems.push(problem('no-answers', { file: e.filePath }));
    }
    const seen = new Set<string>();
    for (const { question: q, line } of answers) {
      const at = line !== undefined ? { line } : {};
      if (!questionIds.has(q)) {
        problems.push(problem('unknown-question', { file: e.filePath, ...at, field: '<Answer question>', value: q }, { question: q }));
      } else if (seen.has(q)) {
        problems.push(problem('answered-twice', { file: e.filePath, ...at, field: '<Answer question>', value: q }, { question: q }));
      }
      seen.add(q);
    }
  }
  return problems;
}
