// A throwaway git repository holding the project as it is in this working tree (tracked and new
// files, not ignored ones), with node_modules hard-linked in (fast, and the original is never
// written to: npm replaces files instead of editing them), an `origin` remote and `main` as its
// default branch: what a pipeline runner sees in a fresh clone.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './fixture-site';

export interface RepoCopy {
  root: string;
  git: (...args: string[]) => string;
  /** Writes files (path → text, or null to delete) and commits them. */
  commit: (files: Record<string, string | null>, message: string) => void;
}

export function copyRepo(name: string): RepoCopy {
  const root = path.join(PROJECT_ROOT, 'tests/.tmp', name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: PROJECT_ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f && existsSync(path.join(PROJECT_ROOT, f)));
  for (const f of files) cpSync(path.join(PROJECT_ROOT, f), path.join(root, f), { recursive: true });
  execFileSync('cp', ['-al', path.join(PROJECT_ROOT, 'node_modules'), path.join(root, 'node_modules')]);
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.dk', '-c', 'commit.gpgsign=false', ...args], { cwd: root, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'Kopi af projektet');
  git('remote', 'add', 'origin', 'https://gitlab.example.dk/kommune/vidensbank.git');
  git('update-ref', 'refs/remotes/origin/main', 'HEAD');
  git('symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main');
  return {
    root,
    git,
    commit(changes, message) {
      for (const [file, text] of Object.entries(changes)) {
        const target = path.join(root, file);
        if (text === null) rmSync(target, { force: true });
        else {
          mkdirSync(path.dirname(target), { recursive: true });
          writeFileSync(target, text);
        }
      }
      git('add', '-A');
      git('commit', '-q', '-m', message);
    },
  };
}
