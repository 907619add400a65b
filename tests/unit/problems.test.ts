// The catalogue of problems (src/model/problems.ts and its sections in src/model/problems/): every
// code has a Danish title and a message that is a whole Danish sentence for any facts its rule can
// pass (a property over every code, with generated facts), every code in it is one the model
// reports, no code is in two sections, and every problem the check reports carries a code the
// catalogue knows. That nothing outside the catalogue makes a problem's text:
// tests/unit/problem-catalogue.test.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROBLEMS, SECTIONS, problem, problemSpec, type ProblemCode, type ProblemParams } from '../../src/model/problems';
import { walkFiles } from '../../src/model/walk';
import { checkSite, fixtureFile, PROJECT_ROOT } from './editor-fixture';

const INITIATIVE = 'content/indsatser/aalborg/startup-cafeer.yaml';
const GUIDE = 'content/guide/en-indgang.mdx';
const INTERVIEW = 'content/interviews/aalborg-2018.mdx';

// Facts as rules pass them: ids, site paths, file names, numbers, dates, short Danish texts.
const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);
const ids = fc.array(id, { maxLength: 3 });
const someIds = fc.array(id, { minLength: 1, maxLength: 3 });
const sitePath = fc.tuple(id, id).map(([a, b]) => `${a}/${b}/`);
const file = fc
  .tuple(fc.constantFrom('guide', 'interviews', 'indsatser/aalborg'), id, fc.constantFrom('.mdx', '.md', '.yaml'))
  .map(([d, n, e]) => `content/${d}/${n}${e}`);
const num = fc.integer({ min: 0, max: 3000 });
const year = fc.integer({ min: 1990, max: 2100 });
const day = fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true });
const iso = day.map((d) => d.toISOString().slice(0, 10));
const text = fc.constantFrom('Aalborg Kommune', 'en kort tekst', 'Status: 2018', 'Socialøkonomi i Kolding', 'x');
const hint = fc.option(fc.constantFrom('Skriv kommunens id, fx aalborg.', 'Skriv datoen som ÅÅÅÅ-MM-DD.'), { nil: undefined });
const description = fc.option(fc.constantFrom('Kommunens id.', 'Datoen, oplysningerne er fra.'), { nil: undefined });
// What an editor typed (lower case, so it cannot spell the markers of a broken template below).
const typed = fc.stringMatching(/^[a-zæøå0-9 :/.-]{0,12}$/);
const value = fc.oneof(typed, fc.integer(), fc.boolean(), fc.constant(null), iso);
const phrase = fc.constantFrom(
  'feltet er tomt',
  'listen skal have mindst 1 punkt',
  'værdien er for lille: mindst 3',
  'skal være en netadresse, der starter med https://',
);
const element = fc.constantFrom('script', 'iframe', 'span', 'img', 'a', 'marquee');
const none = fc.constant({});

