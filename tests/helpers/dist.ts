// Reads the built site (dist/) and the content files, for tests over the real build.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { parse, type HTMLElement } from 'node-html-parser';
import { PROJECT_ROOT } from './fixture-site';
import { WEB_EDITOR_FOLDER } from '../../src/lib/web-editor-path';

export const DIST = path.join(PROJECT_ROOT, 'dist');
export const CONTENT = path.join(PROJECT_ROOT, 'content');

/** All files below a folder, relative to it, sorted. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort();
}

/** The built HTML pages readers see, relative to `dir`: every page but the web editor's (/admin/). */
export function readerPages(dir: string = DIST): string[] {
  return filesUnder(dir).filter((f) => f.endsWith('.html') && !f.startsWith(`${WEB_EDITOR_FOLDER}/`));
}

/** The parsed HTML of a built page, by its site path (e.g. `kommuner/aalborg/`). */
export function page(sitePath: string): HTMLElement {
  return parse(readFileSync(path.join(DIST, sitePath, 'index.html'), 'utf8'));
}

export function pageExists(sitePath: string): boolean {
  return existsSync(path.join(DIST, sitePath, 'index.html'));
}

/** Content entries of a folder, read straight from the files: id → frontmatter/data. */
export function contentEntries(folder: string): Map<string, Record<string, unknown>> {
  const dir = path.join(CONTENT, folder);
  const entries = new Map<string, Record<string, unknown>>();
  for (const file of filesUnder(dir)) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const id = file.replace(/\.[^/.]+$/, '');
    const data = file.endsWith('.yaml') ? yaml.load(text) : yaml.load(text.split(/^---$/m)[1] ?? '');
    entries.set(id, data as Record<string, unknown>);
  }
  return entries;
}

/** Internal link targets on a page that start with `prefix` (e.g. `/indsatser/`). */
export function linksUnder(root: HTMLElement, prefix: string): Set<string> {
  return new Set(
    root
      .querySelectorAll('a[href]')
      .map((a) => a.getAttribute('href')!)
      .filter((h) => h.startsWith(prefix)),
  );
}
