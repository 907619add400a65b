// `npm run skemaer`: writes the JSON Schemas VS Code uses to help editors as they type (see
// src/editor/write-schemas.ts). Also run after `npm install`; it never fails an install.
import { fileURLToPath } from 'node:url';
import { checkContent } from '../src/model/index.ts';
import { OTHER_ROUTES } from '../src/opendata/routes.ts';
import { writeEditorSchemas, SCHEMA_DIR } from '../src/editor/write-schemas.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
try {
  const count = writeEditorSchemas(root, checkContent(root, { otherRoutes: OTHER_ROUTES }));
  console.log(`Skemaer til editoren skrevet: ${count} filer i ${SCHEMA_DIR}/ og .astro/collections/.`);
} catch (err) {
  console.error('Skemaerne til editoren kunne ikke skrives (sitet virker stadig):', err instanceof Error ? err.message : err);
  process.exitCode = process.argv.includes('--efter-installation') ? 0 : 1;
}
