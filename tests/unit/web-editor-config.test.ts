// The web editor's configuration is generated from the registry and the zod schemas: it is valid
// for Sveltia CMS (its published JSON Schema), it has every collection and field, and a field or
// collection added to a copy of the model appears in it without any change to the generator.
// The "Svar" block round-trips the real interview's answers unchanged.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { Ajv } from 'ajv';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, type CollectionSpec } from '../../src/model/registry';
import { modelOf } from '../../src/model/session';
import { editorSchemas } from '../../src/editor/json-schemas';
import { jsonSchemaOf } from '../../src/schemas/json-schema';
import { webEditorConfig } from '../../src/editor/web-editor/config';
import { labelOf, type SveltiaField } from '../../src/editor/web-editor/fields';
import { ANSWER_PATTERN, answerComponentScript, answerFromBlock, answerToBlock } from '../../src/editor/web-editor/answer-component';
import { backendFromEnv } from '../../src/editor/web-editor/backend';
import { initiativeSchema } from '../../src/schemas/initiative';
import { isoDate, slugId } from '../../src/schemas/common';
import { OTHER_ROUTES } from '../../src/opendata/routes';
import { PROJECT_ROOT } from './editor-fixture';

const specs: readonly CollectionSpec[] = COLLECTIONS;
const { result } = modelOf(PROJECT_ROOT, { otherRoutes: OTHER_ROUTES });
const schemas = editorSchemas(result.entries);
const backend = { name: 'github', repo: 'kommune/vidensbank', branch: 'main' };
const config = webEditorConfig(schemas, specs, { backend }) as { collections: Array<Record<string, unknown>> };

type Collection = { name: string; fields?: SveltiaField[]; files?: Array<{ name: string; fields: SveltiaField[] }> };
const collection = (c: { collections: unknown[] }, name: string) => (c.collections as Collection[]).find((x) => x.name === name)!;
const fieldIn = (fields: readonly SveltiaField[], name: string) => fields.find((f) => f.name === name)!;

