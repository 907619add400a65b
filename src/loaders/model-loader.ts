// Astro loaders fed by the checked content model (src/model/session.ts): entries reach Astro's
// store already parsed and validated by the same code as `npm run tjek`, so nothing is read or
// checked twice, and the two can never disagree.
//   - data collections (csv, list, record): entries come straight from the model;
//   - page collections (MDX/Markdown): Astro's glob() reads the files so it can render them,
//     but each entry's data is the model's, not a second validation.
// The gate's second stop: should the checking integration be missing (it stops a build sooner,
// src/integrations/editor-checks.ts), a build with content errors stops here with the same
// Danish summary as `npm run tjek`, in the content layer, where Astro's own loaders stop for an
// entry that fails its schema; Astro prints the summary and nothing else. `astro dev` keeps
// serving, and shows the errors over the page instead.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { ContentError, modelOf } from '../model';
import { OTHER_ROUTES } from '../opendata/routes';
import type { CollectionSpec } from '../model';
import { idFromPath } from '../model';
import type { CheckedEntry } from '../model';
import { contentErrorsStop } from '../editor/build-stop';

/** `astro dev` (Vite's mode): other pages stay previewable while an editor fixes one. */
const inDev = () => process.env.NODE_ENV === 'development';

function entriesOf(context: LoaderContext, spec: CollectionSpec): CheckedEntry[] {
  const root = fileURLToPath(context.config.root);
  const { result, seconds } = modelOf(root, {
    srcDir: fileURLToPath(context.config.srcDir),
    publicDir: fileURLToPath(context.config.publicDir),
    otherRoutes: OTHER_ROUTES,
  });
  if (result.errors.length && !inDev()) throw contentErrorsStop(result, seconds);
  return result.entries.filter((e) => e.collection === spec.name);
}

function dataLoader(spec: CollectionSpec): Loader {
  const fill = (context: LoaderContext) => {
    context.store.clear();
    for (const e of entriesOf(context, spec)) {
      context.store.set({ id: e.id, data: e.data, filePath: e.filePath, digest: context.generateDigest(JSON.stringify(e.raw)) });
    }
  };
  return {
    name: 'vidensbank-model',
    load: (context) => {
      fill(context);
      const watched = path.join(fileURLToPath(context.config.root), 'content', spec.path);
      const inScope = (file: string) => path.resolve(file) === watched || path.resolve(file).startsWith(watched + path.sep);
      context.watcher?.add(watched);
      for (const event of ['add', 'change', 'unlink'] as const) {
        context.watcher?.on(event, (file: string) => {
          if (inScope(file)) fill(context);
        });
      }
      return Promise.resolve();
    },
  };
}

function pageLoader(spec: CollectionSpec): Loader {
  const extensions = (spec.extensions ?? []).map((e) => e.slice(1));
  const inner = glob({
    pattern: `**/*.{${extensions.join(',')}}`,
    base: `./content/${spec.path}`,
    generateId: ({ entry }) => idFromPath(entry),
  });
  return {
    name: 'vidensbank-model-pages',
    load: async (context) => {
      const checked = new Map(entriesOf(context, spec).map((e) => [e.id, e]));
      // glob() only logs a page that fails to render (e.g. refused by src/markdown/content-safety.ts)
      // and publishes it empty; here that fails the build with the page's own message.
      const failures: string[] = [];
      const logger = Object.create(context.logger, {
        error: { value: (message: string) => failures.push(message.replace(/^Error rendering [^:]*: /, '')) },
      }) as typeof context.logger;
      await inner.load({
        ...context,
        logger,
        parseData: async (props) => {
          const entry = checked.get(props.id);
          // In `npm run dev` an entry with errors is not in the model: Astro reports it as before.
          return (entry ? entry.data : await context.parseData(props)) as typeof props.data;
        },
      });
      if (!failures.length) return;
      // In `astro dev` other pages stay previewable (the content check prints the problem); a build stops.
      if (inDev()) for (const f of failures) context.logger.error(f);
      else throw new ContentError([], failures.join('\n'));
    },
  };
}

/** The loader of one registry row. */
export function modelLoader(spec: CollectionSpec): Loader {
  return spec.kind === 'page' ? pageLoader(spec) : dataLoader(spec);
}
