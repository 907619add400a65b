// Warnings, not errors: pages past their review date (reviewBy), and the pages whose facts are
// oldest (factsAsOf), so editors know what to read through next.
import { formatDate, isoDay } from './format';
import type { ContentProblem } from './problem';
import type { CheckedEntry } from './check';

/** How many of the oldest pages `npm run tjek` lists. */
export const OLDEST_LISTED = 5;

const DAY_MS = 86_400_000;

function age(from: Date, today: Date): string {
  const days = Math.floor((today.getTime() - from.getTime()) / DAY_MS);
  if (days < 60) return `${days} ${days === 1 ? 'dag' : 'dage'}`;
  const years = Math.floor(days / 365.25);
  if (years < 1) return `${Math.floor(days / 30.44)} måneder`;
  return `${years} år`;
}

export function reviewWarnings(
  entries: readonly CheckedEntry[],
  today: Date,
  lineOf: (e: CheckedEntry, field: string) => number | undefined,
): ContentProblem[] {
  const warnings: ContentProblem[] = [];
  const at = (e: CheckedEntry, field: string) => {
    const line = lineOf(e, field);
    return { file: e.filePath, ...(line !== undefined ? { line } : {}), field };
  };
  for (const e of entries) {
    const reviewBy = e.data['reviewBy'];
    if (reviewBy instanceof Date && reviewBy.getTime() < today.getTime()) {
      warnings.push({
        ...at(e, 'reviewBy'),
        code: 'review-overdue',
        value: isoDay(reviewBy),
        message: `Siden skulle have været gennemlæst senest ${formatDate(reviewBy)} (${age(reviewBy, today)} siden). Siden viser læserne, at den er forældet.`,
        hint: `Læs siden igennem og ret det, der er forældet. Skriv så dagens dato i reviewed (reviewed: ${isoDay(today)}) og en ny dato i reviewBy.`,
      });
    }
  }
  const dated = entries
    .filter((e): e is CheckedEntry & { data: { factsAsOf: Date } } => e.data['factsAsOf'] instanceof Date)
    .sort((a, b) => a.data.factsAsOf.getTime() - b.data.factsAsOf.getTime() || a.filePath.localeCompare(b.filePath));
  for (const e of dated.slice(0, OLDEST_LISTED)) {
    const reviewed = e.data['reviewed'];
    warnings.push({
      ...at(e, 'factsAsOf'),
      code: 'oldest-facts',
      value: isoDay(e.data.factsAsOf),
      message: `Blandt de ${OLDEST_LISTED} ældste sider: oplysningerne er fra ${formatDate(e.data.factsAsOf)} (${age(e.data.factsAsOf, today)} gamle)${reviewed instanceof Date ? `, senest gennemlæst ${formatDate(reviewed)}` : ', aldrig gennemlæst'}.`,
      hint: 'Tjek om oplysningerne stadig gælder. Når siden er opdateret med nyere fakta, så ret factsAsOf til datoen for de nye oplysninger.',
    });
  }
  return warnings;
}
