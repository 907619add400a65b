// Phase 1 of the content check: which files are under content/, and where each belongs.
// A file in no collection's place, with a name that is not a valid id, a wrong extension or a
// symlink is reported here and read no further.
import { existsSync, lstatSync } from 'node:fs';
import path from 'node:path';
import { closest } from './closest';
import { SLUG_PATTERN, slugify } from '../schemas/slug';
import type { ContentProblem, ProblemCode } from './problem';
import { COLLECTIONS, folderOf, type CollectionSpec } from './registry';
import { idFromPath } from './ids';
import { walkFiles } from './walk';
import { capitalise } from './format';

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
const FOLDER_LIST = `${FOLDERS.map((r) => folderOf(r)).join(', ')} og content/data/`;

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

const problem = (file: string, code: ProblemCode, message: string, hint: string, extra: Partial<ContentProblem> = {}): ContentProblem => ({
  file,
  code,
  message,
  hint,
  ...extra,
});

/** Where a file under content/ belongs, or why it cannot be read. */
export function placeFile(rel: string, file: string): PlacedFile | ContentProblem {
  const parts = rel.split('/');
  const ext = path.extname(rel);
  if (parts[0] === 'data') {
    const spec = DATA_FILES.find((r) => r.path === rel);
    if (spec) return { file, rel, spec };
    const names = DATA_FILES.map((r) => r.path.slice('data/'.length));
    const near = closest(parts.slice(1).join('/').toLowerCase(), names, 1)[0];
    return problem(
      file,
      'file-placement',
      'Filen er ikke en af sitets datafiler og bliver ikke læst.',
      `Datafilerne i content/data/ er ${names.join(', ')}.${near ? ` Skulle filen hedde ${near}?` : ''} Sider og indsatser hører til i ${FOLDERS.map((r) => folderOf(r)).join(', ')}.`,
    );
  }
  if (parts.length === 1) {
    return problem(file, 'file-placement', 'Filen ligger direkte i content/ og bliver ikke læst.', `Flyt den til den rigtige mappe: ${FOLDER_LIST}.`);
  }
  const spec = FOLDERS.find((r) => r.path === parts[0]);
  if (!spec) {
    const near = closest(
      parts[0]!.toLowerCase(),
      FOLDERS.map((r) => r.path),
      1,
    )[0];
    return problem(
      file,
      'file-placement',
      `Mappen content/${parts[0]}/ findes ikke på sitet, så filen bliver ikke læst.`,
      `${near ? `Mente du content/${near}/? ` : ''}Mapperne er ${FOLDER_LIST}.`,
    );
  }
  const allowed = spec.extensions ?? [];
  if (!allowed.includes(ext)) {
    const lower = ext.toLowerCase();
    const renameTo = (to: string) => `Omdøb filen til content/${rel.replace(/\.[^/.]*$/, '')}${to}.`;
    const hint = allowed.includes(lower)
      ? `Endelsen skal skrives med små bogstaver. ${renameTo(lower)}`
      : lower === '.yml' && allowed.includes('.yaml')
        ? renameTo('.yaml')
        : lower === '.markdown' && allowed.includes('.md')
          ? renameTo('.md')
          : ['.mdx', '.md', '.markdown'].includes(lower) && spec.kind === 'record'
            ? `Sider skrevet i MDX hører til i ${FOLDERS.filter((r) => r.kind === 'page')
                .map((r) => folderOf(r))
                .join(', ')}.`
            : ['.yaml', '.yml'].includes(lower) && spec.kind === 'page'
              ? `YAML-filer hører til i ${FOLDERS.filter((r) => r.kind === 'record')
                  .map((r) => folderOf(r))
                  .join(', ')}.`
              : `${renameTo(allowed[0]!)} Eller flyt den.`;
    const stem = idFromPath(parts.slice(1).join('/'));
    return problem(
      file,
      'file-extension',
      `Filen har den forkerte endelse og bliver ikke læst. Filer i content/${spec.path}/ skal ende på ${allowed.join(' eller ')}.`,
      hint,
      { field: 'filendelse', value: ext || '(ingen)', target: `${spec.name}/${stem.split('/').map(slugify).join('/')}` },
    );
  }
  const depth = spec.perMunicipality ? 3 : 2;
  if (parts.length !== depth) {
    return spec.perMunicipality
      ? problem(
          file,
          'file-placement',
          `${capitalise(spec.noun)} skal ligge i en mappe for sin kommune: content/${spec.path}/<kommune>/<id>${allowed[0]}.`,
          parts.length === 2
            ? `Flyt filen til content/${spec.path}/<kommune>/${parts[1]}, fx content/${spec.path}/aalborg/${parts[1]}.`
            : 'Flyt filen op, så den ligger direkte i kommunens mappe.',
        )
      : problem(
          file,
          'file-placement',
          `Filen ligger i en undermappe af content/${spec.path}/. Der må ikke være undermapper her.`,
          `Flyt filen til content/${spec.path}/${parts.at(-1)}.`,
        );
  }
  const id = idFromPath(parts.slice(1).join('/'));
  const bad = id.split('/').find((segment) => !SLUG_PATTERN.test(segment));
  if (bad !== undefined) {
    const suggestion = id
      .split('/')
      .map((segment) => slugify(segment))
      .join('/');
    return problem(
      file,
      'file-name',
      `Filnavnet "${bad}" kan ikke bruges som id: det bliver en del af sidens adresse.`,
      `Brug kun små bogstaver a-z, tal og bindestreger (æ→ae, ø→oe, å→aa; ingen mellemrum, store bogstaver eller tegn som # og ?).${suggestion ? ` Omdøb filen til content/${spec.path}/${suggestion}${ext}.` : ''}`,
      { field: 'filnavn', value: parts.slice(1).join('/'), target: `${spec.name}/${suggestion}` },
    );
  }
  return { file, rel, spec, id };
}

