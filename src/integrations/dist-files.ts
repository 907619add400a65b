// Lists the files of a build output folder, sorted, as paths relative to it (posix separators).
import { walkFiles } from '../model';

export function distFiles(outDir: string): string[] {
  return walkFiles(outDir)
    .filter((f) => !f.symlink)
    .map((f) => f.rel);
}
