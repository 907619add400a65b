// Defense in depth: a Sätteri plugin factory that runs the MDX safety rule
// (src/model/rules/mdx-safety.ts) on every Markdown/MDX file the build compiles, and stops the
// build with the same Danish message as `npm run tjek` if code (`import`, `export`, `{…}`),
// an unknown component, HTML that is not allowed or an unsafe URL reaches compilation. The
// content checker normally stops the build before this; this holds even if it were bypassed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry, PluginFactoryContext } from 'satteri';
import { ContentError, formatProblemsByFile } from '../model';
import { checkSourceSafety } from '../model';

function displayPath(fileURL: URL | undefined, root: string): string {
  if (!fileURL) return '(ukendt fil)';
  const absolute = fileURLToPath(fileURL);
  const relative = path.relative(root, absolute);
  return relative.startsWith('..') ? absolute : relative.split(path.sep).join('/');
}

/** How many lines of the file come before `source` (the body), or 0 when it cannot be found. */
function linesBefore(fileURL: URL, source: string): number {
  try {
    const text = readFileSync(fileURL, 'utf8');
    const at = source.trim() ? text.lastIndexOf(source) : -1;
    return at > 0 ? (text.slice(0, at).match(/\n/g)?.length ?? 0) : 0;
  } catch {
    return 0;
  }
}

/** The plugin entry for `satteri({ mdastPlugins: [contentSafety()] })`. Returns no visitor: it only checks. */
export function contentSafety(root = process.cwd()): MdastPluginEntry {
  return (ctx: PluginFactoryContext) => {
    const file = displayPath(ctx.fileURL, root);
    // Content-layer Markdown arrives without its frontmatter: shift lines to match the file.
    const offset = ctx.fileURL ? linesBefore(ctx.fileURL, ctx.source) : 0;
    const problems = checkSourceSafety(ctx.source, file, ctx.sourceFormat === 'mdx').map((p) => (p.line && offset ? { ...p, line: p.line + offset } : p));
    if (problems.length) {
      throw new ContentError(
        problems,
        `${problems.length} fejl i indholdet — rettes, før sitet kan bygges (kør npm run tjek):\n\n${formatProblemsByFile(problems)}\n`,
      );
    }
    return null;
  };
}
