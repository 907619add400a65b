// Finding one answer's Markdown in an interview body, for the page that compares answers.
import { describe, expect, it } from 'vitest';
import { answerMarkdown } from '../../src/lib/answer-html';

const body = `## Om interviewet

Tekst.

<Answer question="strategi">

Vi har **ingen** fast strategi.

</Answer>

{/* <Answer question="formaal">gammelt svar</Answer> */}

<Answer question="formaal">
At skabe job.
</Answer>
`;

describe('answerMarkdown', () => {
  it.each([
    ['strategi', 'Vi har **ingen** fast strategi.'],
    ['formaal', 'At skabe job.'],
    ['indkoeb', undefined],
  ])('%s', (question, expected) => expect(answerMarkdown(body, question)).toBe(expected));
});
