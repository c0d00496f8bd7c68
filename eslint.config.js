// Lint guards the layers: shared/ stays pure, only main/electron imports
// electron, and the renderer never reaches into main/.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Bare names only: the `node:*` pattern below catches the prefixed form.
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('node:'));
const electron = { name: 'electron', message: 'Only main/electron/ may import electron.' };
const intoMain = {
  group: ['**/main/**', '../main/*', '../../main/*'],
  message: 'The renderer reaches main only through the contract client.',
};
const intoRenderer = { group: ['**/renderer/**'], message: 'Nothing imports the renderer.' };

// Floors inside main/, top to bottom: the ways in (electron, harness, cli, and
// the bench and build tools) → api → the domain rooms (services/*, backup) →
// export (data in, bytes out) → vault and workers → db → errors and log. Each
// folder may import only those below it; each rule names what it keeps out.
const mainRooms = [
  'electron',
  'harness',
  'cli',
  'bench',
  'tools',
  'api',
  'services',
  'backup',
  'export',
  'vault',
  'workers',
  'db',
];
/** An import of one of these main/ folders, by a relative path from anywhere in main/. */
const into = (rooms, message) => ({ regex: `^(\\.\\.?/)+(\\.\\./)*(${rooms.join('|')})(/|$)`, message });
const floors = [
  {
    files: ['main/errors.ts', 'main/log.ts', 'main/static/**/*.ts'],
    above: mainRooms,
    message: 'errors, log and static are the ground floor of main/: they import no other part of it.',
  },
  {
    files: ['main/db/**/*.ts'],
    above: mainRooms.filter((room) => room !== 'db'),
    message: 'db is below everything else in main/: it imports only errors and log.',
  },
  {
    files: ['main/vault/**/*.ts', 'main/workers/**/*.ts'],
    above: ['electron', 'harness', 'cli', 'bench', 'tools', 'api', 'services', 'backup', 'export'],
    message: 'The vault knows nothing above it: pass it a hook instead (as beforeMigrations is).',
  },
  {
    files: ['main/export/**/*.ts'],
    above: ['electron', 'harness', 'cli', 'bench', 'tools', 'api', 'services', 'backup', 'vault', 'workers', 'db'],
    extra: [
      { name: '../log', message: 'export writes no logs: it takes data and returns bytes.' },
      { name: '../../log', message: 'export writes no logs: it takes data and returns bytes.' },
    ],
    message: 'export is data in, bytes out: gather what it needs in a service and pass it in.',
  },
  {
    files: ['main/services/**/*.ts', 'main/backup/**/*.ts'],
    above: ['electron', 'harness', 'cli', 'bench', 'tools', 'api'],
    message: 'A domain room is reached through api/, never the other way round.',
  },
  {
    files: ['main/api/**/*.ts'],
    above: ['electron', 'harness', 'cli', 'bench', 'tools'],
    message: 'api/ is the one door the ways in share; it knows none of them.',
  },
  {
    files: ['main/electron/**/*.ts'],
    above: ['harness', 'cli', 'bench'],
    message: 'Each way in (electron, harness, cli) stands alone; what they share lives in api/.',
  },
  {
    files: ['main/harness/**/*.ts'],
    above: ['electron', 'cli', 'bench'],
    message: 'Each way in (electron, harness, cli) stands alone; what they share lives in api/.',
  },
  {
    files: ['main/cli/**/*.ts'],
    above: ['electron', 'harness'],
    message: 'Each way in (electron, harness, cli) stands alone; what they share lives in api/.',
    alsoKeptOut: [
      into(
        ['db'],
        'The command line reaches the vault through api/, and so through the services, as the app does: no queries of its own.',
      ),
      into(
        ['services'],
        'The command line is a transport: it calls channels through the dispatcher (main/cli/session.ts), and main/api/maintenance.ts for what has no channel.',
      ),
    ],
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'main/db/migrations/**',
    ],
  },
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
  ...floors.map(({ files, above, extra = [], alsoKeptOut = [], message }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...(files.some((file) => file.startsWith('main/electron/')) ? [] : [electron]), ...extra],
          patterns: [intoRenderer, into(above, message), ...alsoKeptOut],
        },
      ],
    },
  })),
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            electron,
            ...nodeBuiltins.map((name) => ({ name, message: 'shared/ runs in both processes: no Node built-ins.' })),
          ],
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
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'sessionStorage',
          'fetch',
          'process',
          'Buffer',
          'require',
          '__dirname',
        ].map((name) => ({
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
      'no-restricted-imports': [
        'error',
        {
          paths: [electron, ...nodeBuiltins.map((name) => ({ name, message: 'The renderer has no Node access.' }))],
          patterns: [intoMain, { group: ['node:*'], message: 'The renderer has no Node access.' }],
        },
      ],
    },
  },
  {
    // The CLI and build tools talk to a terminal by design.
    files: ['main/cli/**/*.{ts,js}', 'main/tools/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
