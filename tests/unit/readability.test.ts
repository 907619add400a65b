// LIX (src/model/rules/readability.ts) on known texts, computed by hand, and on the parsed MDX
// tree: markup, link addresses, comments and component tags never count as words.
import fc from 'fast-check';
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { isLongWord, lixWarnings, pageReadability, sentencesOf, wordsOf, type MdastNode } from '../../src/model/rules/readability';

const lixOf = (mdx: string) => pageReadability(mdxToMdast(mdx) as unknown as MdastNode);

describe('LIX of known texts', () => {
  it.each([
    // words, sentences, long words (> 6 letters) → LIX = words/sentences + 100 × long/words, rounded
    ['Kommunen har en indgang. Den hjælper virksomheder.', 7, 2, 4, 61], // 3.5 + 57.1
    ['Vi ses. Tak for i dag.', 6, 2, 0, 3],
    ['Socialøkonomiske virksomheder skaber arbejdspladser.', 4, 1, 3, 79], // "skaber" has six letters: not long
    // A colon ends a sentence in LIX; "bl.a." and "2.0" do not.
    ['Kommunen har bl.a. en strategi 2.0 for socialøkonomi: den gælder til 2020.', 12, 2, 3, 31],
    ['Hvad gør kommunen? Den hjælper! Og den lytter.', 8, 3, 2, 28],
  ])('%s', (text, words, sentences, longWords, lix) => {
    const r = lixOf(text);
    expect({ words: r.words, sentences: r.sentences, longWords: r.longWords, lix: r.lix }).toEqual({ words, sentences, longWords, lix });
  });

  it('ends a sentence at the end of each heading, list item and table cell', () => {
    const r = lixOf('## Om kommunen\n\n- første punkt\n- andet punkt\n\n| a | b |\n| --- | --- |\n| ja tak | nej tak |\n');
    expect(r.sentences).toBe(1 + 2 + 2 + 2);
    expect(r.words).toBe(2 + 4 + 2 + 4);
  });

  it('counts no markup: links, emphasis, comments, components and HTML give the same LIX as the plain text', () => {
    const plain = lixOf('Aalborg Kommune har én indgang.\n\nDen hjælper socialøkonomiske virksomheder.\n');
    const marked = lixOf(
      [
        '{/* En kommentar med mange lange ord: kommunalbestyrelsesmedlemmer */}',
        '',
        '<Answer question="indgang">',
        '',
        '[Aalborg Kommune](/kommuner/aalborg/) har **én** indgang.',
        '',
        '</Answer>',
        '',
        'Den hjælper <abbr title="socialøkonomiske virksomheder">socialøkonomiske</abbr> virksomheder.',
        '',
      ].join('\n'),
    );
    expect(marked).toEqual({ ...plain, longestSentence: { ...plain.longestSentence!, line: marked.longestSentence!.line } });
  });

  it('names the longest sentence and the line its block starts on', () => {
    const r = lixOf('Kort.\n\nDette er den længste sætning på hele siden. Kort igen.\n');
    expect(r.longestSentence).toEqual({ text: 'Dette er den længste sætning på hele siden.', words: 8, line: 3 });
  });

  it('gives 0 for a page without words', () => {
    expect(lixOf('{/* kun en kommentar */}\n').lix).toBe(0);
  });

  it('counts letters only when it decides whether a word is long', () => {
    expect(wordsOf('Det er 10.000 kr., ikke 2.000!')).toEqual(['Det', 'er', '10.000', 'kr', 'ikke', '2.000']);
    expect(['iværksætter', 'indgang', 'kommune', 'fleksjob', 'CVR-nummer'].map(isLongWord)).toEqual([true, true, true, true, true]);
    expect(['strategi', 'SØV', '1234567', 'netværk'].map(isLongWord)).toEqual([true, false, false, true]);
    expect(sentencesOf('Første: anden. Tredje')).toEqual(['Første:', 'anden.', 'Tredje']);
  });
});

describe('LIX, properties', () => {
  const word = fc.stringMatching(/^[a-zæøå]{1,12}$/);
  // Sentences start with a capital letter, as Danish text does (after "." a lowercase word continues the sentence: "bl.a. kommunen").
  const sentence = fc.array(word, { minLength: 1, maxLength: 15 }).map((w) => `${w.join(' ').replace(/^./, (c) => c.toUpperCase())}.`);
  const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((s) => s.join(' '));
  const page = fc.array(paragraph, { minLength: 1, maxLength: 5 }).map((p) => p.join('\n\n'));

  it('matches the formula on the words and sentences it counts', () => {
    fc.assert(
      fc.property(page, (text) => {
        const r = lixOf(text);
        const sentences = text.split(/\.\s*/).filter(Boolean);
        const words = sentences.flatMap((s) => s.split(' '));
        expect(r.sentences).toBe(sentences.length);
        expect(r.words).toBe(words.length);
        expect(r.longWords).toBe(words.filter((w) => w.length > 6).length);
        expect(r.lix).toBe(Math.round(words.length / sentences.length + (100 * r.longWords) / words.length));
      }),
    );
  });

  it('does not change when the same text is repeated or wrapped in emphasis and links', () => {
    fc.assert(
      fc.property(page, (text) => {
        const r = lixOf(text);
        expect(lixOf(`${text}\n\n${text}`).lix).toBe(r.lix);
        const marked = text.replace(/([a-zæøåA-ZÆØÅ]+)/g, (w, _m, i: number) => (i % 3 ? `*${w}*` : `[${w}](/guide/)`));
        expect(lixOf(marked).lix).toBe(r.lix);
      }),
    );
  });
});

describe('LIX warnings', () => {
  const page = {
    file: 'content/guide/x.mdx',
    lix: 60,
    words: 20,
    sentences: 2,
    longWords: 10,
    longestSentence: { text: 'En lang sætning.', words: 12, line: 9 },
  };

  it('warns above the limit, at the longest sentence, and names it', () => {
    const [w] = lixWarnings([page], 55);
    expect(w).toMatchObject({ file: page.file, line: 9, code: 'lix-high', value: 60 });
    expect(w!.message).toBe('Teksten er svær at læse: LIX 60, og grænsen er 55. Der er 10,0 ord pr. sætning, og 50 % af ordene er lange (over 6 bogstaver).');
    expect(w!.hint).toContain('Den længste sætning har 12 ord: "En lang sætning."');
  });

  it('does not warn at or below the limit', () => {
    expect(lixWarnings([page], 60)).toEqual([]);
    expect(lixWarnings([{ ...page, lix: 10 }], 55)).toEqual([]);
  });

  it('cuts a very long sentence in the warning', () => {
    const text = `${'ord '.repeat(200)}slut.`;
    const [w] = lixWarnings([{ ...page, longestSentence: { text, words: 201, line: 1 } }], 55);
    expect(w!.hint!.length).toBeLessThan(400);
    expect(w!.hint).toContain(' …"');
  });
});
