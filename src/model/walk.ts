// The one directory walker: every file (and symbolic link) under a folder, with its path relative
// to the folder in posix form, sorted by that path. Callers filter and order further.
import { readdirSync } from 'node:fs';
import path from 'node:path';

export interface WalkedFile {
  /** Relative to the folder walked, with `/` separators: `aalborg/cafe.yaml`. */
  rel: string;
  /** The full path. */
  path: string;
  symlink: boolean;
}

/** Throws when `dir` does not exist, like readdirSync. */
export function walkFiles(dir: string): WalkedFile[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() || d.isSymbolicLink())
    .map((d) => {
      const full = path.join(d.parentPath, d.name);
      return { rel: path.relative(dir, full).split(path.sep).join('/'), path: full, symlink: d.isSymbolicLink() };
    })
    .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}
