// Astro integration: runs the content checker (src/model/check.ts, the same as `npm run tjek`)
// before anything else. `astro build` stops with the Danish summary, before Astro's own English
// schema messages; `astro dev` prints it as a warning (so other pages stay previewable) and again
// whenever a file under content/ changes. In dev it also refreshes VS Code's schemas for editors.
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { CheckResult } from '../model';
import { modelOf } from '../model';
import { sitePaths } from '../model';
import { missingOutput, missingOutputMessage } from '../model';
import { formatSummary, headline } from '../editor/summary';
import { refreshEditorSchemas } from '../editor/write-schemas';
import { OTHER_ROUTES } from '../opendata/routes';

/**
 * Stops the build through Astro's own error mechanism (an AstroError thrown from the hook), with
 * the Danish summary as its message. Without a stack: the summary names file, line and field, and
 * a trace into this file would only distract editors.
 */
function stopBuild(summary: string): never {
  const error = new AstroError(`\n${summary}\n`);
  error.name = 'Indholdsfejl';
  error.stack = '';
  throw error;
}

export function editorChecks(): AstroIntegration {
  let check: (() => { result: CheckResult; seconds: number }) | undefined;
  let contentDir = '';
  let pagesDir = '';
  let root = '';
  return {
    name: 'vidensbank:editor-checks',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        root = fileURLToPath(config.root);
        contentDir = path.join(root, 'content');
        pagesDir = path.join(fileURLToPath(config.srcDir), 'pages');
        // The same checked model Astro's loaders then read (src/loaders/model-loader.ts): content is checked once.
        check = () => modelOf(root, { srcDir: fileURLToPath(config.srcDir), publicDir: fileURLToPath(config.publicDir), otherRoutes: OTHER_ROUTES });
        const { result, seconds } = check();
        if (command === 'build') {
          if (result.errors.length) stopBuild(formatSummary(result, { seconds, warnings: false }));
          logger.info(
            `Indholdet er tjekket: ${headline(result)}.${result.warnings.length ? ' Kør `npm run tjek` for at se advarslerne (gennemlæsningsdatoer, ældste fakta, ikke-udfyldte felter).' : ''}`,
          );
        } else if (result.errors.length) {
          refreshEditorSchemas(root, result);
          logger.warn(`\n${formatSummary(result, { seconds, warnings: false })}\n\nSider uden fejl kan stadig ses i forhåndsvisningen.`);
        } else {
          refreshEditorSchemas(root, result);
          logger.info(`Indholdet er tjekket: ${headline(result)}.`);
        }
      },
      'astro:build:done': ({ dir }) => {
        if (!check) return;
        const published = check().result.entries.filter((e) => !e.draft);
        const missing = missingOutput(fileURLToPath(dir), sitePaths(published, pagesDir, OTHER_ROUTES));
        if (missing.length) stopBuild(missingOutputMessage(missing));
      },
      'astro:server:setup': ({ server, logger }) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        let hadErrors = false;
        const rerun = (file: string) => {
          if (!check || !path.resolve(file).startsWith(contentDir + path.sep)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            const { result } = check!();
            refreshEditorSchemas(root, result);
            if (result.errors.length) logger.warn(`\n${formatSummary(result, { warnings: false })}`);
            else if (hadErrors) logger.info('Indholdet er tjekket igen: ingen fejl.');
            hadErrors = result.errors.length > 0;
          }, 150);
        };
        if (!check) return;
        server.watcher.add(contentDir);
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, rerun);
      },
    },
  };
}
