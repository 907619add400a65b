// Lint with type information: TypeScript (src, tests, scripts, bench) and .astro components.
// Zero warnings is the bar (`npm run lint`); every rule turned off says why.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import { fileReferences, layerZones, UNFOLLOWABLE_IMPORTS } from './eslint.layers.mjs';

/** The catalogue of problems: the only files that make a problem's text. */
const CATALOGUE = ['src/model/problems.ts', 'src/model/problems/**'];
const BRANDED = 'TSTypeReference[typeName.name=/^(Problem|ProblemText)$/]';
const NOT_THE_CATALOGUE =
  'only the catalogue of problems (src/model/problems.ts, src/model/problems/) makes the text of a problem: give the rule a code and pass facts to problem() (CONTRIBUTING.md, "add a problem")';
const MINTING = [
  { selector: `TSAsExpression ${BRANDED}`, message: `No cast to Problem or ProblemText: ${NOT_THE_CATALOGUE}.` },
  { selector: `TSTypeAssertion ${BRANDED}`, message: `No cast to Problem or ProblemText: ${NOT_THE_CATALOGUE}.` },
  { selector: `TSTypePredicate ${BRANDED}`, message: `No type guard to Problem or ProblemText: ${NOT_THE_CATALOGUE}.` },
  { selector: 'ImportDeclaration[source.value=/problems\\/define/]', message: `The catalogue's own helpers stay in it: ${NOT_THE_CATALOGUE}.` },
  { selector: 'ImportExpression[source.value=/problems\\/define/]', message: `The catalogue's own helpers stay in it: ${NOT_THE_CATALOGUE}.` },
];
const MODEL_MINTING = [
  {
    selector: 'TSAsExpression > :matches(TSNeverKeyword, TSAnyKeyword)',
    message: `No "as never" or "as any" in the model: they would let any text pass as a problem's; ${NOT_THE_CATALOGUE}.`,
  },
  {
    selector: "CallExpression[callee.object.name='Object'][callee.property.name='assign']",
    message: `No Object.assign in the model (it skips the type check of a problem's text); use reword() or problem(): ${NOT_THE_CATALOGUE}.`,
  },
  {
    selector: "TSTypeReference[typeName.name='ContentProblem']",
    message: `The model makes Problem, not ContentProblem (the readers' type, with plain text): ${NOT_THE_CATALOGUE}.`,
  },
];

export default defineConfig(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.astro/',
      'tests/.tmp/',
      'bench/out/',
      'bench/starlight/',
      'test-results/',
      'playwright-report/',
      '**/fixtures/**/dist/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.astro'] },
    },
    plugins: { 'import-x': importX },
    rules: {
      // Files stay acyclic; folders import only in the allowed directions (eslint.layers.mjs), and
      // outside src/model/ the model only through its door (see docs/architecture.md).
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: layerZones() }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
    settings: { 'import-x/resolver': { typescript: true, node: true } },
  },
  {
    // typescript-eslint cannot see Astro's types in components (Astro.props, astro:content, .astro
    // imports resolve to error types there); `astro check` type-checks them instead.
    files: ['**/*.astro', 'src/components/mdx.ts'],
    // astro-eslint-parser takes a tsconfig, not the project service.
    languageOptions: { parserOptions: { projectService: false, project: './tsconfig.json' } },
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-redundant-type-constituents': 'off',
      // Without Astro's types every assertion looks unnecessary here; --fix would remove needed ones.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  {
    // These tests drive untyped tools through their JavaScript APIs: yaml-language-server (the
    // engine of VS Code's YAML extension) and ajv-formats' CommonJS default export.
    files: ['tests/unit/editor-schemas.test.ts', 'tests/helpers/json-schema-validator.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Fixture texts (tests/helpers/fixture-text.ts) print as their text in template literals.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        {
          allow: [
            { name: ['Error', 'URL', 'URLSearchParams'], from: 'lib' },
            { name: 'FixtureText', from: 'file', path: 'tests/helpers/fixture-text.ts' },
          ],
        },
      ],
    },
  },
  {
    // Every import in the site's code is one the layer zones can follow (eslint.layers.mjs), and a
    // file named by `new URL('…', import.meta.url)` is held to the same table.
    files: ['src/**', 'scripts/**'],
    plugins: { layers: { rules: { 'file-references': fileReferences } } },
    rules: { 'no-restricted-syntax': ['error', ...UNFOLLOWABLE_IMPORTS], 'layers/file-references': 'error' },
  },
  {
    // Every Danish sentence an editor reads about a problem is the catalogue's (src/model/problems.ts,
    // src/model/problems/): a problem's text is `ProblemText`, which only the catalogue mints, so an
    // inline message fails tsc; these selectors refuse the ways around the type (a cast or a type guard
    // to the branded types, `as never`/`as any`, the catalogue's minting helpers, Object.assign) and, in
    // the model, the plain `ContentProblem` that readers use. tests/unit/problem-catalogue.test.ts lints
    // files that break them. (One rule, so each block repeats the import selectors of the one before.)
    files: ['src/**/*.ts', 'src/**/*.astro'],
    ignores: CATALOGUE,
    rules: { 'no-restricted-syntax': ['error', ...UNFOLLOWABLE_IMPORTS, ...MINTING] },
  },
  {
    files: ['src/model/**/*.ts'],
    ignores: [...CATALOGUE, 'src/model/problem.ts', 'src/model/index.ts'],
    rules: { 'no-restricted-syntax': ['error', ...UNFOLLOWABLE_IMPORTS, ...MINTING, ...MODEL_MINTING] },
  },
  {
    // The content model runs without Astro (npm run tjek): none of Astro's virtual modules.
    files: ['src/model/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['astro:*'], message: 'src/model/ runs without Astro: no astro:* modules.' }] }] },
  },
  {
    // Browser code: the service worker and the page scripts.
    files: ['src/offline/**', 'src/scripts/**', 'public/**/*.js'],
    languageOptions: { globals: { ...globals.browser, ...globals.serviceworker } },
  },
  {
    // Plain JavaScript outside the TypeScript project (config files, the service worker) has no type information.
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // A component's <script> reaches ESLint as a virtual file (eslint-plugin-astro's processor names
    // it Page.astro/1_1.ts), which the TypeScript project service cannot find: without this block it
    // fails to parse and is silently not linted, so an import in it would escape the layer zones
    // (they read the .astro file's own path). Browser code, linted without type information.
    files: ['**/*.astro/*.{ts,js}'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { ...globals.browser }, parserOptions: { projectService: false, project: null } },
  },
);
