// The catalogue is the only place a problem's text is made (src/model/problems.ts): a rule that
// writes a message inline, passes the wrong facts or names a code that does not exist does not
// type-check (a TypeScript program over a probe file in the model), and the ways around the type
// (casts, type guards, the catalogue's own helpers, `as never`, Object.assign, the readers'
// ContentProblem in the model) fail `npm run lint` (the project's ESLint config on probe files).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { probeLinter } from '../helpers/lint-probe';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PROBE = path.join(ROOT, 'src/model/rules/catalogue-probe.ts');

/** The type errors of a probe file in src/model/rules/, compiled with the project's compiler options. */
function typeErrors(code: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
  const real = ts.createCompilerHost(config.options);
  const host: ts.CompilerHost = {
    ...real,
    getSourceFile: (file, language, ...rest) =>
      path.resolve(file) === PROBE ? ts.createSourceFile(file, code, language) : real.getSourceFile(file, language, ...rest),
    fileExists: (file) => path.resolve(file) === PROBE || real.fileExists(file),
    readFile: (file) => (path.resolve(file) === PROBE ? code : real.readFile(file)),
  };
  const program = ts.createProgram([PROBE], { ...config.options, noEmit: true }, host);
  const probe = program.getSourceFile(PROBE)!;
  return ts.getPreEmitDiagnostics(program, probe).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

const HEADER = "import type { Problem } from '../problem';\nimport { problem } from '../problems';\n";

describe('a problem made outside the catalogue does not type-check', () => {
  it('accepts a problem made by problem() with the facts its code takes (the control)', () => {
    const errors = typeErrors(
      `${HEADER}export const a: Problem = problem('unknown-question', { file: 'x', line: 3 }, { question: 'strategi' });\n` +
        `export const b: Problem[] = [problem('blank-text', { file: 'x' })];\n`,
    );
    expect(errors).toEqual([]);
  }, 60_000);

  it.each([
    ['a message written inline', `export const p: Problem = { file: 'x', code: 'blank-text', message: 'Feltet er tomt.' };`, 'ProblemText'],
    ['a hint written inline', `const p = problem('blank-text', { file: 'x' });\nexport const q: Problem = { ...p, hint: 'Skriv noget.' };`, 'ProblemText'],
    ['a message assigned', `const p = problem('blank-text', { file: 'x' });\np.message = 'Andet.';`, 'ProblemText'],
    ['a code that does not exist', `export const p = problem('no-such-code', { file: 'x' });`, 'no-such-code'],
    ['facts its code does not take', `export const p = problem('unknown-question', { file: 'x' }, { questoin: 'strategi' });`, 'questoin'],
    ['no facts where its code takes some', `export const p = problem('unknown-question', { file: 'x' });`, 'Expected 3 arguments'],
    ['facts of the wrong type', `export const p = problem('unknown-question', { file: 'x' }, { question: 42 });`, 'number'],
  ])('%s', (_, code, expected) => {
    const errors = typeErrors(`${HEADER}${code}\n`);
    expect(errors.length, errors.join('\n')).toBeGreaterThan(0);
    expect(errors.join('\n')).toContain(expected);
  });
});

const lintErrors = probeLinter(['no-restricted-syntax']);

describe('the lint rule refuses the ways around the type', () => {
  beforeAll(() => lintErrors('src/model/probe.ts', 'export const x = 1;\n'), 60_000);

  it.each([
    ['a cast to ProblemText', 'src/model/rules/probe.ts', "export const t = 'Tekst.' as ProblemText;", 'No cast to Problem or ProblemText'],
    ['a double cast to Problem', 'src/model/probe.ts', "export const p = { message: 'x' } as unknown as Problem;", 'No cast to Problem or ProblemText'],
    ['a cast to a part of Problem', 'src/model/probe.ts', "export const m = 'x' as Problem['message'];", 'No cast to Problem or ProblemText'],
    ['an angle-bracket cast', 'src/model/probe.ts', "export const t = <ProblemText>'x';", 'No cast to Problem or ProblemText'],
    ['a type guard', 'src/model/probe.ts', 'export const isText = (s: string): s is ProblemText => true;', 'No type guard'],
    ['a cast outside the model', 'src/editor/probe.ts', "export const t = 'x' as ProblemText;", 'No cast to Problem or ProblemText'],
    [
      "the catalogue's helpers",
      'src/model/probe.ts',
      "import { fragment } from './problems/define';\nexport const t = fragment('x');",
      "catalogue's own helpers",
    ],
    ['as never', 'src/model/probe.ts', "export const p = { message: 'x' as never };", 'as never'],
    ['as any', 'src/model/rules/probe.ts', "export const p = { message: 'x' as any };", 'as never'],
    ['Object.assign', 'src/model/probe.ts', "export const f = (p: object) => Object.assign(p, { message: 'x' });", 'Object.assign'],
    ["the readers' type in the model", 'src/model/rules/probe.ts', 'export const list: ContentProblem[] = [];', 'The model makes Problem'],
  ])('%s', async (_, file, code, expected) => {
    const errors = await lintErrors(file, `${code}\n`);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toContain(expected);
  });

  it('lets the catalogue mint its text', async () => {
    expect(await lintErrors('src/model/problems/probe.ts', "export const t = 'Tekst.' as ProblemText;\n")).toEqual([]);
  });
});
