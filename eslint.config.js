// Lint guards the layers: shared/ stays pure, only main/electron imports
// electron, and the renderer never reaches into main/.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Bare names only: the `node:*` pattern below catches the prefixed form.
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith("node:"));
const electron = { name: 'electron', message: 'Only main/electron/ may import electron.' };
const intoMain = { group: ['**/main/**', '../main/*', '../../main/*'], message: 'The renderer reaches main only through the contract client.' };
const intoRenderer = { group: ['**/renderer/**'], message: 'Nothing imports the renderer.' };

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'main/db/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['main/**/*.ts', 'tests/**/*.ts', '*.config.{ts,js}', 'renderer/vite.config.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': ['error', { paths: [electron], patterns: [intoRenderer] }],
    },
  },
  {
    files: ['main/electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [intoRenderer] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electron, ...nodeBuiltins.map((name) => ({ name, message: 'shared/ runs in both processes: no Node built-ins.' }))],
          patterns: [
            { group: ['node:*'], message: 'shared/ runs in both processes: no Node built-ins.' },
            { group: ['**/main/**', '../main/*', '../../main/*'], message: 'shared/ imports nothing from main/.' },
            intoRenderer,
            { group: ['react', 'react-dom', 'react-dom/*'], message: 'shared/ holds no UI code.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'process', 'Buffer', 'require', '__dirname'].map((name) => ({
          name,
          message: 'shared/ must stay pure: no DOM or Node globals.',
        })),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [electron, ...nodeBuiltins.map((name) => ({ name, message: 'The renderer has no Node access.' }))], patterns: [intoMain, { group: ['node:*'], message: 'The renderer has no Node access.' }] }],
    },
  },
  {
    // The CLI and build tools talk to a terminal by design.
    files: ['main/cli/**/*.{ts,js}', 'main/tools/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
