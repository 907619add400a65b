// Lists the files of a build output folder, sorted, as paths relative to it (posix separators).
import { readdirSync } from 'node:fs';
import path from 'node:path';

export function distFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(outDir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
}
