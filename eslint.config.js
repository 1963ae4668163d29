// @ts-check
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'artifacts/**', 'e2e/fixtures/build/**', 'scratch/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'webextension-polyfill', message: 'Import { browser } from extension/shared/browser.ts instead.' }],
        },
      ],
    },
  },
  {
    // The pure core must not reach into the extension or the browser.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/extension/**', 'webextension-polyfill', 'preact', 'preact/*'], message: 'src/ is the pure core: no extension or UI imports.' }] },
      ],
      'no-restricted-globals': ['error', 'browser', 'chrome', 'document', 'window'],
    },
  },
  {
    files: ['extension/shared/browser.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
