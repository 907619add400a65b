// The catalogue's section for warnings about review dates and readability (src/model/review.ts,
// rules/readability.ts).
import { formatDate, isoDay } from '../format';
import { entry } from './define';

const DAY_MS = 86_400_000;

/** How long ago a date was, in Danish (`12 dage`, `3 måneder`, `2 år`). */
function age(from: Date, today: Date): string {
  const days = Math.floor((today.getTime() - from.getTime()) / DAY_MS);
  if (days < 60) return `${days} ${days === 1 ? 'dag' : 'dage'}`;
  const years = Math.floor(days / 365.25);
  if (years < 1) return `${Math.floor(days / 30.44)} måneder`;
  return `${years} år`;
}

export const REVIEW = {
  'review-overdue': entry<{ reviewBy: Date; today: Date }>({
    title: 'Siden skulle have været gennemlæst',
    message: ({ reviewBy, today }) =>
      `Siden skulle have været gennemlæst senest ${formatDate(reviewBy)} (${age(reviewBy, today)} siden). Siden viser læserne, at den er forældet.`,
    hint: ({ today }) =>
      `Læs siden igennem og ret det, der er forældet. Skriv så dagens dato i reviewed (reviewed: ${isoDay(today)}) og en ny dato i reviewBy.`,
  }),
  'oldest-facts': entry<{ listed: number; factsAsOf: Date; today: Date; reviewed?: Date | undefined }>({
    title: 'Blandt de ældste sider',
    message: ({ listed, factsAsOf, today, reviewed }) =>
      `Blandt de ${listed} ældste sider: oplysningerne er fra ${formatDate(factsAsOf)} (${age(factsAsOf, today)} gamle)${reviewed ? `, senest gennemlæst ${formatDate(reviewed)}` : ', aldrig gennemlæst'}.`,
    hint: 'Tjek om oplysningerne stadig gælder. Når siden er opdateret med nyere fakta, så ret factsAsOf til datoen for de nye oplysninger.',
  }),
  'lix-high': entry<{ lix: number; limit: number; perSentence: string; share: number; longest?: { words: number; quote: string } | undefined }>({
    title: 'Teksten er svær at læse',
    message: ({ lix, limit, perSentence, share }) =>
      `Teksten er svær at læse: LIX ${lix}, og grænsen er ${limit}. Der er ${perSentence} ord pr. sætning, og ${share} % af ordene er lange (over 6 bogstaver).`,
    hint: ({ longest }) =>
      `Del lange sætninger op, og skriv kortere ord, hvor du kan.${longest ? ` Den længste sætning har ${longest.words} ord: "${longest.quote}"` : ''}`,
  }),
};
