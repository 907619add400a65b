// Runs the search-and-offline step handed over by a build (src/integrations/search-and-offline.ts),
// in a process of its own after Astro's has ended. Started by scripts/astro.mjs for `build`.
// Usage: tsx scripts/search-step.ts <handoff.json>
import { readFileSync } from 'node:fs';
import type { SearchStepHandoff } from '../src/integrations/search-and-offline';
import { writeSearchAndOffline } from '../src/integrations/search-step';

const file = process.argv[2];
if (!file) throw new Error('Usage: tsx scripts/search-step.ts <handoff.json>');
const { outDir, base } = JSON.parse(readFileSync(file, 'utf8')) as SearchStepHandoff;
const time = () => new Date().toTimeString().slice(0, 8);
const prefix = '[vidensbank:search-and-offline]';
await writeSearchAndOffline(outDir, base, {
  info: (m) => console.log(`${time()} ${prefix} ${m}`),
  warn: (m) => console.warn(`${time()} ${prefix} ${m}`),
});
