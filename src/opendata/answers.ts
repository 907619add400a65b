// The answers of an interview's MDX body, as plain text per standard question, for the open-data
// download `interviewsvar`: read from the interview's one parse (src/model/parse/answers.ts), the
// same answers the check accepted and the pages show.
import { answersOf as parsedAnswers, answerText } from '../model';

export function answersOf(body: string): { question: string; text: string }[] {
  return parsedAnswers(body).map((a) => ({ question: a.question, text: answerText(a) }));
}
