// `npm run tjek`: checks all content (schemas, references, rules, files' places, MDX, links,
// images) and prints one summary grouped by file. Exit code 1 on any error; warnings (review
// dates, oldest facts, unfilled templates) keep it 0.
//   npm run tjek                  check ./content
//   npm run tjek -- --root <dir>  check another site folder (its content/)
//   npm run tjek -- --uden-advarsler   errors only
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../src/model/index.ts';
import { OTHER_ROUTES } from '../src/opendata/routes.ts';
import { formatSummary } from '../src/editor/summary.ts';
import { refreshEditorSchemas } from '../src/editor/write-schemas.ts';

const projectRoot = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const rootArg = args.indexOf('--root');
const root = rootArg >= 0 && args[rootArg + 1] ? path.resolve(args[rootArg + 1]!) : process.cwd();
const started = performance.now();
try {
  const result = checkContent(root, { srcDir: path.join(projectRoot, 'src'), publicDir: path.join(projectRoot, 'public'), otherRoutes: OTHER_ROUTES });
  const summary = formatSummary(result, { seconds: (performance.now() - started) / 1000, warnings: !args.includes('--uden-advarsler') });
  (result.errors.length ? console.error : console.log)(summary);
  // Keep VS Code's help (allowed ids, field descriptions) in step with the content just checked.
  if (rootArg < 0) refreshEditorSchemas(root, result);
  process.exitCode = result.errors.length ? 1 : 0;
} catch (err) {
  console.error('Tjekket kunne ikke køre færdigt – det er en fejl i værktøjet, ikke i dit indhold. Giv en udvikler denne besked:\n');
  console.error(err);
  process.exitCode = 2;
}
