// Link checker over built HTML: every internal href/src (and #fragment) resolves to a built
// file; external links carry rel="noopener"; no vague link texts.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BuiltPage, SiteProblem } from './site-pages';

/** Link texts that say nothing about where they go (Danish and English). */
export const VAGUE_LINK_TEXTS = ['her', 'klik her', 'tryk her', 'læs mere', 'læs mere her', 'mere', 'link', 'se her', 'click here', 'here', 'read more'];

function resolveTarget(outDir: string, base: string, fromFile: string, url: string): string | undefined {
  let pathname = url;
  if (!url.startsWith('/')) pathname = path.posix.join('/', base, path.posix.dirname(fromFile), url);
  if (!pathname.startsWith(base)) return undefined;
  const rel = decodeURIComponent(pathname.slice(base.length));
  const file = path.join(outDir, rel);
  if (existsSync(file) && statSync(file).isFile()) return rel;
  const index = path.join(file, 'index.html');
  if (existsSync(index)) return path.posix.join(rel, 'index.html');
  return undefined;
}

export function checkLinks(outDir: string, pages: BuiltPage[], basePath = '/'): SiteProblem[] {
  const base = basePath.replace(/\/?$/, '/');
  const ids = new Map(pages.map((p) => [p.file, new Set(p.root.querySelectorAll('[id]').map((e) => e.id))]));
  const problems: SiteProblem[] = [];
  for (const page of pages) {
    const refs = [
      ...page.root.querySelectorAll('a[href], link[href]').map((e) => ({ el: e, url: e.getAttribute('href')! })),
      ...page.root.querySelectorAll('script[src], img[src], source[src]').map((e) => ({ el: e, url: e.getAttribute('src')! })),
    ];
    for (const { el, url } of refs) {
      if (/^(mailto|tel):/.test(url)) continue;
      if (/^https?:\/\//.test(url) || url.startsWith('//')) {
        if (el.tagName === 'A' && !(el.getAttribute('rel') ?? '').split(/\s+/).includes('noopener')) {
          problems.push({ file: page.file, problem: `external link without rel="noopener": ${url}` });
        }
        if (el.tagName !== 'A' && el.getAttribute('rel') !== 'canonical') problems.push({ file: page.file, problem: `resource from another origin: ${url}` });
        continue;
      }
      const [target, fragment] = url.split('#') as [string, string | undefined];
      const file = target === '' ? page.file : resolveTarget(outDir, base, page.file, target);
      if (!file) {
        problems.push({ file: page.file, problem: `broken link: ${url}` });
        continue;
      }
      if (fragment && file.endsWith('.html') && !ids.get(file)?.has(decodeURIComponent(fragment))) {
        problems.push({ file: page.file, problem: `missing #fragment: ${url}` });
      }
    }
    for (const a of page.root.querySelectorAll('a')) {
      const text = (a.getAttribute('aria-label') ?? a.text)
        .replace(/\s+/g, ' ')
        .trim()
        .toLowerCase()
        .replace(/[.:!]+$/, '');
      if (VAGUE_LINK_TEXTS.includes(text)) problems.push({ file: page.file, problem: `vague link text: "${text}"` });
      if (text === '' && !a.querySelector('img[alt], svg title')) problems.push({ file: page.file, problem: `link without text: ${a.getAttribute('href')}` });
    }
  }
  return problems;
}
