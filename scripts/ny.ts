// `npm run ny -- <type> …`: creates a new entry from a template, explained field by field in
// Danish, and prints where it is and what to fill in. Refuses to overwrite. See `npm run ny`.
//   npm run ny -- indsats kolding "Socialøkonomisk netværk"
//   npm run ny -- <type> … --root <dir>   (another site folder, for tests)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeResult, scaffold, ScaffoldError, usage } from '../src/editor/scaffold.ts';
import { OTHER_ROUTES } from '../src/opendata/routes.ts';
import { refreshEditorSchemas } from '../src/editor/write-schemas.ts';

const projectRoot = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const rootAt = args.indexOf('--root');
const root = rootAt >= 0 && args[rootAt + 1] ? path.resolve(args[rootAt + 1]!) : process.cwd();
const rest = rootAt >= 0 ? [...args.slice(0, rootAt), ...args.slice(rootAt + 2)] : args;
const [type, ...params] = rest;

if (!type || type === '--help' || type === 'hjaelp' || type === 'hjælp') {
  console.log(usage());
  process.exitCode = type ? 0 : 1;
} else {
  try {
    const result = scaffold(root, type, params, {
      srcDir: path.join(projectRoot, 'src'),
      publicDir: path.join(projectRoot, 'public'),
      otherRoutes: OTHER_ROUTES,
    });
    console.log(describeResult(result));
    // The new file gets VS Code's help at once (MDX front matter is mapped file by file).
    if (rootAt < 0) refreshEditorSchemas(root);
  } catch (err) {
    if (err instanceof ScaffoldError) {
      console.error(err.message);
      process.exitCode = 1;
    } else {
      console.error('Skabelonen kunne ikke oprettes – det er en fejl i værktøjet, ikke i dit indhold. Giv en udvikler denne besked:\n');
      console.error(err);
      process.exitCode = 2;
    }
  }
}