export interface Listing {
  placed: PlacedFile[];
  problems: ContentProblem[];
  /** Every file seen, placed or not. */
  count: number;
}

/** Phase 1: list content/ and place every file. */
export function listContent(contentDir: string): Listing {
  const problems: ContentProblem[] = [];
  const placed: PlacedFile[] = [];
  if (!existsSync(contentDir) || !lstatSync(contentDir).isDirectory()) {
    problems.push(
      problem(
        'content/',
        'no-content',
        'Mappen content/ findes ikke, så sitet har intet indhold.',
        'Kør kommandoen fra projektets rodmappe, eller hent content/ fra git igen (git checkout -- content).',
      ),
    );
    return { placed, problems, count: 0 };
  }
  const files = listFiles(contentDir);
  if (!files.length) {
    problems.push(
      problem(
        'content/',
        'no-content',
        'Mappen content/ er tom, så sitet har intet indhold.',
        'Hent indholdet fra git igen (git checkout -- content), eller start med kommunelisten content/data/kommuner.csv.',
      ),
    );
  }
  for (const { rel, symlink } of files) {
    const file = `content/${rel}`;
    if (symlink) {
      problems.push(
        problem(
          file,
          'symlink',
          'Filen er en genvej (symbolsk link) til en anden fil. Genveje bliver ikke læst.',
          'Læg selve filen her i stedet for en genvej til den.',
        ),
      );
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
      problems.push(
        problem(
          `content/${rel}`,
          'file-name',
          `Filen hedder det samme som content/${earlier} bortset fra store og små bogstaver.`,
          'Slet eller omdøb den ene fil; på Mac og Windows er de samme fil.',
        ),
      );
    } else byLower.set(key, rel);
  }
  // Every data file the site needs must be there.
  for (const spec of DATA_FILES) {
    if (files.length && !files.some((f) => f.rel === spec.path)) {
      problems.push(
        problem(
          `content/${spec.path}`,
          'missing-data-file',
          `Datafilen content/${spec.path} mangler.`,
          'Hent den fra git igen (git checkout -- content/data), eller opret den.',
          {
            code: 'unreadable-data-file',
            target: spec.name,
          },
        ),
      );
    }
  }
  return { placed, problems, count: files.length };
}
