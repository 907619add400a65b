// JSON Schemas of what editors type (YAML files and MDX front matter), generated from the same
// zod schemas the checker and the build use, with the field descriptions from `.meta()` and,
// where an editor types an id, the ids that exist right now as allowed values. VS Code shows
// them as completion, hover text and red underlines (docs/redaktoer-guide.md).
import type { CollectionName, CollectionSpec } from '../model';
import type { PlainEntry } from '../model';
import { jsonSchemaOf, type JsonSchema } from '../schemas/json-schema';
import { pagePathOf, REFERENCE_FIELDS, specOf, type ReferenceTarget } from '../model';
import { DATE_ERROR, SLUG_ERROR } from '../schemas/common';
import { SLUG_PATTERN } from '../schemas/slug';
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
    // What the id stands for, shown beside it in the completion list: the row's `shownAs` field.
    const label = textOr(e.data[(specOf(e.collection) as CollectionSpec).shownAs ?? 'title'] ?? e.data['title'], e.id);
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
    // VS Code shows this instead of its English "Value is not accepted" (yaml-language-server reads errorMessage).
    node['errorMessage'] = `Findes ikke i ${target === 'page' ? 'sitets sider' : specOf(target).label}. Tryk Ctrl+mellemrum for at se de id'er, der findes.`;
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

/**
 * The check's Danish wording where VS Code would say it in English: a date that is not YYYY-MM-DD,
 * an id that is not a slug (yaml-language-server reads `errorMessage` and `patternErrorMessage`).
 */
function withDanishMessages(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(withDanishMessages);
  if (!node || typeof node !== 'object') return;
  const n = node as JsonSchema;
  if (n['format'] === 'date' && n['errorMessage'] === undefined) n['errorMessage'] = `Datoen ${DATE_ERROR}.`;
  if (n['pattern'] === SLUG_PATTERN.source) n['patternErrorMessage'] = `Værdien ${SLUG_ERROR}.`;
  for (const value of Object.values(n)) withDanishMessages(value);
}

/** One schema per collection editors write in YAML or front matter (the CSV list has no JSON Schema). */
export function editorSchemas(entries: readonly PlainEntry[]): EditorSchema[] {
  const values = allowedValues(entries);
  return LAYOUT.filter((l) => l.kind !== 'csv').map((l) => {
    const item = withAllowedValues(jsonSchemaOf(l.schema, 'input'), l.collection, values);
    withDanishMessages(item);
    const title = `${l.noun.replace(/^(en|et) /, '')} (content/${l.path}${l.kind === 'list' ? '' : '/'})`;
    const schema =
      l.kind === 'list'
        ? { $schema: item['$schema'], title, type: 'array', items: Object.fromEntries(Object.entries(item).filter(([k]) => k !== '$schema')) }
        : { $schema: item['$schema'], title, ...Object.fromEntries(Object.entries(item).filter(([k]) => k !== '$schema')) };
    return { collection: l.collection, kind: l.kind, file: `${l.collection}.schema.json`, globs: GLOBS[l.kind](l), schema };
  });
}
