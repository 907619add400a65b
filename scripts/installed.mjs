// Runs before the editors' and developers' npm scripts (`npm run dev`, `tjek`, `ny`, `build` …)
// on whatever Node the machine has, in plain JavaScript with no dependencies, so that a missing
// `npm install` or a Node that is too old gives one Danish sentence instead of
// "sh: tsx: not found" or a stack trace. Exit code 1 stops the script that follows it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** What `npm install` puts in place that every script needs: the project's Node 24, tsx and Astro. */
const NEEDED = ['node_modules/node/package.json', 'node_modules/tsx/package.json', 'node_modules/astro/package.json'];
/** The oldest Node the project's tools run on (Astro 7 and vitest 5). */
const MIN_NODE = [22, 12];

const missing = NEEDED.filter((f) => !existsSync(path.join(root, f)));
const [major, minor] = process.versions.node.split('.').map(Number);
const tooOld = major < MIN_NODE[0] || (major === MIN_NODE[0] && minor < MIN_NODE[1]);

if (missing.length) {
  console.error(
    [
      'Projektet er ikke installeret endnu (mappen node_modules mangler eller er ufuldstændig).',
      'Kør denne kommando én gang i projektets mappe, og prøv så igen:',
      '',
      '  npm install',
      '',
      'Den henter de værktøjer, sitet bruger, også sin egen Node 24, og tager et par minutter.',
    ].join('\n'),
  );
  process.exit(1);
}
if (tooOld) {
  console.error(
    [
      `Kommandoen kører med Node ${process.versions.node}, men projektets værktøjer kræver Node ${MIN_NODE.join('.')} eller nyere.`,
      'Projektet har sin egen Node 24, som npm bruger, når du skriver npm run …. Mangler den, blev npm install',
      'nok kørt med --ignore-scripts. Kør npm install igen uden den, og start kommandoerne med npm run.',
    ].join('\n'),
  );
  process.exit(1);
}