describe('the generated configuration', () => {
  it("is valid for Sveltia CMS (the package's own JSON Schema)", () => {
    const schema = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'node_modules/@sveltia/cms/schema/sveltia-cms.json'), 'utf8')) as object;
    const check = new Ajv({ allErrors: true, strict: false, validateFormats: false, logger: false }).compile(schema);
    expect(check(config) ? [] : check.errors).toEqual([]);
  });

  it('has every record and page collection as a folder, and every list as a file; the CSV list is not edited here', () => {
    for (const spec of specs) {
      if (spec.kind === 'csv') expect((config.collections as Collection[]).some((c) => c.name === spec.name)).toBe(false);
      else if (spec.kind === 'list') expect(collection(config, 'lister').files!.map((f) => f.name)).toContain(spec.name);
      else expect(collection(config, spec.name)).toMatchObject({ folder: `content/${spec.path}`, extension: spec.extensions![0]!.slice(1) });
    }
  });

  it('has every field of every schema, required where the schema requires it, with its description as hint', () => {
    for (const editor of schemas) {
      const spec = specs.find((s) => s.name === editor.collection)!;
      if (spec.kind === 'list') continue;
      const fields = collection(config, spec.name).fields!;
      const properties = editor.schema['properties'] as Record<string, { description?: string }>;
      const required = new Set(editor.schema['required'] as string[]);
      expect(fields.map((f) => f.name).filter((n) => n !== 'body')).toEqual(Object.keys(properties));
      for (const [name, node] of Object.entries(properties)) {
        expect(fieldIn(fields, name).required, `${spec.name}.${name}`).toBe(required.has(name));
        expect(fieldIn(fields, name).hint).toBe(node.description);
      }
    }
  });

  it('gives every field a Danish label of its own within its form', () => {
    const visit = (fields: readonly SveltiaField[], where: string) => {
      const labels = fields.map((f) => f.label);
      expect(new Set(labels).size, `${where}: ${labels.join(', ')}`).toBe(labels.length);
      for (const f of fields) {
        expect(f.label, `${where}.${f.name}`).not.toMatch(/^(true|false|[a-z]+[A-Z]\w*)$/);
        if (Array.isArray(f['fields'])) visit(f['fields'] as SveltiaField[], `${where}.${f.name}`);
      }
    };
    for (const c of config.collections as Collection[]) for (const fields of c.fields ? [c.fields] : c.files!.map((f) => f.fields)) visit(fields, c.name);
  });

  it('offers the ids that exist as choices, with what they stand for: municipalities, themes, sources, organisations, pages', () => {
    const fields = collection(config, 'initiatives').fields!;
    const options = (name: string) => fieldIn(fields, name)['options'] as Array<{ label: string; value: string }>;
    expect(options('municipality')).toContainEqual({ label: 'Kolding Kommune (kolding)', value: 'kolding' });
    expect(options('municipality')).toHaveLength(98);
    expect(fieldIn(fields, 'themes')).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    expect(options('organisations').map((o) => o.value)).toContain('businessaalborg');
    expect(options('source').map((o) => o.value)).toContain('interviews/aalborg-2018-09');
    expect(options('status')).toContainEqual({ label: 'I gang (igang)', value: 'igang' });
    const interview = collection(config, 'interviews').fields!;
    expect((fieldIn(interview, 'sources')['options'] as Array<{ value: string }>).map((o) => o.value)).toContain('aalborg-status-2018');
  });

  it('uses date pickers, number limits, lists, drafts and the body', () => {
    const fields = collection(config, 'interviews').fields!;
    expect(fieldIn(fields, 'date')).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', required: true });
    expect(fieldIn(fields, 'seriesElsewhere')).toMatchObject({ widget: 'list' });
    expect(fieldIn(fields, 'draft')).toMatchObject({ widget: 'boolean', default: false, required: false });
    // The body is required where the registry says a page needs text (interviews need answers instead).
    for (const spec of specs.filter((x) => x.kind === 'page'))
      expect(fieldIn(collection(config, spec.name).fields!, 'body')).toMatchObject({ widget: 'markdown', required: spec.bodyRequired === true });
    expect(fieldIn(collection(config, 'strategies').fields!, 'body')).toMatchObject({ required: true });
    expect(fieldIn(collection(config, 'initiatives').fields!, 'fromYear')).toMatchObject({ widget: 'number', value_type: 'int', min: 1990, max: 2100 });
    expect(collection(config, 'interviews')).toMatchObject({ slug: "{{fields.municipality}}-{{fields.date | date('YYYY-MM')}}" });
    expect(collection(config, 'initiatives')).toMatchObject({ path: '{{fields.municipality}}/{{slug}}' });
  });

  it('writes only values the check accepts: a switch writes true or false, a choice one of its options', () => {
    const fieldSchema = (schema: z.ZodType, name: string) => (schema as unknown as { shape: Record<string, z.ZodType> }).shape[name]!;
    let switches = 0;
    const walk = (fields: readonly SveltiaField[], schema: z.ZodType, where: string) => {
      for (const f of fields) {
        if (f.name === 'body') continue;
        const own = fieldSchema(schema, f.name);
        if (f.widget === 'boolean') {
          switches += 1;
          for (const value of [true, false]) expect(own.safeParse(value).success, `${where}.${f.name}: ${value}`).toBe(true);
        }
        if (f.widget === 'select' && !f['multiple'])
          for (const o of f['options'] as Array<{ value: string }>) expect(own.safeParse(o.value).success, `${where}.${f.name}: ${o.value}`).toBe(true);
        if (f.widget === 'object') walk(f['fields'] as SveltiaField[], (own as { unwrap?: () => z.ZodType }).unwrap?.() ?? own, `${where}.${f.name}`);
      }
    };
    for (const spec of specs.filter((x) => x.kind === 'record' || x.kind === 'page')) walk(collection(config, spec.name).fields!, spec.schema, spec.name);
    expect(switches).toBeGreaterThanOrEqual(4);
  });

  it("gives a required text field with a pattern zod's Danish message", () => {
    const themes = collection(config, 'lister').files!.find((f) => f.name === 'themes')!.fields[0]!;
    const id = fieldIn(themes['fields'] as SveltiaField[], 'id');
    const message = slugId.safeParse('Æ Ø').error!.issues[0]!.message;
    expect(message).toMatch(/små bogstaver/);
    expect(id['pattern']).toEqual([(z.toJSONSchema(slugId) as { pattern: string }).pattern, message]);
  });

  it('shows a field added to a schema, and a collection added to the registry, without a change to the generator', () => {
    const withField = initiativeSchema.safeExtend({
      partners: z.array(z.string().min(1)).min(2).meta({ title: 'Partnere', description: 'Partnerne ifølge kilden.' }),
      startDate: isoDate.meta({ description: 'Startdato ifølge kilden.' }),
    });
    const newCollection: CollectionSpec = {
      name: 'events',
      kind: 'record',
      path: 'begivenheder',
      extensions: ['.yaml'],
      schema: z.strictObject({ title: z.string().min(1).meta({ description: 'Begivenhedens titel.' }) }),
      noun: 'en begivenhed',
      label: 'begivenhederne',
    };
    const rows = [...specs.map((s) => (s.name === 'initiatives' ? { ...s, schema: withField } : s)), newCollection];
    const changed = editorSchemas(result.entries).map((e) => (e.collection === 'initiatives' ? { ...e, schema: jsonSchemaOf(withField, 'input') } : e));
    changed.push({ collection: 'events' as never, kind: 'record', file: 'events.schema.json', globs: [], schema: jsonSchemaOf(newCollection.schema, 'input') });
    const generated = webEditorConfig(changed, rows, { backend }) as { collections: unknown[] };
    const fields = collection(generated, 'initiatives').fields!;
    expect(fieldIn(fields, 'partners')).toMatchObject({ label: 'Partnere', widget: 'list', min: 2, required: true, hint: 'Partnerne ifølge kilden.' });
    expect(fieldIn(fields, 'startDate')).toMatchObject({ label: 'Startdato ifølge kilden', widget: 'datetime', type: 'date' });
    expect(collection(generated, 'events')).toMatchObject({ folder: 'content/begivenheder', label: 'Begivenhederne', label_singular: 'Begivenhed' });
    expect(fieldIn(collection(generated, 'events').fields!, 'title')).toMatchObject({ label: 'Begivenhedens titel', widget: 'string', required: true });
  });

  it('saves through a branch and a merge request where Sveltia can (GitHub, GitLab), else to the configured branch', () => {
    expect(config).toMatchObject({ publish_mode: 'editorial_workflow' });
    expect(webEditorConfig(schemas, specs, { backend: { name: 'gitlab', repo: 'a/b' } })).toMatchObject({ publish_mode: 'editorial_workflow' });
    expect(webEditorConfig(schemas, specs, { backend: { name: 'gitea', repo: 'a/b', branch: 'webredaktoer' } })).toMatchObject({ publish_mode: 'simple' });
  });

  it('takes a label from the title, else from the lead of the description', () => {
    expect(labelOf('x', { title: 'Fakta pr. dato', description: 'Datoen, som …' })).toBe('Fakta pr. dato');
    expect(labelOf('x', { description: 'Kommunen, der står bag (id).' })).toBe('Kommunen');
    expect(labelOf('x', { description: 'Kladde: vises i npm run dev.' })).toBe('Kladde');
    expect(labelOf('x', {})).toBe('x');
  });
});

