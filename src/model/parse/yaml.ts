// The one YAML parse of a content file (a YAML record, a YAML list, or an MDX/Markdown page's
// front matter), with the `yaml` package's Document API: exact lines for every field from the
// node ranges (LineCounter), dates kept as text (YAML 1.2 core schema: `2014-12-10` stays a
// string, and the schema checks it), aliases limited (`maxAliasCount`), so a file of nested
// aliases is a Danish error at once instead of a hang. Errors react to the parser's error codes,
// never to its English wording.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { ContentProblem } from '../problem';

export type PathStep = string | number;

/** An alias may repeat a value this many times in all (nested aliases multiply): plenty for content, far below a hang. */
export const MAX_YAML_ALIASES = 100;

export interface ParsedYaml {
  /** The data as plain values (undefined when the text could not be read). */
  value: unknown;
  /** The problem that made the text unreadable, in Danish, with its line in the file. */
  problem?: ContentProblem;
  /** The 1-based line in the file of a field path (`['themes', 1]`), or of the deepest part of it that exists. */
  lineOf: (path: readonly PathStep[]) => number | undefined;
}

const HINT = 'Tjek indrykning (mellemrum, ikke tabulator), kolon efter hvert feltnavn og anførselstegn om tekst med kolon.';

/** Danish wording per error code of the `yaml` package (its `YAMLError.code`). */
const REASONS: Record<string, [string, string?]> = {
  DUPLICATE_KEY: ['Samme felt står to gange.', 'Slet eller omdøb den ene af linjerne.'],
  TAB_AS_INDENT: ['Der er brugt tabulator til indrykning.', 'Indryk med mellemrum (to pr. niveau), ikke tabulator.'],
  BAD_INDENT: [
    'Forkert indrykning, eller en liste i [ … ] eller en gruppe i { … } er ikke lukket korrekt.',
    'Felter på samme niveau skal stå lige under hinanden; luk en liste med ] på samme linje, fx themes: [en-indgang, indkoeb].',
  ],
  MISSING_CHAR: ['Et anførselstegn eller en parentes er ikke lukket.', 'Sæt et anførselstegn i begge ender af teksten, og luk [ med ] og { med }.'],
  MULTILINE_IMPLICIT_KEY: [
    'En linje mangler kolon efter feltnavnet, eller en tekst fortsætter på næste linje uden indrykning.',
    'Skriv "felt: værdi". Lang tekst kan skrives efter "felt: >-" på indrykkede linjer.',
  ],
  BLOCK_AS_IMPLICIT_KEY: ['Forkert indrykning.', 'Felter på samme niveau skal stå lige under hinanden; underfelter indrykkes med to mellemrum.'],
  MULTIPLE_DOCS: ['Filen indeholder flere YAML-dokumenter (en linje med --- midt i filen).', 'Slet linjen med ---, eller del indholdet op i to filer.'],
  UNEXPECTED_TOKEN: ['Uventet tekst, som ikke passer ind i filens struktur.', 'Ofte et kolon i en tekst uden anførselstegn eller en forkert indrykning.'],
  BAD_SCALAR_START: ['En tekst starter med et tegn, der har særlig betydning i YAML (fx @, `, %, | eller >).', 'Sæt teksten i anførselstegn.'],
  BAD_ALIAS: ['En henvisning med * peger på et navn (&navn), der ikke findes.', 'Skriv værdien ud i stedet for *navn.'],
  BAD_DIRECTIVE: ['En linje, der starter med %, er ikke tilladt.', 'Slet linjen, eller sæt teksten i anførselstegn.'],
  TAG_RESOLVE_FAILED: ['En værdi med !-mærke kan ikke læses.', 'Slet mærket (fx !!binary) og skriv værdien som tekst.'],
};

function lineAt(counter: LineCounter, offset: number, lineOffset: number): number {
  return counter.linePos(offset).line + lineOffset;
}

/** The text of one line (1-based, counted in `text`), without its line break. */
function lineText(text: string, counter: LineCounter, line: number): string {
  const start = counter.lineStarts[line - 1] ?? text.length;
  const end = counter.lineStarts[line] ?? text.length;
  return text.slice(start, end).replace('\r', '').replace('\n', '');
}

function syntaxProblem(doc: Document.Parsed, text: string, counter: LineCounter, file: string, lineOffset: number): ContentProblem {
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
    return {
      file,
      line: at.line + lineOffset,
      code: 'yaml-syntax',
      message: 'YAML-syntaksfejl: Teksten indeholder et kolon, og så skal den stå i anførselstegn.',
      hint: `Skriv ${key || 'feltet'}: "${value.replaceAll('"', '\\"')}".`,
    };
  }
  // An indented line under a field with a value: the parser points at the value; the editor's mistake is the next line.
  const line = error.code === 'BLOCK_AS_IMPLICIT_KEY' ? at.line + 1 : at.line;
  const [reason, fix] = REASONS[error.code] ?? ['Filen kan ikke læses som YAML.', undefined];
  return { file, line: line + lineOffset, code: 'yaml-syntax', message: `YAML-syntaksfejl: ${reason}`, hint: `${fix ? `${fix} ` : ''}${HINT}` };
}

function aliasProblem(file: string, line: number | undefined, unresolved: boolean): ContentProblem {
  return {
    file,
    ...(line !== undefined ? { line } : {}),
    code: unresolved ? 'yaml-syntax' : 'yaml-aliases',
    message: unresolved
      ? 'YAML-syntaksfejl: En henvisning med * peger på et navn (&navn), der ikke findes.'
      : `Filen bruger YAML-henvisninger (&navn og *navn) så mange gange, at den ville fylde for meget (grænsen er ${MAX_YAML_ALIASES} gentagelser).`,
    hint: 'Skriv værdierne ud, hvor de skal stå, i stedet for &navn og *navn.',
  };
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
