// Writes the editors' JSON Schemas where VS Code finds them: .vscode/schemas/ for YAML files
// (redhat.vscode-yaml, mapped in .vscode/settings.json), and .astro/collections/ for MDX front
// matter (the Astro extension's content intellisense reads collections.json there). Both are
// generated, not committed: `npm install`, `npm run tjek`, `npm run ny` and `npm run dev` refresh them.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkContent, walkFiles, type CheckResult } from '../model';
import { OTHER_ROUTES } from '../opendata/routes';
import { allowedValues, editorSchemas } from './json-schemas';
import type { PlainEntry } from '../model';

export const SCHEMA_DIR = '.vscode/schemas';
/** VS Code project snippets: `<Answer question="…">` with the question ids to choose from. */
export const SNIPPETS_FILE = '.vscode/svar.code-snippets';
const ASTRO_DIR = '.astro/collections';
/** Prefix of our collections in the Astro extension's manifest, so Astro's own sync never overwrites our schemas. */
const ASTRO_PREFIX = 'vidensbank-';

function listFiles(dir: string): string[] {
  try {
    return walkFiles(dir)
      .filter((f) => !f.symlink)
      .map((f) => f.path);
  } catch {
    return [];
  }
}

export function writeEditorSchemas(root: string, result: Pick<CheckResult, 'entries'>): number {
  const schemas = editorSchemas(result.entries);
  mkdirSync(path.join(root, SCHEMA_DIR), { recursive: true });
  mkdirSync(path.join(root, ASTRO_DIR), { recursive: true });
  const manifest = { collections: [] as { name: string; hasSchema: boolean }[], entries: {} as Record<string, string> };
  for (const s of schemas) {
    const text = `${JSON.stringify(s.schema, null, 2)}\n`;
    writeFileSync(path.join(root, SCHEMA_DIR, s.file), text);
    if (s.kind !== 'page') continue;
    const name = `${ASTRO_PREFIX}${s.collection}`;
    writeFileSync(path.join(root, ASTRO_DIR, `${name}.schema.json`), text);
    manifest.collections.push({ name, hasSchema: true });
    const folder = s.globs[0]!.replace(/\/\*\*.*$/, '');
    for (const file of listFiles(path.join(root, folder))
      .filter((f) => /\.mdx?$/.test(f))
      .sort()) {
      // The key the Astro language server looks files up by: the decoded file URL, lower-cased.
      manifest.entries[decodeURIComponent(pathToFileURL(file).href).toLowerCase()] = name;
    }
  }
  writeFileSync(path.join(root, ASTRO_DIR, 'collections.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(path.join(root, SNIPPETS_FILE), `${JSON.stringify(answerSnippet(result.entries), null, 2)}\n`);
  return schemas.length;
}

/** The `yaml.schemas` mapping .vscode/settings.json must hold: each YAML schema to its files. */
export function yamlSchemaSettings(): Record<string, string[]> {
  return Object.fromEntries(
    editorSchemas([])
      .filter((s) => s.kind === 'list' || s.kind === 'record')
      .map((s) => [`./${SCHEMA_DIR}/${s.file}`, s.globs]),
  );
}

/** A snippet for an interview answer: type "svar" in an MDX file and pick the question id. */
export function answerSnippet(entries: readonly PlainEntry[]): Record<string, unknown> {
  const questions = allowedValues(entries).get('questions') ?? [];
  const ids = questions.map((q) => q.id.replace(/[,|]/g, ''));
  return {
    'Svar på et fast spørgsmål (<Answer>)': {
      scope: 'mdx,markdown',
      prefix: ['svar', 'Answer'],
      body: [`<Answer question="\${1|${ids.join(',')}|}">`, '', '$0', '', '</Answer>'],
      description: `Et svar i et interview. Spørgsmålene (content/data/spoergsmaal.yaml): ${questions.map((q) => `${q.id}: ${q.label}`).join('; ')}.`,
    },
  };
}

/** Writes the schemas, never failing the command that asked: they are a help, not a gate. */
export function refreshEditorSchemas(root: string, result?: Pick<CheckResult, 'entries'>): boolean {
  try {
    writeEditorSchemas(root, result ?? checkContent(root, { otherRoutes: OTHER_ROUTES }));
    return true;
  } catch {
    return false;
  }
}
