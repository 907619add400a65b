import { describe, expect, it } from 'vitest';
import { answeredQuestions, checkContentRules } from '../../src/model/rules/content-rules';
import { entry, sampleEntries, withChange } from './fixtures';

describe('answeredQuestions', () => {
  it.each([
    ['<Answer question="strategi">x</Answer>', ['strategi']],
    ['<Answer question=\'a\'>\n\n</Answer>\n<Answer  question="b">', ['a', 'b']],
    ['Ingen svar', []],
  ])('%j → %j', (body, ids) => expect(answeredQuestions(body)).toEqual(ids));
});

describe('checkContentRules', () => {
  it('accepts the sample set', () => expect(checkContentRules(sampleEntries())).toEqual([]));

  it.each([
    [
      'two strategies for one municipality',
      [...sampleEntries(), entry('strategies', 'kolding-2', { municipality: 'kolding', sources: [] })],
      /allerede én strategi i content\/strategies\/kolding/,
    ],
    ['two entry points for one municipality', [...sampleEntries(), entry('entryPoints', 'aalborg-2', { municipality: 'aalborg' })], /allerede én indgang/],
    ['an interview related to itself', withChange(sampleEntries(), 'interviews', 'aalborg-2018', { related: ['aalborg-2018'] }), /relateret til sig selv/],
    [
      'an answer to an unknown question',
      [...sampleEntries(), entry('interviews', 'x', { municipality: 'aalborg' }, '<Answer question="strateg">')],
      /"strateg" findes ikke/,
    ],
    ['an interview without answers', [...sampleEntries(), entry('interviews', 'x', { municipality: 'aalborg' }, 'Tekst')], /ingen svar/],
    [
      'a question answered twice',
      [...sampleEntries(), entry('interviews', 'x', { municipality: 'aalborg' }, '<Answer question="strategi"><Answer question="strategi">')],
      /besvaret to gange/,
    ],
  ])('rejects %s', (_, entries, message) => {
    const problems = checkContentRules(entries);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(message);
  });
});
