// Astro integration: after every build, the search-and-offline step (`search-step.ts`), so a
// build alone yields a searchable, offline-capable dist/. `npm run build` (scripts/astro.mjs)
// asks for the step to be handed over instead, and runs it once Astro's process has ended:
// Pagefind needs about 2 GB at 5,000 pages, and beside Astro's finished build (about 1.7 GB
// resident, which Node does not give back) the two would add up (docs/performance.md).
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeSearchAndOffline } from './search-step';

/** Environment variable naming the file to hand the step over in (set by scripts/astro.mjs). */
export const SEARCH_STEP_HANDOFF = 'SEARCH_STEP_HANDOFF';

/** What the step needs from the build, as handed over. */
export interface SearchStepHandoff {
  outDir: string;
  base: string;
}

export function searchAndOffline(): AstroIntegration {
  let base = '/';
  return {
    name: 'vidensbank:search-and-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const handoff = process.env[SEARCH_STEP_HANDOFF];
        if (handoff) writeFileSync(handoff, JSON.stringify({ outDir, base } satisfies SearchStepHandoff));
        else await writeSearchAndOffline(outDir, base, logger);
      },
    },
  };
}
