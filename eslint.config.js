// Lint for every side, plus the layering rule of DESIGN.md: imports flow one way.
//   renderer -> shared; electron/* -> shared; electron/{main,web,cli} -> electron/{backend,engine}.
//   Only electron/main imports `electron`; shared imports nothing of the others and no Node;
//   the renderer never imports node:*.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noElectron = { name: 'electron', message: 'Only electron/main may import electron (DESIGN.md: folders by runtime).' };
const noNode = { group: ['node:*'], message: 'This side runs in the browser or is pure: no node:* modules.' };
const noElectronSide = { group: ['**/electron/**', '!**/shared/**'], message: 'Only electron/* code may import electron/*.' };
const noRenderer = { group: ['**/renderer/**'], message: 'Nothing imports the renderer.' };
const noHosts = {
  group: ['**/main/**', '**/web/**', '**/cli/**', '../main', '../web', '../cli'],
  message: 'The engine and the backend are used by the hosts (main, web, cli), never the other way round.',
};

const restrict = (paths, patterns) => ['error', { paths, patterns }];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': restrict([noElectron], [noRenderer]),
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': restrict([noElectron], [noNode, noElectronSide, noRenderer]) },
  },
  {
    // Tests of shared code may read fixtures from disk; they still import nothing of the other sides.
    files: ['shared/**/*.test.ts'],
    rules: { 'no-restricted-imports': restrict([noElectron], [noElectronSide, noRenderer]) },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': restrict([noElectron], [noNode, noElectronSide]) },
  },
  {
    files: ['electron/engine/**/*.ts', 'electron/backend/**/*.ts'],
    rules: { 'no-restricted-imports': restrict([noElectron], [noRenderer, noHosts]) },
  },
  {
    // The one place `electron` may be imported.
    files: ['electron/main/**/*.ts'],
    rules: { 'no-restricted-imports': restrict([], [noRenderer]) },
  },
);
