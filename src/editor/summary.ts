// The one summary `npm run tjek` prints and the build fails with: errors, then warnings, each
// grouped by file.
import { count, formatProblemsByFile } from '../model';
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

export function formatSummary(result: CheckResult, options: { seconds?: number; warnings?: boolean } = {}): string {
  const parts: string[] = [];
  const time = options.seconds !== undefined ? ` på ${options.seconds.toFixed(1).replace('.', ',')} s` : '';
  parts.push(
    `Tjek af indholdet: ${headline(options.warnings === false ? { errors: result.errors, warnings: [] } : result)} (${count(result.files, 'fil', 'filer')} tjekket${time}).`,
  );
  if (result.errors.length) {
    parts.push(`FEJL – skal rettes, før sitet kan bygges:\n\n${formatProblemsByFile(result.errors, 'fejl')}`);
  }
  if (result.warnings.length && options.warnings !== false) {
    parts.push(`ADVARSLER – sitet kan bygges, men kig på dem:\n\n${formatProblemsByFile(result.warnings, 'advarsel')}`);
  }
  if (result.errors.length) parts.push('Sådan læser du en fejlbesked: se docs/redaktoer-guide.md.');
  return parts.join('\n\n');
}