describe('the backend', () => {
  it('is GitHub by default and takes the git host from the environment', () => {
    expect(backendFromEnv({})).toEqual({ name: 'github', repo: 'kommune/vidensbank', branch: 'main' });
    expect(backendFromEnv({ CMS_BACKEND: 'gitlab', CMS_REPO: 'a/b', CMS_APP_ID: 'id', CMS_BASE_URL: 'https://git.kommune.dk' })).toEqual({
      name: 'gitlab',
      repo: 'a/b',
      branch: 'main',
      base_url: 'https://git.kommune.dk',
      app_id: 'id',
      auth_type: 'pkce',
    });
  });
  it('refuses an unknown backend with a Danish message', () => {
    expect(() => backendFromEnv({ CMS_BACKEND: 'forgejo' })).toThrow(/CMS_BACKEND er "forgejo".*gitea/);
  });
});

describe('the "Svar" block', () => {
  const body = readFileSync(path.join(PROJECT_ROOT, 'content/interviews/aalborg-2018-09.mdx'), 'utf8');
  const answers = [...body.matchAll(new RegExp(ANSWER_PATTERN.source, 'gm'))];

  it('finds every answer of the real interview', () =>
    expect(answers.map((m) => m[1])).toEqual([...body.matchAll(/<Answer question="([^"]+)">/g)].map((m) => m[1])));

  it('writes each answer back exactly as it was', () => {
    expect(answers.length).toBeGreaterThan(3);
    for (const match of answers) expect(answerToBlock(answerFromBlock(match))).toBe(match[0]);
  });

  it('is the same code in the browser module, with the questions that exist as choices', () => {
    const questions = result.entries.filter((e) => e.collection === 'questions').map((e) => ({ id: e.id, label: String(e.data['label']) }));
    const registered: Array<{ pattern: RegExp; fromBlock: typeof answerFromBlock; toBlock: typeof answerToBlock; fields: Array<{ options?: unknown[] }> }> = [];
    runInNewContext(answerComponentScript(questions), { window: { CMS: { registerEditorComponent: (d: never) => registered.push(d) } } });
    expect(registered).toHaveLength(1);
    const [component] = registered;
    expect(component!.fields[0]!.options).toHaveLength(questions.length);
    for (const match of answers) {
      const again = match[0].match(new RegExp(component!.pattern.source))!;
      expect(component!.toBlock(component!.fromBlock(again))).toBe(match[0]);
    }
  });
});

describe("the editor's guide's screenshots of the web editor", () => {
  const guide = readFileSync(path.join(PROJECT_ROOT, 'docs/redaktoer-guide.md'), 'utf8');
  const spec = readFileSync(path.join(PROJECT_ROOT, 'tests/browser/web-editor.spec.ts'), 'utf8');
  const shown = [...guide.matchAll(/\]\(billeder\/(webredaktoer-[^)]+\.png)\)/g)].map((m) => m[1]!);

  it('are each taken by the browser test, so they show the web editor as it is', () => {
    expect(shown.length).toBeGreaterThanOrEqual(5);
    const taken = [...spec.matchAll(/'(webredaktoer-[^']+\.png)'/g)].map((m) => m[1]!);
    expect([...new Set(shown)].sort()).toEqual([...new Set(taken)].sort());
  });
});
