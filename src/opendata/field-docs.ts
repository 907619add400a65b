// The field list of a download for /data/: names, Danish descriptions and types, read from the
// same JSON Schema that is published beside the file.
import { jsonSchemaOf, type JsonSchema } from '../schemas/json-schema';
import type { Dataset } from './datasets';

export interface FieldDoc {
  name: string;
  description: string;
  type: string;
  required: boolean;
  /** Allowed values, when the field has a fixed list. */
  values?: string[];
}

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  integer: 'heltal',
  number: 'tal',
  boolean: 'ja/nej',
  array: 'liste',
  object: 'gruppe af felter',
};

function typeOf(s: JsonSchema): string {
  if (s['format'] === 'date' || (typeof s['pattern'] === 'string' && s['pattern'].startsWith('^\\d{4}-\\d{2}-\\d{2}'))) return 'dato (ÅÅÅÅ-MM-DD)';
  if (s['format'] === 'uri') return 'webadresse';
  const items = s['items'] as JsonSchema | undefined;
  if (s['type'] === 'array' && items) return `liste af ${items['type'] === 'object' ? 'grupper af felter' : (TYPE_NAMES[String(items['type'])] ?? 'værdier')}`;
  return TYPE_NAMES[String(s['type'])] ?? 'værdi';
}

export function fieldDocs(d: Dataset): FieldDoc[] {
  const schema = jsonSchemaOf(d.schema, 'output');
  const properties = schema['properties'] as Record<string, JsonSchema>;
  const required = new Set((schema['required'] as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, s]) => ({
    name,
    description: typeof s['description'] === 'string' ? s['description'] : '',
    type: typeOf(s),
    required: required.has(name),
    ...(Array.isArray(s['enum']) ? { values: (s['enum'] as unknown[]).map(String) } : {}),
  }));
}