/** An arbitrary of the facts each code takes: the mapped type makes this list name every code, with facts of its type. */
const FACTS: { [C in ProblemCode]: fc.Arbitrary<ProblemParams<C>> } = {
  'no-content': fc.record({ empty: fc.boolean() }),
  'file-placement': fc.oneof(
    fc.record({ kind: fc.constant('not-a-data-file' as const), names: someIds, near: fc.option(id, { nil: undefined }), folders: someIds }),
    fc.record({ kind: fc.constant('top-level' as const), folders: someIds }),
    fc.record({ kind: fc.constant('unknown-folder' as const), folder: id, near: fc.option(id, { nil: undefined }), folders: someIds }),
    fc.record({
      kind: fc.constant('needs-municipality' as const),
      noun: fc.constantFrom('en indsats', 'et interview'),
      path: id,
      ext: fc.constantFrom('.yaml', '.mdx'),
      name: fc.option(id, { nil: undefined }),
    }),
    fc.record({ kind: fc.constant('subfolder' as const), path: id, name: id }),
    fc.record({ kind: fc.constant('looks-like' as const), path: id, noun: fc.constantFrom('en indsats', 'en organisation'), where: id }),
  ),
  'file-extension': fc.record({
    path: id,
    allowed: fc.constantFrom(['.yaml'], ['.mdx', '.md']),
    fix: fc.oneof(
      fc.record({ kind: fc.constantFrom('lowercase' as const, 'rename' as const, 'rename-or-move' as const), renameTo: file }),
      fc.record({ kind: fc.constantFrom('pages-folders' as const, 'records-folders' as const), folders: someIds }),
    ),
  }),
  'file-name': fc.oneof(
    fc.record({ kind: fc.constant('not-an-id' as const), bad: text, renameTo: fc.option(file, { nil: undefined }) }),
    fc.record({ kind: fc.constant('case-twin' as const), other: file }),
  ),
  symlink: fc.record({ in: fc.constantFrom('content' as const, 'public' as const) }),
  'missing-data-file': fc.record({ path: file }),
  'wrong-folder': fc.record({ folder: id, municipality: id, path: id }),
  'yaml-syntax': fc.oneof(
    fc.record({ kind: fc.constant('colon-in-text' as const), key: fc.constantFrom('', 'title', '- id'), value: text }),
    fc.record({ kind: fc.constant('parser' as const), code: fc.constantFrom('BAD_INDENT', 'DUPLICATE_KEY', 'TAB_AS_INDENT', 'UNKNOWN_CODE') }),
    fc.record({ kind: fc.constant('unresolved-alias' as const) }),
  ),
  'yaml-aliases': fc.record({ limit: num }),
  'file-too-large': fc.record({ kB: num, limitKB: num }),
  'not-a-list': none,
  'list-item-id': none,
  'no-frontmatter': none,
  'not-a-record': fc.record({ empty: fc.boolean() }),
  'duplicate-id': fc.oneof(
    fc.record({ kind: fc.constant('list-item' as const), id, earlierItem: num }),
    fc.record({ kind: fc.constant('file' as const), id, earlier: file, file }),
    fc.record({ kind: fc.constant('csv-row' as const), earlierLine: num }),
  ),
  'csv-syntax': none,
  'csv-header': fc.record({ header: someIds }),
  'csv-row': fc.record({ header: someIds, delimiter: fc.constantFrom(';', ','), cells: num }),
  'csv-empty': none,
  'csv-region-code': fc.record({
    regionCode: fc.stringMatching(/^\d{4}$/),
    regions: fc.constant({ '1081': 'Region Nordjylland', '1084': 'Region Hovedstaden' }),
  }),
  'csv-region-mismatch': fc.record({
    regionCode: fc.stringMatching(/^\d{4}$/),
    region: text,
    written: text,
    named: fc.option(fc.stringMatching(/^\d{4}$/), { nil: undefined }),
    officialName: text,
  }),
  'csv-no-boundary': fc.record({ code: fc.stringMatching(/^\d{4}$/), name: text }),
  'bad-date': fc.record({ value: typed, asIso: fc.option(iso, { nil: undefined }) }),
  'invalid-date': fc.record({ value, asIso: fc.option(iso, { nil: undefined }) }),
  'date-future': fc.record({ field: fc.constantFrom('factsAsOf', 'date', 'milestones[1].year'), shown: iso, isYear: fc.boolean(), today: iso, thisYear: year }),
  'strategy-adopted-after-period': fc.record({ adoptedYear: year, periodFrom: fc.option(year, { nil: undefined }), periodTo: year }),
  placeholder: fc.record({ in: fc.constantFrom('field' as const, 'text' as const), draft: fc.boolean(), marker: fc.constant('UDFYLD') }),
  'blank-text': none,
  'no-sources': fc.record({ draft: fc.boolean() }),
  'facts-newer-than-sources': fc.record({ factsAsOf: iso, newest: iso }),
  'municipality-code': fc.record({ code: fc.stringMatching(/^\d{4}$/), officialName: text, id }),
  'schema-unrecognized_keys': fc.record({ key: id, allowed: someIds, near: fc.option(id, { nil: undefined }) }),
  'schema-invalid_type': fc.oneof(
    fc.record({
      missing: fc.constant(true as const),
      field: id,
      expected: fc.constantFrom('string', 'number', 'array', 'date', 'bigint'),
      fieldHint: hint,
      description,
    }),
    fc.record({
      missing: fc.constant(false as const),
      expected: fc.constantFrom('string', 'number', 'array', 'boolean', 'object'),
      value,
      fieldHint: hint,
      description,
    }),
  ),
  'schema-invalid_value': fc.oneof(
    fc.record({ missing: fc.constant(true as const), field: id, allowed: someIds, description }),
    fc.record({ missing: fc.constant(false as const), value, allowed: someIds, near: fc.option(id, { nil: undefined }) }),
  ),
  'schema-too_small': fc.record({ said: phrase, list: fc.boolean(), fieldHint: hint }),
  'schema-too_big': fc.record({ maximum: num, fieldHint: hint }),
  'text-too-long': fc.record({ length: num, max: num, fieldHint: hint }),
  'schema-invalid_format': fc.record({ said: phrase, fieldHint: hint }),
  'schema-custom': fc.record({ said: fc.constantFrom('periodFrom skal være før periodTo', 'Skriv en gyldig adresse.'), ownHint: hint, fieldHint: hint }),
  'schema-invalid_union': fc.record({ said: phrase, ownHint: hint, fieldHint: hint }),
  'schema-invalid_key': fc.record({ said: phrase, ownHint: hint, fieldHint: hint }),
  'schema-invalid_element': fc.record({ said: phrase, ownHint: hint, fieldHint: hint }),
  'schema-not_multiple_of': fc.record({ said: phrase, ownHint: hint, fieldHint: hint }),
  'unknown-reference': fc.record({
    value: text,
    into: fc.oneof(fc.record({ pages: someIds.map((l) => l.join(', ')) }), fc.record({ label: text, folder: id })),
    suggestions: ids,
  }),
  'draft-reference': fc.record({ value: text }),
  'one-per-municipality': fc.record({
    noun: fc.constantFrom('én strategi', 'én indgang', 'ét begreb'),
    field: fc.constantFrom('municipality', 'kommune'),
    earlier: file,
  }),
  'self-related': none,
  'no-answers': none,
  'unknown-question': fc.record({ question: id }),
  'answered-twice': fc.record({ question: id }),
  'empty-page': none,
  'shared-term-form': fc.record({ form: text, term: text, id }),
  'mdx-syntax': fc.record({
    syntax: fc.oneof(
      fc.record({ kind: fc.constant('unclosed-tag' as const), tag: id }),
      fc.record({ kind: fc.constant('wrong-closing-tag' as const), closing: id, open: id }),
      fc.record({
        kind: fc.constantFrom(
          'autolink' as const,
          'lone-angle-bracket' as const,
          'unclosed-brace' as const,
          'unreadable-expression' as const,
          'end-of-file' as const,
          'other' as const,
        ),
      }),
    ),
    detail: fc.constantFrom('Unexpected end of file in expression, expected a corresponding closing brace for `{`', 'Could not parse expression with acorn'),
  }),
  'mdx-expression': fc.oneof(
    fc.record({ kind: fc.constant('in-text' as const) }),
    fc.record({ kind: fc.constant('spread-on-element' as const), element }),
    fc.record({ kind: fc.constant('attribute-on-element' as const), name: id }),
    fc.record({ kind: fc.constant('on-component' as const), spread: fc.boolean(), example: fc.constant('<Answer question="strategi">') }),
  ),
  'mdx-esm': fc.record({ isImport: fc.boolean(), components: someIds }),
  'mdx-component': fc.record({ name: id, near: fc.option(id, { nil: undefined }), components: someIds }),
  'mdx-component-prop': fc.oneof(
    fc.record({
      kind: fc.constant('unknown' as const),
      component: id,
      prop: id,
      near: fc.option(id, { nil: undefined }),
      example: fc.constant('<Answer question="strategi">'),
    }),
    fc.record({ kind: fc.constantFrom('empty' as const, 'missing' as const), component: id, prop: id, propHint: fc.constant('Skriv spørgsmålets id.') }),
  ),
  'mdx-component-place': fc.record({ name: id, label: text }),
  'html-element': fc.oneof(
    fc.record({ kind: fc.constant('not-allowed' as const), tag: element, element }),
    fc.record({ kind: fc.constantFrom('fragment' as const, 'unreadable' as const) }),
  ),
  'html-attribute': fc.record({ name: id, element, allowed: someIds, styling: fc.boolean() }),
  'html-event-handler': fc.record({ name: id, element }),
  'html-site-path': fc.record({ element, path: sitePath }),
  'unsafe-url': fc.oneof(
    fc.record({ kind: fc.constant('scheme' as const), scheme: fc.constantFrom('javascript:', 'data:', 'vbscript:') }),
    fc.record({ kind: fc.constant('no-scheme' as const) }),
    fc.record({ kind: fc.constant('attribute' as const), name: fc.constantFrom('href', 'src'), element }),
    fc.record({ kind: fc.constant('schema' as const), said: phrase, fieldHint: hint }),
  ),
  'local-path': none,
  'broken-link': fc.oneof(fc.record({ kind: fc.constant('relative' as const) }), fc.record({ kind: fc.constant('trailing-slash' as const), path: id })),
  'draft-link': fc.record({ path: sitePath }),
  'unknown-page': fc.record({ path: sitePath, suggestions: someIds }),
  'missing-fragment': fc.record({ page: fc.option(sitePath, { nil: undefined }), id, near: ids }),
  'route-collision': fc.record({ page: sitePath, file: id, id, ext: fc.constantFrom('.mdx', '.md') }),
  'image-missing': fc.record({ file: id }),
  'image-relative': none,
  'image-external': none,
  'image-alt': fc.record({ jsx: fc.boolean() }),
  'public-file-type': fc.record({ ext: fc.constantFrom('.html', '.exe', ''), allowed: text }),
  'public-file-extension': fc.record({
    ext: fc.constantFrom('.png', ''),
    label: fc.constantFrom('PNG-billede', 'ikon'),
    extension: fc.constantFrom('.png', '.ico'),
  }),
  'public-file-size': fc.record({
    bytes: fc.integer({ min: 0, max: 50_000_000 }),
    label: fc.constantFrom('PNG-billede', 'ikon'),
    maxBytes: fc.integer({ min: 1, max: 20_000_000 }),
  }),
  'public-svg': fc.oneof(
    fc.record({ kind: fc.constant('unreadable' as const) }),
    fc.record({
      kind: fc.constant('not-a-drawing' as const),
      found: fc.array(
        fc.oneof(
          fc.record({ kind: fc.constant('unreadable' as const), what: text }),
          fc.record({ kind: fc.constant('found' as const), what: fc.constant('<script>'), line: fc.option(num, { nil: undefined }) }),
          fc.record({ kind: fc.constant('doctype' as const) }),
        ),
        { minLength: 1, maxLength: 4 },
      ),
    }),
  ),
  'review-overdue': fc.record({ reviewBy: day, today: day }),
  'oldest-facts': fc.record({ listed: fc.integer({ min: 1, max: 10 }), factsAsOf: day, today: day, reviewed: fc.option(day, { nil: undefined }) }),
  'lix-high': fc.record({
    lix: num,
    limit: num,
    perSentence: fc.constantFrom('12,5', '30,0'),
    share: fc.integer({ min: 0, max: 100 }),
    longest: fc.option(fc.record({ words: num, quote: text }), { nil: undefined }),
  }),
};

