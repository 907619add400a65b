// Lints a probe file that does not exist on disk with the project's own ESLint config, keeping
// only the rules under test: for tests that prove a lint rule refuses what it should. The
// type-aware rules are left out, since they need the file in the TypeScript project.
import path from 'node:path';
import { ESLint } from 'eslint';
import { expect } from 'vitest';
import { PROJECT_ROOT } from './fixture-site';

/** A linter for `rules`: `(file, code)` gives the messages for `code` as if it were `file` (relative to the project root). */
export function probeLinter(rules: readonly string[]): (file: string, code: string) => Promise<string[]> {
  const eslint = new ESLint({
    cwd: PROJECT_ROOT,
    overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
    ruleFilter: ({ ruleId }) => rules.includes(ruleId),
  });
  return async (file, code) => {
    const [result] = await eslint.lintText(code, { filePath: path.join(PROJECT_ROOT, file) });
    expect(result!.messages.filter((m) => m.fatal)).toEqual([]);
    return result!.messages.map((m) => m.message);
  };
}
