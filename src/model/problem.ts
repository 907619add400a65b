// The one error type for bad editor input: file, field, bad value, and how to fix it. The model
// makes a `Problem`, whose message and hint are the catalogue's text (`ProblemText`,
// src/model/problems.ts), with `problem(code, where, params)`, never written out by hand; readers
// (summaries, the build, tests) see it as a `ContentProblem`, its text as plain strings.
import type { ProblemCode, ProblemText } from './problems';

export type { ProblemCode };
export interface ContentProblem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** The field (dotted path), when the problem is in one field. */
  field?: string;
  /** The offending value, when there is one. */
  value?: unknown;
  /** What is wrong, in Danish. */
  message: string;
  /** How to fix it, in Danish. */
  hint?: string;
  /** 1-based line, where known. */
  line?: number;
  /** What kind of problem, for code that reacts to it (never match on the Danish wording). */
  code: ProblemCode;
  /** For a problem about another entry (`unknown-reference`): the `collection/id` or site page path it names. */
  target?: string;
  /** Other files with the same problem (the same missing id), shown under this one instead of each on its own. */
  alsoIn?: string[];
  /** References elsewhere that fail because of this problem (the file that would have been their target). */
  followOns?: string[];
}

/** A problem as the model makes it: its message and hint are the catalogue's (only `problem()` in src/model/problems.ts makes one). */
export interface Problem extends ContentProblem {
  message: ProblemText;
  hint?: ProblemText;
}

export function formatProblem(p: ContentProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const parts = [`${where}`];
  if (p.field) parts.push(`  felt: ${p.field}`);
  if (p.value !== undefined) parts.push(`  værdi: ${JSON.stringify(p.value)}`);
  parts.push(`  fejl: ${p.message}`);
  if (p.hint) parts.push(`  tip: ${p.hint}`);
  if (p.alsoIn?.length) parts.push(`  også i: ${p.alsoIn.join(', ')}`);
  if (p.followOns?.length) parts.push(`  derfor fejler også henvisningen i: ${p.followOns.join(', ')}`);
  return parts.join('\n');
}

/**
 * The one error class for invalid content ("Indholdsfejl"): thrown by the parsers (and caught as
 * problems by the check), by the build's Markdown safety plugin and by the page loader. Its
 * message lists every problem, or is the given Danish text; it carries no stack trace, since the
 * message is the whole story for an editor.
 */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(
    problems: Problem[],
    message = `${problems.length} fejl i indholdet — rettes, før sitet kan bygges:\n\n${problems.map(formatProblem).join('\n\n')}`,
  ) {
    super(message);
    this.name = 'Indholdsfejl';
    this.problems = problems;
    this.stack = `${this.name}: ${message}`;
  }
}

/** One problem under its file's heading: where in the file, then what is wrong and how to fix it. */
export function formatProblemInFile(p: ContentProblem, label = 'fejl'): string {
  const where = [
    p.line ? `linje ${p.line}` : undefined,
    p.field ? `felt: ${p.field}` : undefined,
    p.value !== undefined ? `værdi: ${JSON.stringify(p.value)}` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  const lines = [`  ${label}${where ? ` – ${where}` : ''}`, `    ${p.message}`];
  if (p.hint) lines.push(`    tip: ${p.hint}`);
  if (p.alsoIn?.length) lines.push(`    samme fejl også i: ${p.alsoIn.join(', ')}`);
  if (p.followOns?.length) lines.push(`    derfor fejler også henvisningen hertil i: ${p.followOns.join(', ')}`);
  return lines.join('\n');
}

/** Problems grouped by file (files in path order, problems in line order): each file with its problems' lines. */
export function problemsByFile(problems: readonly ContentProblem[], label = 'fejl'): { file: string; text: string }[] {
  const byFile = new Map<string, ContentProblem[]>();
  for (const p of problems) {
    if (!byFile.has(p.file)) byFile.set(p.file, []);
    byFile.get(p.file)!.push(p);
  }
  return [...byFile.keys()]
    .sort((a, b) => a.localeCompare(b))
    .map((file) => {
      const list = byFile.get(file)!.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
      return { file, text: list.map((p) => formatProblemInFile(p, label)).join('\n') };
    });
}

/** Problems grouped by file, each file named once above its problems. */
export function formatProblemsByFile(problems: readonly ContentProblem[], label = 'fejl'): string {
  return problemsByFile(problems, label)
    .map(({ file, text }) => `${file}\n${text}`)
    .join('\n\n');
}
