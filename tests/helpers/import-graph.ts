// Reads every import in a source folder (TypeScript's own scanner, so type-only, re-exports and
// dynamic imports count; in .astro files the front matter, <script> blocks and a bundled
// <script src>; and files named by `new URL('…', import.meta.url)`) and finds circles between its
// top-level folders, which import-x/no-cycle (files, not folders) cannot see.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface FolderEdge {
  from: string;
  to: string;
  /** One import that makes the edge: `src/model/x.ts -> ../lib/y`. */
  example: string;
}

const SOURCE = /\.(ts|mts|js|mjs|astro)$/;
const RESOLVE = ['', '.ts', '.mts', '.js', '.mjs', '.astro', '/index.ts'];

function codeOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return text;
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  // `<script src="../x.ts">` (not is:inline) is bundled by Astro, as an import would be.
  const sources = [...text.matchAll(/<script\b(?![^>]*\bis:inline\b)[^>]*\bsrc=["']([^"']+)["']/g)].map((m) => `import ${JSON.stringify(m[1])};`);
  return [frontmatter, ...scripts, ...sources].join('\n');
}

/** A file named by its path from the module: `new URL('../x.ts', import.meta.url)`. */
const FILE_REFERENCE = /new URL\(\s*(['"])(\.[^'"]*)\1\s*,\s*import\.meta\.url\s*\)/g;

/** The specifiers a file imports, as TypeScript's scanner reads them, and the files it names by `new URL`. */
export function specifiersOf(code: string): string[] {
  const references = [...code.matchAll(FILE_REFERENCE)].map((m) => m[2]!);
  return [...ts.preProcessFile(code, true, true).importedFiles.map((f) => f.fileName), ...references];
}

function resolveFile(base: string): string | undefined {
  for (const ext of RESOLVE) {
    const candidate = base + ext;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** The top-level entry of `root` a path belongs to (`model` for src/model/rules/x.ts, `site.config.ts` for a file). */
export function topEntryOf(root: string, file: string): string {
  return path.relative(root, file).split(path.sep)[0]!;
}

/** Every import from one top-level entry of `root` into another. */
export function folderEdges(root: string): FolderEdge[] {
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && SOURCE.test(d.name))
    .map((d) => path.join(d.parentPath, d.name));
  const edges: FolderEdge[] = [];
  for (const file of files) {
    for (const spec of specifiersOf(codeOf(file))) {
      if (!spec.startsWith('.')) continue;
      const target = resolveFile(path.resolve(path.dirname(file), spec.replace(/\?.*$/, '')));
      if (!target || !target.startsWith(root + path.sep)) continue;
      const from = topEntryOf(root, file);
      const to = topEntryOf(root, target);
      if (from !== to) edges.push({ from, to, example: `${path.relative(path.dirname(root), file)} -> ${spec}` });
    }
  }
  return edges;
}

/** Every circle in a graph of folders, each as the folders in order (the first repeated at the end). */
export function circles(edges: readonly Pick<FolderEdge, 'from' | 'to'>[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    if (!next.has(from)) next.set(from, new Set());
    next.get(from)!.add(to);
  }
  const found = new Map<string, string[]>();
  const walk = (node: string, trail: string[]) => {
    for (const to of next.get(node) ?? []) {
      const at = trail.indexOf(to);
      if (at >= 0) {
        const circle = trail.slice(at);
        // One entry per circle, whichever folder it was entered from.
        const start = circle.indexOf([...circle].sort()[0]!);
        const canonical = [...circle.slice(start), ...circle.slice(0, start)];
        found.set(canonical.join('>'), [...canonical, canonical[0]!]);
      } else walk(to, [...trail, to]);
    }
  };
  for (const node of next.keys()) walk(node, [node]);
  return [...found.values()];
}
