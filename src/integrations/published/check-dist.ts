// The published-output check: every HTML, SVG, XML and CSS file in a build's output folder, parsed
// with a real parser and held to the site's policy (`element-policy.ts`). The second line of
// defence: whatever path a value took from content or code into a file, it is caught here.
// One pass, one parse per file: linear in the size of the output.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { WEB_EDITOR_FOLDER } from '../../lib/web-editor-path';
import { checkHtmlDocument, checkXmlDocument, cssUrls, resourceVerdict, type Finding, type PolicyContext, type SiteOrigin } from '../../model';

export interface DistFinding extends Finding {
  /** The output file, relative to the output folder (`kommuner/aalborg/index.html`). */
  file: string;
}

export interface DistCheckOptions {
  site: SiteOrigin;
  /** Astro's folder for its bundles (`build.assets`, default `_astro`). */
  assetsDir?: string | undefined;
  /** The folder public/ was copied from: its files are not the site's own bundles. */
  publicDir?: string | undefined;
  /** Other folders the build itself writes scripts into: by default the web editor's, which its
   *  integration (`web-editor.ts`) writes after Astro's build, never copied from public/. */
  ownScriptFolders?: readonly string[] | undefined;
}

/** The site path a file is served at: `kommuner/aalborg/index.html` → `/kommuner/aalborg/`. */
export function servedPath(file: string, base: string): string {
  return base + (file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file);
}

/** Which output files are checked, and how (by extension, as a web server picks the type). */
const KINDS: Readonly<Record<string, 'html' | 'svg' | 'xml' | 'css'>> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'xml',
  '.svg': 'svg',
  '.xml': 'xml',
  '.xsl': 'xml',
  '.xslt': 'xml',
  '.rss': 'xml',
  '.atom': 'xml',
  '.css': 'css',
};

export function checkDist(outDir: string, files: readonly string[], options: DistCheckOptions): DistFinding[] {
  const { site, assetsDir = '_astro', publicDir, ownScriptFolders = [WEB_EDITOR_FOLDER] } = options;
  const fileSet = new Set(files);
  const fromPublic = (file: string) => publicDir !== undefined && existsSync(path.join(publicDir, file));
  const bundlePrefixes = [assetsDir, 'pagefind', ...ownScriptFolders].map((folder) => `${site.base}${folder}/`);
  const ownScript = (pathname: string) => {
    const prefix = bundlePrefixes.find((p) => pathname.startsWith(p));
    if (!prefix) return false;
    let file: string;
    try {
      file = decodeURIComponent(pathname.slice(site.base.length));
    } catch {
      return false;
    }
    return fileSet.has(file) && !fromPublic(file);
  };
  const findings: DistFinding[] = [];
  for (const file of files) {
    const kind = KINDS[path.extname(file).toLowerCase()];
    if (!kind) continue;
    const text = readFileSync(path.join(outDir, file), 'utf8');
    const ctx: PolicyContext = { site, pagePath: servedPath(file, site.base), ownScript };
    let found: Finding[];
    if (kind === 'html') found = checkHtmlDocument(text, ctx);
    else if (kind === 'css') {
      found = [];
      for (const url of cssUrls(text)) {
        const verdict = resourceVerdict(url, site, ctx.pagePath);
        if (!verdict.ok) found.push({ code: verdict.reason === 'scheme' ? 'unsafe-url' : 'foreign-resource', what: `url(${url})`, value: url });
      }
    } else found = checkXmlDocument(text, ctx, kind === 'svg' ? 'image/svg+xml' : 'application/xml');
    for (const f of found) findings.push({ ...f, file });
  }
  return findings;
}
