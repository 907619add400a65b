// Astro integration: the web editor (/admin/, src/editor/web-editor/). After the build it writes
// its files into <outDir>/admin/; in `npm run dev` it serves them from memory, made from the
// content as it is when the page is opened. Files, not Astro pages: they carry none of the reader
// pages' layout, search markup or CSP meta tag, and no route of the site's.
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { modelOf } from '../model';
import { webEditorFiles } from '../editor/web-editor/files';
import { OTHER_ROUTES } from '../opendata/routes';
import { WEB_EDITOR_FOLDER } from '../lib/web-editor-path';
import { siteConfig } from '../site.config';

export function webEditor(): AstroIntegration {
  let checked: () => ReturnType<typeof modelOf>['result'] = () => {
    throw new Error('web editor: the configuration is not known yet');
  };
  let base = '/';
  return {
    name: 'vidensbank:web-editor',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
        const root = fileURLToPath(config.root);
        // The same options as the content check (editor-checks.ts), so the checked model is reused.
        const options = { srcDir: fileURLToPath(config.srcDir), publicDir: fileURLToPath(config.publicDir), otherRoutes: OTHER_ROUTES };
        checked = () => modelOf(root, options).result;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = path.join(fileURLToPath(dir), WEB_EDITOR_FOLDER);
        const files = webEditorFiles(checked(), siteConfig.siteUrl);
        for (const file of files) {
          mkdirSync(path.dirname(path.join(outDir, file.path)), { recursive: true });
          writeFileSync(path.join(outDir, file.path), file.body);
        }
        logger.info(`Webredaktøren: ${files.length} filer i /${WEB_EDITOR_FOLDER}/`);
      },
      'astro:server:setup': ({ server }) => {
        const prefix = `${base}${WEB_EDITOR_FOLDER}/`;
        server.middlewares.use((req, res, next) => {
          const url = new URL(req.url ?? '/', 'http://localhost');
          if (!url.pathname.startsWith(prefix)) return next();
          const wanted = url.pathname.slice(prefix.length) || 'index.html';
          const file = webEditorFiles(checked(), siteConfig.siteUrl).find((f) => f.path === wanted);
          if (!file) return next();
          res.writeHead(200, { 'Content-Type': file.type, 'Cache-Control': 'no-cache' });
          res.end(file.body);
        });
      },
    },
  };
}
