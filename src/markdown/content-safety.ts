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

/** The whole file the processor compiles, when `source` is its body (content-layer pages arrive without front matter). */
function wholeFile(fileURL: URL | undefined, source: string): string | undefined {
  if (!fileURL) return undefined;
  try {
    const text = readFileSync(fileURL, 'utf8');
    return source.trim() && text.includes(source) ? text : undefined;
  } catch {
    return undefined;
  }
}

/** The plugin entry for `satteri({ mdastPlugins: [contentSafety()] })`. Returns no visitor: it only checks. */
export function contentSafety(root = process.cwd()): MdastPluginEntry {
  return (ctx: PluginFactoryContext) => {
    const file = displayPath(ctx.fileURL, root);
    // The whole file, so lines are the file's and the parse is the one the content check made (cached).
    const problems = checkSourceSafety(wholeFile(ctx.fileURL, ctx.source) ?? ctx.source, file, ctx.sourceFormat === 'mdx');
    if (problems.length) {
      throw new ContentError(
        problems,
        `${problems.length} fejl i indholdet — rettes, før sitet kan bygges (kør npm run tjek):\n\n${formatProblemsByFile(problems)}\n`,
      );
    }
    return null;
  };
}
