// After a build: every page the content and routes call for must have been written to dist/.
// A build that lost pages (a disk filling up, dist/ removed while building) fails instead of
// publishing a half site.
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The file a site path is written to: `kommuner/aalborg/` → `kommuner/aalborg/index.html`. */
export function outputFileOf(sitePath: string): string {
  if (sitePath === '') return 'index.html';
  return sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
}

/** The expected site paths whose files are missing from `distDir`. */
export function missingOutput(distDir: string, expected: Iterable<string>): string[] {
  return [...expected].filter((p) => !existsSync(path.join(distDir, outputFileOf(p)))).sort();
}

export function missingOutputMessage(missing: readonly string[]): string {
  const shown = missing.slice(0, 10).map((p) => `  /${p}`);
  const more = missing.length > shown.length ? [`  … og ${missing.length - shown.length} flere`] : [];
  return [
    `Bygningen er ufuldstændig: ${missing.length} ${missing.length === 1 ? 'side mangler' : 'sider mangler'} i output-mappen, selv om indholdet kalder på ${missing.length === 1 ? 'den' : 'dem'}:`,
    ...shown,
    ...more,
    'Sitet må ikke udgives sådan. Byg igen (npm run build); sker det igen, så giv en udvikler denne besked.',
  ].join('\n');
}
