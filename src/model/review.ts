// Warnings, not errors: pages past their review date (reviewBy), and the pages whose facts are
// oldest (factsAsOf), so editors know what to read through next.
import { isoDay } from './format';
import type { Problem } from './problem';
import { problem } from './problems';
import type { CheckedEntry } from './check';

/** How many of the oldest pages `npm run tjek` lists. */
export const OLDEST_LISTED = 5;

export function reviewWarnings(entries: readonly CheckedEntry[], today: Date, lineOf: (e: CheckedEntry, field: string) => number | undefined): Problem[] {
  const warnings: Problem[] = [];
  const at = (e: CheckedEntry, field: string) => {
    const line = lineOf(e, field);
    return { file: e.filePath, ...(line !== undefined ? { line } : {}), field };
  };
  for (const e of entries) {
    const reviewBy = e.data['reviewBy'];
    if (reviewBy instanceof Date && reviewBy.getTime() < today.getTime()) {
      warnings.push(problem('review-overdue', { ...at(e, 'reviewBy'), value: isoDay(reviewBy) }, { reviewBy, today }));
    }
  }
  const dated = entries
    .filter((e): e is CheckedEntry & { data: { factsAsOf: Date } } => e.data['factsAsOf'] instanceof Date)
    .sort((a, b) => a.data.factsAsOf.getTime() - b.data.factsAsOf.getTime() || a.filePath.localeCompare(b.filePath));
  for (const e of dated.slice(0, OLDEST_LISTED)) {
    const reviewed = e.data['reviewed'];
    warnings.push(
      problem(
        'oldest-facts',
        { ...at(e, 'factsAsOf'), value: isoDay(e.data.factsAsOf) },
        { listed: OLDEST_LISTED, factsAsOf: e.data.factsAsOf, today, reviewed: reviewed instanceof Date ? reviewed : undefined },
      ),
    );
  }
  return warnings;
}
