// Lint, and the layers of the house: each folder may import only what its
// layer allows (see CONVENTIONS: renderer → platform → preload → main → core).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'stream', 'worker_threads'];

/** A no-restricted-imports rule forbidding the given module patterns. */
function forbid(patterns, message) {
  return ['error', { patterns: [{ group: patterns, message }] }];
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': forbid(
        [...nodeBuiltins, 'electron', 'electron/*', 'react', 'react-dom', 'dexie', '**/main/**', '**/renderer/**', '**/preload/**', '**/shared/**', '**/cli/**'],
        'src/core is pure TypeScript: no Node, DOM, Electron or app layer.',
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'require', 'Buffer'],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': forbid(
        [...nodeBuiltins, 'electron', 'electron/*', '**/main/**', '**/preload/**', '**/cli/**'],
        'The renderer reaches the host only through src/renderer/src/platform.',
      ),
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(['**/main/**', '**/renderer/**', '**/core/**', '**/cli/**', ...nodeBuiltins], 'The preload bridges to main through src/shared only.'),
    },
  },
  {
    files: ['src/main/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': forbid(['**/renderer/**', '**/preload/**', '**/cli/**', 'react', 'react-dom', 'dexie'], 'Main never imports the renderer, preload or CLI.'),
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid([...nodeBuiltins, 'electron', 'electron/*', '**/main/**', '**/renderer/**', '**/preload/**', '**/core/**'], 'src/shared holds types and constants only.'),
    },
  },
  {
    files: ['src/cli/**/*.ts', 'scripts/**/*.{js,mjs}', 'e2e/**/*.ts', '*.config.{ts,js}', 'bench/**/*.{ts,mjs}'],
    languageOptions: { globals: globals.node },
  },
);
