// Download: interview answers by standard question id, as plain text.
import { entryPath } from '../../model';
import { z } from 'astro/zod';
import { isoDay } from '../../lib/format';
import { descriptionOf } from '../../schemas/json-schema';
import { interviewSchema } from '../../schemas/interview';
import { questionSchema } from '../../schemas/question';
import { answersOf } from '../answers';
import { type Dataset } from '../dataset';
import { day, fields } from '../fields';

const answerRecord = z.strictObject({
  interview: fields.id.meta({ description: 'Interviewets id, fx "aalborg-2018-09".' }),
  municipalityCode: fields.municipalityCode,
  municipality: fields.municipalityName,
  date: day(descriptionOf(interviewSchema.shape.date) ?? 'Datoen for interviewet.'),
  question: questionSchema.shape.id,
  questionText: questionSchema.shape.text,
  answer: z.string().min(1).meta({ description: 'Svaret som ren tekst (uden formatering og links; se siden for dem).' }),
  url: fields.url.meta({ description: 'Svaret på interviewets side.' }),
});
type AnswerRecord = z.infer<typeof answerRecord>;

export const answers: Dataset<AnswerRecord> = {
  name: 'interviewsvar',
  title: 'Interviewsvar',
  record: 'én række pr. svar: et interview og et af de faste spørgsmål',
  description: 'Kommunernes svar på de samme faste statusspørgsmål, så svarene kan sammenlignes på tværs af kommuner og år.',
  schema: answerRecord,
  rows: (site, url) =>
    [...site.interviews]
      .sort((a, b) => a.id.localeCompare(b.id))
      .flatMap((e) => {
        const muni = site.get('municipalities', e.data.municipality).data;
        return answersOf(e.body ?? '').map((a) => ({
          interview: e.id,
          municipalityCode: muni.code,
          municipality: muni.name,
          date: isoDay(e.data.date),
          question: a.question,
          questionText: site.get('questions', a.question).data.text,
          answer: a.text,
          url: url(`${entryPath('interviews', e.id)}/#${a.question}`),
        }));
      }),
  csvColumns: ['interview', 'municipalityCode', 'municipality', 'date', 'question', 'questionText', 'answer', 'url'],
};
