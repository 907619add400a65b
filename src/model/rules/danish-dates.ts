// Dates written the Danish way (1/9-2018, 1.9.2018, 01-09-2018, 1. september 2018, 1. sep. 2018,
// september 2018) read as the ISO date the content needs, so a message can say "Mente du
// 2018-09-01?". Only unambiguous forms: day before month, a four-digit year, a day that exists.
// Month names come from the same Danish date formatting the site uses (Intl, da-DK).
import { isCalendarDay } from '../yaml';

const monthName = new Intl.DateTimeFormat('da-DK', { month: 'long', timeZone: 'UTC' });
/** januar … december, and their first three letters (jan, feb, …), to the month's number. */
const MONTHS = new Map<string, number>(
  Array.from({ length: 12 }, (_, i) => monthName.format(new Date(Date.UTC(2020, i, 1))).toLowerCase()).flatMap((name, i) => [
    [name, i + 1],
    [name.slice(0, 3), i + 1],
  ]),
);

const NUMERIC = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})$/;
const WORDS = /^(?:(\d{1,2})\.?\s+)?(\p{L}+)\.?\s+(\d{4})$/u;

const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO date (YYYY-MM-DD) a Danish-style date means, or undefined when it is not one. */
export function danishDate(text: string): string | undefined {
  const value = text.trim().replace(/\s+/g, ' ');
  let day: number;
  let month: number | undefined;
  let year: number;
  const numeric = NUMERIC.exec(value);
  const words = numeric ? undefined : WORDS.exec(value);
  if (numeric) {
    [day, month, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
  } else if (words) {
    month = MONTHS.get(words[2]!.toLowerCase());
    // "september 2018": only the month is known, and the content's rule is the 1st of the month.
    [day, year] = [words[1] ? Number(words[1]) : 1, Number(words[3])];
  } else return undefined;
  if (month === undefined) return undefined;
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return isCalendarDay(iso) ? iso : undefined;
}
