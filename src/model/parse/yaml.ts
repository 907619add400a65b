// The one YAML parse of a content file (a YAML record, a YAML list, or an MDX/Markdown page's
// front matter), with the `yaml` package's Document API: exact lines for every field from the
// node ranges (LineCounter), dates kept as text (YAML 1.2 core schema: `2014-12-10` stays a
// string, and the schema checks it), aliases limited (`maxAliasCount`), so a file of nested
// aliases is a Danish error at once instead of a hang. Errors react to the parser's error codes,
// never to its English wording.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { Problem } from '../problem';
import { problem } from '../problems';

export type PathStep = string | number;

/** An alias may repeat a value this many times in all (nested aliases multiply): plenty for content, far below a hang. */
export const MAX_YAML_ALIASES = 100;

export interface ParsedYaml {
  /** The data as plain values (undefined when the text could not be read). */
  value: unknown;
  /** The problem that made the text unreadable, in Danish, with its line in the file. */
  problem?: Problem;
  /** The 1-based line in the file of a field path (`['themes', 1]`), or of the deepest part of it that exists. */
  lineOf: (path: readonly PathStep[]) => number | undefined;
}

function lineAt(counter: LineCounter, offset: number, lineOffset: number): number {
  return counter.linePos(offset).line + lineOffset;
}

/** The text of one line (1-based, counted in `text`), without its line break. */
function lineText(text: string, counter: LineCounter, line: number): string {
  const start = counter.lineStarts[line - 1] ?? text.length;
  const end = counter.lineStarts[line] ?? text.length;
  return text.slice(start, end).replace('\r', '').replace('\n', '');
}

function syntaxProblem(doc: Document.Parsed, text: string, counter: LineCounter, file: string, lineOffset: number): Problem {
  const error = doc.errors[0]!;
  const at = counter.linePos(error.pos[0]);
  const rest = lineText(text, counter, at.line).slice(at.col - 1);
  // `title: Status: 2018`: the parser stops at the second colon; the fix is quotes around the text.
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && (rest.includes(': ') || rest.trimEnd().endsWith(':'))) {
    const whole = lineText(text, counter, at.line);
    const colon = whole.indexOf(':');
    const before = whole.slice(0, colon).trim();
    const key = before.startsWith('-') ? before.slice(1).trim() : before;
    const value = whole.slice(colon + 1).trim();
    return problem('yaml-syntax', { file, line: at.line + lineOffset }, { kind: 'colon-in-text', key, value });
  }
  // An indented line under a field with a value: the parser points at the value; the editor's mistake is the next line.
  const line = error.code === 'BLOCK_AS_IMPLICIT_KEY' ? at.line + 1 : at.line;
  return problem('yaml-syntax', { file, line: line + lineOffset }, { kind: 'parser', code: error.code });
}

function aliasProblem(file: string, line: number | undefined, unresolved: boolean): Problem {
  return unresolved
    ? problem('yaml-syntax', { file, line }, { kind: 'unresolved-alias' })
    : problem('yaml-aliases', { file, line }, { limit: MAX_YAML_ALIASES });
}

/** The node a step leads to, and the offset of the step's own text (a key, or a list item). */
function step(doc: Document.Parsed, node: unknown, s: PathStep): { node: unknown; offset: number } | undefined {
  const target = isAlias(node) ? node.resolve(doc) : node;
  if (isMap(target) && typeof s === 'string') {
    const pair = target.items.find((p) => (isScalar(p.key) ? String(p.key.value) : p.key) === s);
    const key = pair?.key as YamlNode | undefined;
    return pair && key?.range ? { node: pair.value, offset: key.range[0] } : undefined;
  }
  if (isSeq(target) && typeof s === 'number') {
    const item = target.items[s] as YamlNode | undefined;
    return item?.range ? { node: item, offset: item.range[0] } : undefined;
  }
  return undefined;
}

/**
 * Parses YAML text once. `lineOffset` is the number of lines before the text in its file (front
 * matter starts after the opening ---). A syntax error, an unknown alias or too many aliases is a
 * problem in Danish with its line; the value is then undefined.
 */
export function parseYaml(text: string, file: string, lineOffset = 0): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true, version: '1.2', schema: 'core', merge: false });
  const lineOf = (path: readonly PathStep[]): number | undefined => {
    let node: unknown = doc.contents;
    let found: number | undefined;
    for (const s of path) {
      const next = step(doc, node, s);
      if (!next) break;
      found = lineAt(counter, next.offset, lineOffset);
      node = next.node;
    }
    return found;
  };
  if (doc.errors.length) return { value: undefined, problem: syntaxProblem(doc, text, counter, file, lineOffset), lineOf };
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }), lineOf };
  } catch (err) {
    // toJS throws a ReferenceError for an unknown alias and for too many aliases: say which, at the alias.
    const aliases: YamlNode[] = [];
    const visit = (node: unknown): void => {
      if (isAlias(node)) aliases.push(node);
      else if (isMap(node)) {
        for (const p of node.items) {
          visit(p.key);
          visit(p.value);
        }
      } else if (isSeq(node)) for (const item of node.items) visit(item);
    };
    visit(doc.contents);
    if (!aliases.length && !(err instanceof ReferenceError)) throw err;
    const unresolved = aliases.find((a) => isAlias(a) && a.resolve(doc) === undefined);
    const range = (unresolved ?? aliases[0])?.range;
    const first = range ? lineAt(counter, range[0], lineOffset) : undefined;
    return { value: undefined, problem: aliasProblem(file, first, unresolved !== undefined), lineOf };
  }
}
