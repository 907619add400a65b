// A real JSON Schema validator (ajv, draft 2020-12, with formats such as date, email and uri)
// for the schemas the project publishes. Editor keywords VS Code reads are declared, not ignored.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export function jsonSchemaValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  ajv.addKeyword('markdownEnumDescriptions');
  ajv.addKeyword('enumDescriptions');
  ajv.addKeyword('errorMessage');
  ajv.addKeyword('patternErrorMessage');
  // The web editor's hint for a multi-line text field (src/editor/web-editor/fields.ts).
  ajv.addKeyword('multiline');
  return ajv;
}

/** The problems ajv finds, one line each ("/themes/1 must be equal to one of the allowed values"), or [] when valid. */
const compiled = new WeakMap<object, ReturnType<ReturnType<typeof jsonSchemaValidator>['compile']>>();

export function validate(schema: object, data: unknown): string[] {
  let check = compiled.get(schema);
  if (!check) compiled.set(schema, (check = jsonSchemaValidator().compile(schema)));
  return check(data) ? [] : (check.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}
