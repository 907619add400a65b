// Phase 1 of the content check: which files are under content/, and where each belongs.
// A file in no collection's place, with a name that is not a valid id, a wrong extension or a
// symlink is reported here and read no further.
import { existsSync, lstatSync } from 'node:fs';
import path from 'node:path';
import { closest } from './closest';
import { SLUG_PATTERN, slugify } from '../schemas/slug';
import type { Problem } from './problem';
import { problem, type ExtensionFix } from './problems';
import { COLLECTIONS, folderOf, type CollectionSpec } from './registry';
import { idFromPath } from './ids';
import { walkFiles } from './walk';

export interface ContentFile {
  /** Relative to the project root, posix separators: `content/guide/en-indgang.mdx`. */
  file: string;
  /** Relative to content/. */
  rel: string;
}

export interface PlacedFile extends ContentFile {
  spec: CollectionSpec;
  /** The entry id for record and page files (`aalborg/startup-cafeer`). */
  id?: string;
}

const rows: readonly CollectionSpec[] = COLLECTIONS;
const FOLDERS = rows.filter((r) => r.kind === 'record' || r.kind === 'page');
const DATA_FILES = rows.filter((r) => r.kind === 'csv' || r.kind === 'list');
const FOLDER_NAMES = FOLDERS.map((r) => folderOf(r));

/** Every file under a folder (hidden ones skipped), relative and sorted so `x.mdx` comes before a stray `x.md`. */
export function listFiles(dir: string): { rel: string; symlink: boolean }[] {
  if (!existsSync(dir)) return [];
  return walkFiles(dir)
    .map(({ rel, symlink }) => ({ rel, symlink }))
    .filter(({ rel }) => !rel.split('/').some((part) => part.startsWith('.')))
    .sort((a, b) => {
      const stem = (f: string) => f.replace(/\.[^/.]*$/, '');
      return stem(a.rel).localeCompare(stem(b.rel)) || Number(b.rel.endsWith('.mdx')) - Number(a.rel.endsWith('.mdx')) || a.rel.localeCompare(b.rel);
    });
}

/** Where a file under content/ belongs, or why it cannot be read. */
export function placeFile(rel: string, file: string): PlacedFile | Problem {
  const parts = rel.split('/');
  const ext = path.extname(rel);
  if (parts[0] === 'data') {
    const spec = DATA_FILES.find((r) => r.path === rel);
    if (spec) return { file, rel, spec };
    const names = DATA_FILES.map((r) => r.path.slice('data/'.length));
    const near = closest(parts.slice(1).join('/').toLowerCase(), names, 1)[0];
    return problem('file-placement', { file }, { kind: 'not-a-data-file', names, near, folders: FOLDER_NAMES });
  }
  if (parts.length === 1) {
    return problem('file-placement', { file }, { kind: 'top-level', folders: FOLDER_NAMES });
  }
  const spec = FOLDERS.find((r) => r.path === parts[0]);
  if (!spec) {
    const near = closest(
      parts[0]!.toLowerCase(),
      FOLDERS.map((r) => r.path),
      1,
    )[0];
    return problem('file-placement', { file }, { kind: 'unknown-folder', folder: parts[0]!, near, folders: FOLDER_NAMES });
  }
  const allowed = spec.extensions ?? [];
  if (!allowed.includes(ext)) {
    const lower = ext.toLowerCase();
    const renameTo = (to: string) => `content/${rel.replace(/\.[^/.]*$/, '')}${to}`;
    const fix: ExtensionFix = allowed.includes(lower)
      ? { kind: 'lowercase', renameTo: renameTo(lower) }
      : lower === '.yml' && allowed.includes('.yaml')
        ? { kind: 'rename', renameTo: renameTo('.yaml') }
        : lower === '.markdown' && allowed.includes('.md')
          ? { kind: 'rename', renameTo: renameTo('.md') }
          : ['.mdx', '.md', '.markdown'].includes(lower) && spec.kind === 'record'
            ? { kind: 'pages-folders', folders: FOLDERS.filter((r) => r.kind === 'page').map((r) => folderOf(r)) }
            : ['.yaml', '.yml'].includes(lower) && spec.kind === 'page'
              ? { kind: 'records-folders', folders: FOLDERS.filter((r) => r.kind === 'record').map((r) => folderOf(r)) }
              : { kind: 'rename-or-move', renameTo: renameTo(allowed[0]!) };
    const stem = idFromPath(parts.slice(1).join('/'));
    return problem(
      'file-extension',
      { file, field: 'filendelse', value: ext || '(ingen)', target: `${spec.name}/${stem.split('/').map(slugify).join('/')}` },
      { path: spec.path, allowed, fix },
    );
  }
  const depth = spec.perMunicipality ? 3 : 2;
  if (parts.length !== depth) {
    return spec.perMunicipality
      ? problem(
          'file-placement',
          { file },
          { kind: 'needs-municipality', noun: spec.noun, path: spec.path, ext: allowed[0]!, name: parts.length === 2 ? parts[1] : undefined },
        )
      : problem('file-placement', { file }, { kind: 'subfolder', path: spec.path, name: parts.at(-1)! });
  }
  const id = idFromPath(parts.slice(1).join('/'));
  const bad = id.split('/').find((segment) => !SLUG_PATTERN.test(segment));
  if (bad !== undefined) {
    const suggestion = id
      .split('/')
      .map((segment) => slugify(segment))
      .join('/');
    return problem(
      'file-name',
      { file, field: 'filnavn', value: parts.slice(1).join('/'), target: `${spec.name}/${suggestion}` },
      { kind: 'not-an-id', bad, renameTo: suggestion ? `content/${spec.path}/${suggestion}${ext}` : undefined },
    );
  }
  return { file, rel, spec, id };
}

export interface Listing {
  placed: PlacedFile[];
  problems: Problem[];
  /** Every file seen, placed or not. */
  count: number;
}

/** Phase 1: list content/ and place every file. */
export function listContent(contentDir: string): Listing {
  const problems: Problem[] = [];
  const placed: PlacedFile[] = [];
  if (!existsSync(contentDir) || !lstatSync(contentDir).isDirectory()) {
    problems.push(problem('no-content', { file: 'content/' }, { empty: false }));
    return { placed, problems, count: 0 };
  }
  const files = listFiles(contentDir);
  if (!files.length) {
    problems.push(problem('no-content', { file: 'content/' }, { empty: true }));
  }
  for (const { rel, symlink } of files) {
    const file = `content/${rel}`;
    if (symlink) {
      problems.push(problem('symlink', { file }, { in: 'content' }));
      continue;
    }
    const where = placeFile(rel, file);
    if ('message' in where) problems.push(where);
    else placed.push(where);
  }
  // Two files whose names differ only in case are one page on some computers (macOS, Windows).
  const byLower = new Map<string, string>();
  for (const { rel } of files) {
    const key = rel.toLowerCase();
    const earlier = byLower.get(key);
    if (earlier) {
      problems.push(problem('file-name', { file: `content/${rel}` }, { kind: 'case-twin', other: earlier }));
    } else byLower.set(key, rel);
  }
  // Every data file the site needs must be there.
  for (const spec of DATA_FILES) {
    if (files.length && !files.some((f) => f.rel === spec.path)) {
      problems.push(problem('missing-data-file', { file: `content/${spec.path}`, target: spec.name }, { path: spec.path }));
    }
  }
  return { placed, problems, count: files.length };
}
