// Astro's glob() loader, made strict: two files that map to one id (e.g. `a.md` and `a.mdx`)
// fail the build, where glob() alone lets one silently replace the other.
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { ContentError } from './content-error';

/** The entry id for a file path relative to the collection folder: the path without its extension. */
export function idFromPath(entry: string): string {
  return entry.replace(/\.[^/.]+$/, '');
}

/** A page that could not be rendered; the message (Danish, from the renderer) is the whole story. */
export class RenderFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Indholdsfejl';
    this.stack = `${this.name}: ${message}`;
  }
}

export function strictGlob(options: { pattern: string; base: string }): Loader {
  const seen = new Map<string, string>();
  const folder = options.base.replace(/^\.\//, '').replace(/\/?$/, '/');
  const inner = glob({
    ...options,
    generateId: ({ entry }) => {
      const id = idFromPath(entry);
      const earlier = seen.get(id);
      if (earlier !== undefined && earlier !== entry) {
        throw new ContentError([
          {
            file: folder + entry,
            field: 'id (filnavnet)',
            value: id,
            message: `To filer har samme id "${id}": ${folder + earlier} og ${folder + entry}.`,
            hint: 'Slet eller omdøb den ene fil. Filnavnet (uden endelse) er sidens id og skal være unikt i mappen.',
          },
        ]);
      }
      seen.set(id, entry);
      return id;
    },
  });
  return {
    ...inner,
    name: 'strict-glob',
    load: async (context) => {
      seen.clear();
      // glob() only logs a page that fails to render (e.g. refused by src/markdown/content-safety.ts)
      // and publishes it empty; here that fails the build with the page's own message.
      const failures: string[] = [];
      const logger = Object.create(context.logger, {
        error: { value: (message: string) => failures.push(message.replace(/^Error rendering [^:]*: /, '')) },
      }) as typeof context.logger;
      await inner.load({ ...context, logger });
      if (!failures.length) return;
      // In `astro dev` other pages stay previewable (the content check prints the problem); a build stops.
      if (process.env.NODE_ENV === 'development') for (const f of failures) context.logger.error(f);
      else throw new RenderFailure(failures.join('\n'));
    },
  };
}
