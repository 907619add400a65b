// Astro integration: runs the content checker (src/model/check.ts, the same as `npm run tjek`)
// before anything else. With errors, `astro build` stops as soon as Astro starts Vite, with the
// Danish summary as all it prints (should this integration be missing, the loaders stop it the
// same way: src/loaders/model-loader.ts); after the build, a page the content calls for that was
// not written stops it here. `astro dev` prints the summary as a warning (so other pages stay
// previewable) and again whenever a file under content/ changes, and lays the same summary over
// the page in the browser until the file is fixed (src/integrations/dev-content-errors.ts). In
// dev it also refreshes VS Code's schemas for editors.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { CheckResult } from '../model';
import { modelOf } from '../model';
import { sitePaths } from '../model';
import { missingOutput, missingOutputMessage } from '../model';
import { formatSummary, headline } from '../editor/summary';
import { buildStop, contentErrorsStop } from '../editor/build-stop';
import { refreshEditorSchemas } from '../editor/write-schemas';
import { OTHER_ROUTES } from '../opendata/routes';
import { devErrorChannel, devErrorsScript, type DevErrorState } from './dev-content-errors';

/** What the browser shows in dev: the errors' summary, the same as the terminal's. */
function devState(result: CheckResult): DevErrorState {
  return { errors: result.errors.length, summary: result.errors.length ? formatSummary(result, { warnings: false }) : '' };
}

export function editorChecks(): AstroIntegration {
  let check: (() => { result: CheckResult; seconds: number }) | undefined;
  let contentDir = '';
  let pagesDir = '';
  let root = '';
  let initial: DevErrorState = { errors: 0, summary: '' };
  return {
    name: 'vidensbank:editor-checks',
    hooks: {
      'astro:config:setup': ({ config, command, logger, injectScript, updateConfig }) => {
        if (command !== 'build' && command !== 'dev') return;
        root = fileURLToPath(config.root);
        contentDir = path.join(root, 'content');
        pagesDir = path.join(fileURLToPath(config.srcDir), 'pages');
        // The same checked model Astro's loaders then read (src/loaders/model-loader.ts): content is checked once.
        check = () => modelOf(root, { srcDir: fileURLToPath(config.srcDir), publicDir: fileURLToPath(config.publicDir), otherRoutes: OTHER_ROUTES });
        const { result, seconds } = check();
        if (command === 'build') {
          if (result.errors.length) {
            // Stop at the first step Astro hands to Vite, before it loads the content layer: the
            // same stop as the loaders' (src/loaders/model-loader.ts), seconds sooner. Thrown from a
            // Vite plugin, not from this hook, so Astro prints the summary and nothing else.
            const stop = contentErrorsStop(result, seconds);
            updateConfig({ vite: { plugins: [{ name: 'vidensbank:content-gate', config: () => Promise.reject(stop) }] } });
            return;
          }
          logger.info(
            `Indholdet er tjekket: ${headline(result)}.${result.warnings.length ? ' Kør `npm run tjek` for at se advarslerne (gennemlæsningsdatoer, ældste fakta, ikke-udfyldte felter).' : ''}`,
          );
          return;
        }
        initial = devState(result);
        injectScript('page', devErrorsScript());
        if (result.errors.length) {
          refreshEditorSchemas(root, result);
          logger.warn(`\n${initial.summary}\n\nFejlene står også i browseren, oven på siden, til de er rettet.`);
        } else {
          refreshEditorSchemas(root, result);
          logger.info(`Indholdet er tjekket: ${headline(result)}.`);
        }
      },
      'astro:build:done': ({ dir }) => {
        if (!check) return;
        const published = check().result.entries.filter((e) => !e.draft);
        const missing = missingOutput(fileURLToPath(dir), sitePaths(published, pagesDir, OTHER_ROUTES));
        if (missing.length) throw buildStop(missingOutputMessage(missing));
      },
      'astro:server:setup': ({ server, logger }) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        let hadErrors = initial.errors > 0;
        const browser = devErrorChannel(server, initial);
        const rerun = (file: string) => {
          if (!check || !path.resolve(file).startsWith(contentDir + path.sep)) return;
          browser.checking();
          clearTimeout(timer);
          timer = setTimeout(() => {
            const { result } = check!();
            refreshEditorSchemas(root, result);
            browser.update(devState(result));
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
