// The one summary `npm run tjek` prints and the build fails with: errors, then warnings, each
// grouped by file, then each page's readability (LIX). One structure, two renderings: plain text
// for terminals and job logs, and Markdown for a pipeline's job summary and its comment on a merge
// request (`npm run tjek -- --markdown-fil <fil>`). Both carry the same Danish wording.
import { count, problemsByFile } from '../model';
import type { CheckResult } from '../model';

function fileCount(problems: CheckResult['errors']): number {
  return new Set(problems.map((p) => p.file)).size;
}

/** The headline: "2 fejl i 1 fil og 3 advarsler" or "ingen fejl". */
export function headline(result: Pick<CheckResult, 'errors' | 'warnings'>): string {
  const { errors, warnings } = result;
  const e = errors.length ? `${count(errors.length, 'fejl', 'fejl')} i ${count(fileCount(errors), 'fil', 'filer')}` : 'ingen fejl';
  const w = warnings.length ? ` og ${count(warnings.length, 'advarsel', 'advarsler')}` : '';
  return e + w;
}

export interface SummaryOptions {
  /** How long the check took, shown in the first line. */
  seconds?: number;
  /** false: errors only (the build, `--uden-advarsler`): no warnings and no readability. */
  warnings?: boolean;
}

/** The summary as data: what both renderings show. */
interface Summary {
  title: string;
  /** Problems grouped by file, under a heading. */
  sections: { heading: string; files: { file: string; text: string }[] }[];
  /** Each page's readability, highest first: the heading and one row per page. */
  readability?: { heading: string; columns: [string, string, string]; rows: [string, string, string][] };
  footer?: string;
}

function summarise(result: CheckResult, options: SummaryOptions): Summary {
  const withWarnings = options.warnings !== false;
  const time = options.seconds !== undefined ? ` på ${options.seconds.toFixed(1).replace('.', ',')} s` : '';
  const summary: Summary = {
    title: `Tjek af indholdet: ${headline(withWarnings ? result : { errors: result.errors, warnings: [] })} (${count(result.files, 'fil', 'filer')} tjekket${time}).`,
    sections: [],
  };
  if (result.errors.length) summary.sections.push({ heading: 'FEJL – skal rettes, før sitet kan bygges:', files: problemsByFile(result.errors, 'fejl') });
  if (withWarnings && result.warnings.length)
    summary.sections.push({ heading: 'ADVARSLER – sitet kan bygges, men kig på dem:', files: problemsByFile(result.warnings, 'advarsel') });
  const pages = result.readability;
  if (withWarnings && pages.length) {
    const sorted = [...pages].sort((a, b) => b.lix - a.lix || a.file.localeCompare(b.file));
    summary.readability = {
      heading: `LÆSBARHED (LIX) – pr. side, sværeste først.${result.lixLimit !== undefined ? ` Over ${result.lixLimit} giver en advarsel (grænsen står i src/site.config.ts).` : ''}`,
      columns: ['LIX', 'ord pr. sætning', 'side'],
      rows: sorted.map((p) => [String(p.lix), (p.words / Math.max(p.sentences, 1)).toFixed(1).replace('.', ','), p.file]),
    };
  }
  if (result.errors.length) summary.footer = 'Sådan læser du en fejlbesked: se docs/redaktoer-guide.md.';
  return summary;
}

/** The summary as plain text: for the terminal and a pipeline's job log. */
export function formatSummary(result: CheckResult, options: SummaryOptions = {}): string {
  const s = summarise(result, options);
  const parts = [s.title];
  for (const section of s.sections) parts.push(`${section.heading}\n\n${section.files.map(({ file, text }) => `${file}\n${text}`).join('\n\n')}`);
  if (s.readability) {
    const width = Math.max(...s.readability.rows.map((r) => r[0].length), 3);
    parts.push(
      `${s.readability.heading}\n\n${s.readability.rows.map(([lix, perSentence, file]) => `  ${lix.padStart(width)}  ${file} (${perSentence} ord pr. sætning)`).join('\n')}`,
    );
  }
  if (s.footer) parts.push(s.footer);
  return parts.join('\n\n');
}

/** A fence longer than any run of backticks in the text, so the text cannot end the block. */
function fence(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(longest + 1);
}

/** Characters GitHub allows in one comment (65,536), less room for the note on what was left out. */
const MARKDOWN_LIMIT = 60_000;

/** The summary in Markdown: for a pipeline's job summary and its comment on a merge request. */
export function formatSummaryMarkdown(result: CheckResult, options: SummaryOptions = {}): string {
  const s = summarise(result, options);
  const parts = [`### ${result.errors.length ? '❌' : '✅'} ${s.title}`];
  for (const section of s.sections) {
    parts.push(`#### ${section.heading}`);
    for (const { file, text } of section.files) {
      const f = fence(text);
      parts.push(`**\`${file}\`**\n\n${f}text\n${text}\n${f}`);
    }
  }
  if (s.readability) {
    const { heading, columns, rows } = s.readability;
    const cell = (v: string) => v.replace(/\|/g, '\\|');
    parts.push(
      `<details><summary>${heading}</summary>\n\n| ${columns.join(' | ')} |\n| ---: | ---: | --- |\n${rows.map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n')}\n\n</details>`,
    );
  }
  if (s.footer) parts.push(s.footer);
  // Whole blocks only, so a long report is never cut inside a code block.
  let length = 0;
  const kept = parts.filter((part) => (length += part.length + 2) <= MARKDOWN_LIMIT);
  if (kept.length < parts.length) kept.push('… Resten af rapporten står i jobbets log.');
  const text = kept.join('\n\n');
  return `${text}\n`;
}
