// One linter configuration for the whole repository; `npm run lint` fails on any warning.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { webImportDirection } from './packages/web/eslint-import-direction.js';

/** Modules that make code impure; `packages/core` must not import them. */
const ioModules = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'http',
  'https',
  'net',
  'child_process',
  'os',
  'pg',
  'hono',
  'hono/*',
  '@hono/*',
  'drizzle-orm',
  'drizzle-orm/*',
  '@electric-sql/*',
  'react',
  'react-dom',
  '@mot/server',
  '@mot/cli',
  '@mot/web',
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.mot-data/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/**/*.test.ts', 'packages/core/scripts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ioModules, message: 'packages/core is pure: no I/O, database, HTTP or UI imports.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'packages/core is pure: pass configuration in as arguments.' },
        { name: 'fetch', message: 'packages/core is pure: no I/O.' },
      ],
    },
  },
  {
    // The web app runs in the browser; its imports run one way: app -> features -> components and lib.
    files: ['packages/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { web: { rules: { 'import-direction': webImportDirection } } },
    rules: { 'web/import-direction': 'error' },
  },
  {
    // Tests index into fixtures they just built; a failed assumption fails the test, which is the point.
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
