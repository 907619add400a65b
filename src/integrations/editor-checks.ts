// Astro integration: runs the content checker (src/editor/check.ts, the same as `npm run tjek`)
// before anything else. `astro build` stops with the Danish summary, before Astro's own English
// schema messages; `astro dev` prints it as a warning (so other pages stay previewable) and again
// whenever a file under content/ changes. In dev it also refreshes VS Code's schemas for editors.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { checkContent, type CheckResult } from '../editor/check';
import { formatSummary, headline } from '../editor/summary';
import { refreshEditorSchemas } from '../editor/write-schemas';

/** Thrown by the build: its message is the whole summary; no stack trace, which only hides it. */
export class ContentCheckError extends Error {
  constructor(summary: string) {
    super(summary);
    this.name = 'Indholdsfejl';
    this.stack = `${this.name}: ${summary}`;
  }
}

export function editorChecks(): AstroIntegration {
  let check: (() => CheckResult) | undefined;
  let contentDir = '';
  let root = '';
  return {
    name: 'vidensbank:editor-checks',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        root = fileURLToPath(config.root);
        contentDir = path.join(root, 'content');
        check = () => checkContent(root, { srcDir: fileURLToPath(config.srcDir), publicDir: fileURLToPath(config.publicDir) });
        const started = performance.now();
        const result = check();
        const seconds = (performance.now() - started) / 1000;
        if (command === 'build') {
          if (result.errors.length) throw new ContentCheckError(formatSummary(result, { seconds, warnings: false }));
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
      'astro:server:setup': ({ server, logger }) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        let hadErrors = false;
        const rerun = (file: string) => {
          if (!check || !path.resolve(file).startsWith(contentDir + path.sep)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            const result = check!();
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
