// JSON Schemas of what editors type (YAML files and MDX front matter), generated from the same
// zod schemas the checker and the build use, with the field descriptions from `.meta()` and,
// where an editor types an id, the ids that exist right now as allowed values. VS Code shows
// them as completion, hover text and red underlines (docs/redaktoer-guide.md).
import type { CollectionName } from '../model';
import type { PlainEntry } from '../model';
import { jsonSchemaOf, type JsonSchema } from '../schemas/json-schema';
import { pagePathOf, REFERENCE_FIELDS, type ReferenceTarget } from '../model';
import { LAYOUT, type CollectionLayout } from './layout';

export interface EditorSchema {
  collection: CollectionName;
  kind: CollectionLayout['kind'];
  /** File name of the schema: `initiatives.schema.json`. */
  file: string;
  /** The files it describes, as globs relative to the project root. */
  globs: string[];
  schema: JsonSchema;
}

/** What an id stands for, shown beside it in the completion list. */
const LABEL_FIELDS: Partial<Record<CollectionName, string>> = {
  municipalities: 'officialName',
  themes: 'label',
  sources: 'title',
  organisations: 'name',
  interviews: 'title',
  questions: 'text',
};

export interface AllowedValue {
  id: string;
  label: string;
}

/** A field's text, or `fallback` when it has none. */
const textOr = (value: unknown, fallback: string): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : fallback);

/** The ids an editor may type for each reference target, in id order. */
export function allowedValues(entries: readonly PlainEntry[]): Map<ReferenceTarget, AllowedValue[]> {
  const values = new Map<ReferenceTarget, AllowedValue[]>();
  for (const e of entries) {
    const labelField = LABEL_FIELDS[e.collection];
    const label = textOr((labelField && e.data[labelField]) ?? e.data['title'], e.id);
    if (!values.has(e.collection)) values.set(e.collection, []);
    values.get(e.collection)!.push({ id: e.id, label });
    const page = pagePathOf(e.collection, e.id);
    if (page) {
      if (!values.has('page')) values.set('page', []);
      values.get('page')!.push({ id: page, label: textOr(e.data['title'], e.id) });
    }
  }
  for (const list of values.values()) list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return values;
}

/** The JSON Schema node at a REFERENCE_FIELDS path (`themes`, `seriesElsewhere[].municipality`): the id's own schema. */
function nodeAt(schema: JsonSchema, path: string): JsonSchema | undefined {
  let node: JsonSchema | undefined = schema;
  for (const step of path.split('.')) {
    const isList = step.endsWith('[]');
    node = (node?.['properties'] as Record<string, JsonSchema> | undefined)?.[isList ? step.slice(0, -2) : step];
    if (isList) node = node?.['items'] as JsonSchema | undefined;
  }
  if (node?.['type'] === 'array') node = node['items'] as JsonSchema | undefined;
  return node;
}

function withAllowedValues(schema: JsonSchema, collection: CollectionName, values: Map<ReferenceTarget, AllowedValue[]>): JsonSchema {
  for (const [path, target] of REFERENCE_FIELDS[collection] ?? []) {
    const node = nodeAt(schema, path);
    const allowed = values.get(target);
    if (!node || !allowed?.length) continue;
    delete node['pattern'];
    node['enum'] = allowed.map((v) => v.id);
    node['enumDescriptions'] = allowed.map((v) => v.label);
    node['markdownEnumDescriptions'] = allowed.map((v) => v.label);
  }
  return schema;
}

const GLOBS: Record<CollectionLayout['kind'], (l: CollectionLayout) => string[]> = {
  csv: (l) => [`content/${l.path}`],
  list: (l) => [`content/${l.path}`],
  record: (l) => [`content/${l.path}/**/*.yaml`],
  page: (l) => (l.extensions ?? ['.mdx']).map((ext) => `content/${l.path}/**/*${ext}`),
};

/** One schema per collection editors write in YAML or front matter (the CSV list has no JSON Schema). */
export function editorSchemas(entries: readonly PlainEntry[]): EditorSchema[] {
  const values = allowedValues(entries);
  return LAYOUT.filter((l) => l.kind !== 'csv').map((l) => {
    const item = withAllowedValues(jsonSchemaOf(l.schema, 'input'), l.collection, values);
    const title = `${l.noun.replace(/^(en|et) /, '')} (content/${l.path}${l.kind === 'list' ? '' : '/'})`;
    const schema =
      l.kind === 'list'
        ? { $schema: item['$schema'], title, type: 'array', items: Object.fromEntries(Object.entries(item).filter(([k]) => k !== '$schema')) }
        : { $schema: item['$schema'], title, ...Object.fromEntries(Object.entries(item).filter(([k]) => k !== '$schema')) };
    return { collection: l.collection, kind: l.kind, file: `${l.collection}.schema.json`, globs: GLOBS[l.kind](l), schema };
  });
}
