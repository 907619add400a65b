// Lint with type information: TypeScript (src, tests, scripts, bench) and .astro components.
// Zero warnings is the bar (`npm run lint`); every rule turned off says why.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import { layerZones, UNFOLLOWABLE_IMPORTS } from './eslint.layers.mjs';

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
    // Every import in the site's code is one the layer zones can follow (eslint.layers.mjs).
    files: ['src/**', 'scripts/**'],
    rules: { 'no-restricted-syntax': ['error', ...UNFOLLOWABLE_IMPORTS] },
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
);
