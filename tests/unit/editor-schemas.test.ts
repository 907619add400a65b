// The editors' JSON Schemas (src/editor/json-schemas.ts) agree with the content checker: every
// real content file is valid under both, and each kind of bad field fails both. VS Code's YAML
// engine (yaml-language-server, used by redhat.vscode-yaml and the Astro extension) gives the
// Danish descriptions, the allowed ids and the errors as an editor types.
import { readFileSync, rmSync, existsSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/model/check';
import { editorSchemas, type EditorSchema } from '../../src/editor/json-schemas';
import { writeEditorSchemas, yamlSchemaSettings, SCHEMA_DIR } from '../../src/editor/write-schemas';
import { filesUnder } from '../helpers/dist';
import { validate } from '../helpers/json-schema-validator';
import { checkSite, fixtureFile, makeSite, MINIMAL, PROJECT_ROOT, TODAY } from './editor-fixture';
import { initiativeSchema } from '../../src/schemas/initiative';
import { descriptionOf } from '../../src/schemas/json-schema';
import { OTHER_ROUTES } from '../../src/opendata/routes';
import { textOf, type FixtureText } from '../helpers/fixture-text';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/** A file's data as VS Code's YAML engine sees it: YAML 1.2 core types, so dates stay text. */
function dataOf(file: string, content: string | FixtureText): unknown {
  const text = textOf(content);
  const source = file.endsWith('.yaml') ? text : (FRONTMATTER.exec(text)?.[1] ?? '');
  return yaml.load(source, { schema: yaml.CORE_SCHEMA });
}

function schemaFor(schemas: EditorSchema[], file: string): EditorSchema | undefined {
  return schemas.find((s) => s.globs.some((g) => path.matchesGlob(file, g)));
}

function schemasOf(root: string): EditorSchema[] {
  return editorSchemas(checkContent(root, { srcDir: path.join(PROJECT_ROOT, 'src'), otherRoutes: OTHER_ROUTES, today: TODAY }).entries);
}

describe("the editors' JSON Schemas", () => {
  const schemas = schemasOf(PROJECT_ROOT);

  it('cover every content file except the municipality CSV', () => {
    const files = filesUnder(path.join(PROJECT_ROOT, 'content')).map((f) => `content/${f.split(path.sep).join('/')}`);
    expect(files.filter((f) => !schemaFor(schemas, f))).toEqual(['content/data/kommuner.csv']);
  });

  it('accept every real content file (which the checker accepts too)', { timeout: 60_000 }, () => {
    const result = checkContent(PROJECT_ROOT, { srcDir: path.join(PROJECT_ROOT, 'src'), otherRoutes: OTHER_ROUTES, today: TODAY });
    expect(result.errors).toEqual([]);
    const problems = filesUnder(path.join(PROJECT_ROOT, 'content'))
      .map((f) => `content/${f.split(path.sep).join('/')}`)
      .filter((f) => !f.endsWith('.csv'))
      .flatMap((f) => validate(schemaFor(schemas, f)!.schema, dataOf(f, readFileSync(path.join(PROJECT_ROOT, f), 'utf8'))).map((p) => `${f}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('carry the Danish field descriptions from the zod schemas and the ids that exist as allowed values', () => {
    const initiative = schemas.find((s) => s.collection === 'initiatives')!.schema as {
      properties: Record<string, { description?: string; enum?: string[]; items?: { enum?: string[] } }>;
    };
    expect(initiative.properties['title']!.description).toMatch(/^Indsatsens titel/);
    expect(initiative.properties['municipality']!.enum).toHaveLength(98);
    expect(initiative.properties['themes']!.items!.enum).toContain('en-indgang');
    expect(initiative.properties['source']!.enum).toContain('strategier/kolding');
    const interview = schemas.find((s) => s.collection === 'interviews')!.schema as {
      properties: Record<string, { items?: { properties?: Record<string, { enum?: string[] }> } }>;
    };
    expect(interview.properties['seriesElsewhere']!.items!.properties!['municipality']!.enum).toContain('roskilde');
  });

  it('are the ones .vscode/settings.json maps to the YAML files', () => {
    const settings = JSON.parse(readFileSync(path.join(PROJECT_ROOT, '.vscode/settings.json'), 'utf8')) as Record<string, unknown>;
    expect(settings['yaml.schemas']).toEqual(yamlSchemaSettings());
    expect(settings['astro.content-intellisense']).toBe(true);
  });
});

const INITIATIVE = 'content/indsatser/aalborg/startup-cafeer.yaml';
const INTERVIEW = 'content/interviews/aalborg-2018.mdx';
const GUIDE = 'content/guide/en-indgang.mdx';
const ENTRY_POINT = 'content/indgange/aalborg.yaml';
const THEMES = 'content/data/temaer.yaml';
const initiative = fixtureFile(INITIATIVE);

const BAD: { name: string; file: string; text: string | FixtureText }[] = [
  { name: 'an unknown key', file: INITIATIVE, text: `${initiative}budget: 100\n` },
  { name: 'a misspelt key', file: INITIATIVE, text: initiative.replace('description:', 'descripton:') },
  { name: 'a missing required field', file: INITIATIVE, text: initiative.replace(/^description:.*\n/m, '') },
  { name: 'a wrong type', file: INITIATIVE, text: `${initiative}fromYear: tyve\n` },
  { name: 'a value outside a fixed list', file: INITIATIVE, text: `${initiative}status: i-gang\n` },
  { name: 'an unknown municipality', file: INITIATIVE, text: initiative.replace('municipality: aalborg', 'municipality: aalborgg') },
  { name: 'an unknown theme in a list', file: INITIATIVE, text: initiative.replace('themes: [en-indgang]', 'themes: [en-indgang, indkob]') },
  { name: 'an empty theme list', file: INITIATIVE, text: initiative.replace('themes: [en-indgang]', 'themes: []') },
  { name: 'a source page that does not exist', file: INITIATIVE, text: initiative.replace(/^source: .*$/m, 'source: strategier/gotham') },
  { name: 'a date in the wrong format', file: INITIATIVE, text: initiative.replace(/^factsAsOf: .*$/m, 'factsAsOf: 10.12.2014') },
  { name: 'a date that does not exist', file: INITIATIVE, text: initiative.replace(/^factsAsOf: .*$/m, 'factsAsOf: 2026-02-30') },
  { name: 'a missing field in a nested group (front matter)', file: INTERVIEW, text: fixtureFile(INTERVIEW).replace(/^ {2}role:.*\n/m, '') },
  { name: 'a guide kind outside the list (front matter)', file: GUIDE, text: fixtureFile(GUIDE).replace(/^kind: .*$/m, 'kind: lov') },
  {
    name: 'a phone number with letters',
    file: ENTRY_POINT,
    text: fixtureFile(ENTRY_POINT).replace(/^municipality: aalborg$/m, 'municipality: aalborg\ncontact:\n  name: Test\n  phone: "ring til os"'),
  },
  { name: 'a theme without a label in a data list', file: THEMES, text: fixtureFile(THEMES).replace(/^ {2}label: .*\n/m, '') },
];

describe('each kind of bad field fails both the checker and the JSON Schema', () => {
  const schemas = schemasOf(MINIMAL);

  it('the valid fixture passes both', () => {
    const root = makeSite();
    try {
      expect(checkContent(root, { srcDir: path.join(PROJECT_ROOT, 'src'), otherRoutes: OTHER_ROUTES, today: TODAY }).errors).toEqual([]);
      for (const file of [INITIATIVE, INTERVIEW, GUIDE, ENTRY_POINT, THEMES]) {
        expect(validate(schemaFor(schemas, file)!.schema, dataOf(file, fixtureFile(file))), file).toEqual([]);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it.each(BAD)('$name', ({ file, text }) => {
    const root = makeSite({ [file]: text });
    try {
      const errors = checkContent(root, { srcDir: path.join(PROJECT_ROOT, 'src'), otherRoutes: OTHER_ROUTES, today: TODAY }).errors.filter(
        (e) => e.file === file,
      );
      expect(errors.length, 'the checker reports it').toBeGreaterThan(0);
      expect(validate(schemaFor(schemas, file)!.schema, dataOf(file, text)).length, 'the JSON Schema rejects it').toBeGreaterThan(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('in VS Code, as an editor types (yaml-language-server, the engine of the YAML and Astro extensions)', () => {
  const require = createRequire(import.meta.url);
  const { getLanguageService } = require('yaml-language-server/out/server/src/languageservice/yamlLanguageService.js');
  const { TextDocument } = require('vscode-languageserver-textdocument');
  const schema = schemasOf(PROJECT_ROOT).find((s) => s.collection === 'initiatives')!;
  const uri = 'file:///skemaer/initiatives.schema.json';
  const ls = getLanguageService({
    schemaRequestService: async (u: string) => (u === uri ? JSON.stringify(schema.schema) : Promise.reject(new Error(u))),
    workspaceContext: { resolveRelativePath: (p: string) => p },
  });
  ls.configure({ validate: true, hover: true, completion: true, yamlVersion: '1.2', schemas: [{ uri, fileMatch: ['**/content/indsatser/**/*.yaml'] }] });
  // A new document each time: the engine caches a parsed document by its URI and version.
  let version = 0;
  const doc = (text: string) => TextDocument.create(`file:///vidensbank/content/indsatser/kolding/ny-${++version}.yaml`, 'yaml', version, text);

  it('underlines an unknown municipality and an unknown key, on their lines', async () => {
    const diagnostics = (await ls.doValidation(
      doc('title: T\nmunicipality: koldig\nthemes: [raadgivning]\ndescription: D\nsource: strategier/kolding\nfactsAsOf: 2026-03-01\nbudget: 4\n'),
      false,
    )) as {
      range: { start: { line: number } };
      message: string;
    }[];
    expect(diagnostics.map((d) => d.range.start.line).sort()).toEqual([1, 6]);
    expect(diagnostics.find((d) => d.range.start.line === 1)!.message).toContain('"kolding"');
  });

  it('shows the Danish description of a field on hover', async () => {
    const hover = (await ls.doHover(doc('status: igang\n'), { line: 0, character: 2 })) as { contents: { value: string } };
    expect(hover.contents.value).toContain('Status, hvis kilden siger den');
  });

  it('offers the themes that exist, with their labels', async () => {
    const list = (await ls.doComplete(doc('themes:\n  - \n'), { line: 1, character: 4 }, false)) as { items: { label: string; documentation?: unknown }[] };
    const item = list.items.find((i) => i.label === 'en-indgang');
    expect(item).toBeDefined();
    expect(JSON.stringify(item!.documentation)).toContain('Én indgang');
  });
});

describe('the files VS Code reads', () => {
  it('map every MDX page to its schema the way the Astro extension looks files up', () => {
    const root = makeSite();
    try {
      writeEditorSchemas(root, checkContent(root, { srcDir: path.join(PROJECT_ROOT, 'src'), otherRoutes: OTHER_ROUTES, today: TODAY }));
      const manifest = JSON.parse(readFileSync(path.join(root, '.astro/collections/collections.json'), 'utf8')) as {
        collections: { name: string }[];
        entries: Record<string, string>;
      };
      const pages = filesUnder(path.join(root, 'content')).filter((f) => f.endsWith('.mdx'));
      expect(pages.length).toBeGreaterThan(3);
      for (const page of pages) {
        // @astrojs/language-server: decodeURIComponent(fileUri).toLowerCase()
        const key = decodeURIComponent(pathToFileURL(path.join(root, 'content', page)).href).toLowerCase();
        const name = manifest.entries[key];
        expect(name, page).toBeDefined();
        expect(existsSync(path.join(root, '.astro/collections', `${name}.schema.json`))).toBe(true);
      }
      expect(existsSync(path.join(root, SCHEMA_DIR, 'initiatives.schema.json'))).toBe(true);
      expect(readFileSync(path.join(root, '.vscode/svar.code-snippets'), 'utf8')).toContain('strategi');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('npm run tjek explains a field with the same description', () => {
  it.each([
    ['a missing field', initiative.replace(/^description:.*\n/m, ''), 'description'],
    ['a wrong type', `${initiative}fromYear: tyve\n`, 'fromYear'],
  ])('%s', (_, text, field) => {
    const { errors } = checkSite({ [INITIATIVE]: text });
    const described = descriptionOf(initiativeSchema.shape[field as 'description' | 'fromYear'])!;
    expect(described.length).toBeGreaterThan(10);
    expect(errors.find((e) => e.field === field)!.hint).toContain(`Feltet er: ${described}`);
  });
});
