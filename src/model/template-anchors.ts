// The ids the site's own templates put on pages (a table of contents, a page's sections such as
// #kilder or #maal), so that a `#fragment` link in content may point at them. Read from the
// templates' markup with an HTML parser; ids written as expressions (`id={…}`) are not fixed ids
// and are left out. Derived, not listed by hand: a new section id in a template is known at once.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Nodes } from 'hast';
import { walkFiles } from './walk';

const FOLDERS = ['pages', 'layouts', 'components'];

/** An .astro file's markup: what follows its `---` fenced script. */
function markupOf(text: string): string {
  if (!text.startsWith('---')) return text;
  const end = text.indexOf('\n---', 3);
  return end < 0 ? text : text.slice(end + 4);
}

function collect(node: Nodes, out: Set<string>): void {
  if (node.type === 'element') {
    const id = node.properties['id'];
    if (typeof id === 'string' && id !== '' && !id.includes('{')) out.add(id);
  }
  if ('children' in node) for (const c of node.children) collect(c, out);
}

/** Fixed ids in the .astro templates under `srcDir`. */
export function templateAnchors(srcDir: string): Set<string> {
  const out = new Set<string>();
  for (const folder of FOLDERS) {
    const dir = path.join(srcDir, folder);
    if (!existsSync(dir)) continue;
    for (const f of walkFiles(dir).filter((w) => w.rel.endsWith('.astro'))) collect(fromHtml(markupOf(readFileSync(f.path, 'utf8')), { fragment: true }), out);
  }
  return out;
}