/** zod's issue codes (tsc checks the list is exactly zod's): a `schema-` code must name one of them. */
type ZodCode = z.core.$ZodIssue['code'];
const ZOD_CODES = [
  'invalid_type',
  'too_big',
  'too_small',
  'invalid_format',
  'not_multiple_of',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'invalid_value',
  'custom',
] as const satisfies readonly ZodCode[];
/** `true` only when the list names every zod issue code. */
const allZodCodes: Exclude<ZodCode, (typeof ZOD_CODES)[number]> extends never ? true : never = true;

/** Words nearly every Danish sentence of the catalogue has, and none an English one would. */
const DANISH = /[æøåÆØÅ]|\b(er|ikke|og|skal|til|i|på|med|den|det|har|kan|findes|mangler|feltet|filen|siden|en|et|skriv|som|af|fra|for)\b/i;
const BROKEN = /undefined|\[object Object\]|NaN|\$\{/;

describe('the catalogue of problems', () => {
  const codes = Object.keys(PROBLEMS) as ProblemCode[];
  const catalogue = path.join(PROJECT_ROOT, 'src/model/problems');
  const outside = walkFiles(path.join(PROJECT_ROOT, 'src'))
    .filter((f) => f.rel.endsWith('.ts') && f.rel !== 'model/problems.ts' && !f.path.startsWith(catalogue))
    .map((f) => ({ rel: f.rel, text: readFileSync(f.path, 'utf8') }));

  it('has a Danish title for every code, and for any facts a whole Danish sentence as message (and hint)', () => {
    expect(codes.length).toBeGreaterThan(70);
    for (const code of codes) {
      expect(problemSpec(code).title.trim(), code).toMatch(/^[A-ZÆØÅa-zæøå]/);
      fc.assert(
        fc.property(FACTS[code] as fc.Arbitrary<object>, (facts) => {
          const p = (problem as (c: ProblemCode, w: { file: string }, f: object) => { message: string; hint?: string })(
            code,
            { file: 'content/x.yaml' },
            facts,
          );
          const shown = `${code}: ${p.message} | ${p.hint ?? ''}`;
          expect(p.message.trim(), shown).not.toBe('');
          expect(p.message, shown).toMatch(DANISH);
          expect(p.message, shown).not.toMatch(BROKEN);
          expect(p.message, shown).toMatch(/^\S.*[.?]$/s);
          if (p.hint !== undefined) {
            expect(p.hint.trim(), shown).not.toBe('');
            expect(p.hint, shown).not.toMatch(BROKEN);
          }
        }),
        { numRuns: 40 },
      );
    }
  });

  it('has each code in one section only', () => {
    const sizes = Object.values(SECTIONS).map((s) => Object.keys(s).length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(codes.length);
  });

  it('lists only codes the model reports (no dead codes)', () => {
    const source = outside.map((f) => f.text).join('\n');
    // zod issue codes without a case of their own reach the default branch as `schema-${issue.code}`.
    const zod = outside.find((f) => f.rel === 'model/zod-problems.ts')!.text;
    expect(zod).toContain('`schema-${issue.code}`');
    const reported = (code: string) =>
      source.includes(`'${code}'`) ||
      (code.startsWith('schema-') &&
        (ZOD_CODES as readonly string[]).includes(code.slice('schema-'.length)) &&
        !zod.includes(`case '${code.slice('schema-'.length)}'`));
    expect(allZodCodes).toBe(true);
    expect(codes.filter((code) => !reported(code))).toEqual([]);
  });

  it('knows the code of every problem the check reports', () => {
    const { errors, warnings } = checkSite({
      [INITIATIVE]: fixtureFile(INITIATIVE)
        .replace('municipality: aalborg', 'municipality: aalborgg')
        .replace('description:', 'descripton:')
        .replace(/^factsAsOf: .*$/m, 'factsAsOf: 2018-02-30'),
      [GUIDE]: `${fixtureFile(GUIDE).replace('(/kommuner/aalborg/)', '(/kommuner/aalborgg/)')}\n![](/findes-ikke.png)\n\n{1 + 1}\n`,
      [INTERVIEW]: fixtureFile(INTERVIEW).replace('question="strategi"', 'question="strategii"'),
      'content/data/temaer.yaml': '- id: a\n  label: A\n- id: a\n',
      'content/indsatser/Aalborg Ny.YAML': 'title: x\n',
    });
    const all = [...errors, ...warnings];
    expect(all.length).toBeGreaterThan(8);
    for (const p of all) expect(problemSpec(p.code).title, `${p.file}: ${p.message} (${p.code})`).toBeTruthy();
    expect(new Set(all.map((p) => p.code)).size).toBeGreaterThan(5);
  });
});
