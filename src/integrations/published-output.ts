// Astro integration: after every build (`npm run build` and a plain `astro build` alike: it runs
// in Astro's `astro:build:done`, before the search step), the published-output check
// (`published/check-dist.ts`) over every HTML, SVG, XML and CSS file in dist/. A finding stops the
// build with a Danish report naming the page and, when it came from content, the content file.
import type { AstroIntegration } from 'astro';
import { buildStop } from '../editor/build-stop';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { distFiles } from './dist-files';
import { checkDist } from './published/check-dist';
import { publishedReport } from './published/report';
import { entryPath, modelOf } from '../model';
import { OTHER_ROUTES } from '../opendata/routes';

export function publishedOutput(): AstroIntegration {
  let root = '';
  let srcDir = '';
  let publicDir = '';
  let origin = '';
  let base = '/';
  let assetsDir = '_astro';
  return {
    name: 'vidensbank:published-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        srcDir = fileURLToPath(config.srcDir);
        publicDir = fileURLToPath(config.publicDir);
        origin = new URL(config.site ?? 'http://localhost').origin;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        assetsDir = config.build.assets;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const files = distFiles(outDir);
        const findings = checkDist(outDir, files, { site: { origin, base }, assetsDir, publicDir });
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        if (!findings.length) {
          logger.info(`Det færdige site er tjekket: ${files.length} filer uden fund (${seconds} s)`);
          return;
        }
        const pageFiles = new Map<string, string>();
        for (const e of modelOf(root, { srcDir, publicDir, otherRoutes: OTHER_ROUTES }).result.entries) {
          const page = entryPath(e.collection, e.id);
          if (page) pageFiles.set(`${base}${page}/`, e.filePath.split(path.sep).join('/'));
        }
        throw buildStop(publishedReport(findings, { root, base, publicDir, pageFiles }), 'Udgivelsesfejl');
      },
    },
  };
}
