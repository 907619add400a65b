// CSV for Danish Excel: BOM, semicolons, quoting, CRLF; and it reads back through a real CSV parser.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/opendata/csv';
import { answersOf } from '../../src/opendata/answers';

describe('toCsv', () => {
  const csv = toCsv(
    ['id', 'navn', 'tekst', 'liste', 'tal', 'ja'],
    [
      { id: 'aeroe', navn: 'Ærø', tekst: 'Kolon: semikolon; "citat"\nny linje', liste: ['en-indgang', 'indkoeb'], tal: 200, ja: true },
      { id: 'koebenhavn', navn: 'København', tekst: ' mellemrum ', liste: [], tal: undefined, ja: false },
    ],
  );

  it('starts with a byte-order mark and uses ; and CRLF', () => {
    expect(csv.startsWith('\uFEFFid;navn;tekst;liste;tal;ja\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('round-trips through csv-parse with æ, ø and å intact', () => {
    const rows = parse<Record<string, string>>(csv, { bom: true, delimiter: ';', columns: true });
    expect(rows).toEqual([
      { id: 'aeroe', navn: 'Ærø', tekst: 'Kolon: semikolon; "citat"\nny linje', liste: 'en-indgang, indkoeb', tal: '200', ja: 'ja' },
      { id: 'koebenhavn', navn: 'København', tekst: ' mellemrum ', liste: '', tal: '', ja: 'nej' },
    ]);
  });
});

describe('toCsv: no spreadsheet formulas (OWASP CSV injection)', () => {
  it.each(['=1+2', '+45 12 34 56 78', '-2+3', '@SUM(A1:A9)', '\t=1', '\r=1', '  =HYPERLINK("https://evil.example")'])(
    '%j reads back as text with a leading apostrophe',
    (value) => {
      const [row] = parse<Record<string, string>>(toCsv(['v'], [{ v: value }]), { bom: true, delimiter: ';', columns: true });
      expect(row!['v']).toBe(`'${value}`);
    },
  );
  it('leaves numbers, lists and other text alone', () => {
    const [row] = parse<Record<string, string>>(toCsv(['a', 'b', 'c'], [{ a: -3, b: 'a=b', c: ['x', '=y'] }]), { bom: true, delimiter: ';', columns: true });
    expect(row).toEqual({ a: '-3', b: 'a=b', c: 'x, =y' });
  });
});

describe('interview answers as plain text', () => {
  it('keeps link text and drops Markdown marks and comments', () => {
    const body = '<Answer question="strategi">\n\nSe [Aalborg Kommune](/kommuner/aalborg/) og **fed** _kursiv_.\n\n- et punkt\n\n{/* note */}\n\n</Answer>\n';
    expect(answersOf(body)).toEqual([{ question: 'strategi', text: 'Se Aalborg Kommune og fed kursiv.\n\n– et punkt' }]);
  });
  it('finds each <Answer> with its question id, in order', () => {
    const body =
      'Intro\n\n<Answer question="strategi">\n\nJa.\n\n</Answer>\n\n{/* <Answer question="gammel">x</Answer> */}\n<Answer question="formaal">\n\nFlere job.\n\n</Answer>';
    expect(answersOf(body)).toEqual([
      { question: 'strategi', text: 'Ja.' },
      { question: 'formaal', text: 'Flere job.' },
    ]);
  });
});
