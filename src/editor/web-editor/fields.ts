// Sveltia CMS fields from the editors' JSON Schemas (src/editor/json-schemas.ts): one rule per
// kind of JSON Schema node, never one per field, so a field added to a zod schema appears in the
// web editor with its Danish label, hint, choices, limits and required flag without touching this.
import type { JsonSchema } from '../../schemas/json-schema';

export type SveltiaField = Record<string, unknown> & { name: string; label: string; widget: string };

/** The Danish label of a field: its `.meta({ title })`, or the lead phrase of its description. */
export function labelOf(name: string, node: JsonSchema): string {
  const title = node['title'];
  if (typeof title === 'string' && title.trim()) return title.trim();
  const description = node['description'];
  if (typeof description !== 'string') return name;
  // "Kommunen, der står bag (id, fx …)." → "Kommunen"; "Kladde: vises …" → "Kladde".
  const lead = description.split(/[,:(]|\.(\s|$)/)[0]!.trim();
  return lead || name;
}

/** A pattern's Danish message, found by the generator from the zod schema (see patternMessages). */
export type PatternMessages = ReadonlyMap<string, string>;

const props = (node: JsonSchema) => (node['properties'] ?? {}) as Record<string, JsonSchema>;
const requiredOf = (node: JsonSchema) => new Set((node['required'] ?? []) as string[]);

/** The choices of an enum node, with the label each id stands for (the municipality's name, …). */
function options(node: JsonSchema): Array<{ label: string; value: string }> | string[] {
  const values = node['enum'] as string[];
  const labels = node['enumDescriptions'] as string[] | undefined;
  return labels ? values.map((value, i) => ({ label: labels[i] === value ? value : `${labels[i]} (${value})`, value })) : values;
}

/** The fields of an object node, in the schema's order. */
export function fieldsOf(node: JsonSchema, messages: PatternMessages): SveltiaField[] {
  const required = requiredOf(node);
  return Object.entries(props(node)).map(([name, child]) => fieldOf(name, child, required.has(name), messages));
}

/** One field. `required` comes from the parent's `required` list (a field with a default is optional). */
export function fieldOf(name: string, node: JsonSchema, required: boolean, messages: PatternMessages): SveltiaField {
  const base: SveltiaField = { name, label: labelOf(name, node), widget: 'string', required };
  if (typeof node['description'] === 'string') base['hint'] = node['description'];
  if (node['default'] !== undefined && !(Array.isArray(node['default']) && node['default'].length === 0)) base['default'] = node['default'];
  return { ...base, ...widgetOf(node, required, messages) };
}

function widgetOf(node: JsonSchema, required: boolean, messages: PatternMessages): Record<string, unknown> & { widget: string } {
  const type = node['type'];
  if (type === 'string' && Array.isArray(node['enum'])) return { widget: 'select', options: options(node) };
  if (type === 'string' && node['format'] === 'date') return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
  if (type === 'boolean') return { widget: 'boolean' };
  if (type === 'integer' || type === 'number') {
    const limits: Record<string, number> = {};
    if (typeof node['minimum'] === 'number') limits['min'] = node['minimum'];
    if (typeof node['maximum'] === 'number') limits['max'] = node['maximum'];
    return { widget: 'number', value_type: type === 'integer' ? 'int' : 'float', ...limits };
  }
  if (type === 'object') return { widget: 'object', fields: fieldsOf(node, messages) };
  if (type === 'array') {
    const items = (node['items'] ?? {}) as JsonSchema;
    const min = typeof node['minItems'] === 'number' ? { min: node['minItems'] } : {};
    if (items['type'] === 'string' && Array.isArray(items['enum'])) return { widget: 'select', multiple: true, options: options(items), ...min };
    if (items['type'] === 'object') return { widget: 'list', fields: fieldsOf(items, messages), ...min };
    return { widget: 'list', field: { ...fieldOf('item', items, true, messages), label: labelOf('item', node) }, ...min };
  }
  // A plain string: multi-line where the schema says so (`.meta({ multiline: true })`), a pattern
  // with its Danish message where one exists (optional fields have none: Sveltia would test the empty value too).
  const pattern =
    typeof node['pattern'] === 'string' && required ? { pattern: [node['pattern'], messages.get(node['pattern']) ?? 'har ikke den rigtige form'] } : {};
  return { widget: node['multiline'] === true ? 'text' : 'string', ...pattern };
}
