// @ts-check
import tseslint from 'typescript-eslint';

/** Every module the content script bundles (checked by src/detect/content-graph.test.ts). */
export const CONTENT_GRAPH = [
  'extension/content/**/*.ts',
  'extension/shared/**/*.ts',
  'src/detect/{categories,chunked,detector,evidence,matcher,normalise,packed,rules,selection,tag-index,tags,words}.ts',
  'src/detect/signals/**/*.ts',
  'src/risk/**/*.ts',
  'src/rules/{calendar,localize,parse-instant,schema,status,windows,zoned-time}.ts',
];

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
    // Shipped code never parses HTML from strings (see docs/amo-review.md, UNSAFE_VAR_ASSIGNMENT).
    files: ['src/**/*.{ts,tsx}', 'extension/**/*.{ts,tsx}'],
    // Tests are not shipped: a DOM test may set up its page from markup.
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No HTML from strings in the extension: build nodes.' },
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'No HTML from strings in the extension: build nodes.' },
        { selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|parseFromString)$/]", message: 'No HTML from strings in the extension: build nodes.' },
        { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: 'No HTML from strings in the extension: build nodes.' },
      ],
    },
  },
  {
    files: ['extension/shared/browser.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The content script runs in every tab: it gets the detector's patterns from the background (see
    // docs/detector.md) and never bundles the code that compiles them, the lexicons or the data.
    // Its whole module graph is listed here; src/detect/content-graph.test.ts keeps the list complete.
    files: CONTENT_GRAPH,
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/detect/compile*', '**/detect/classify*', '**/lexicons/**', '**/corpus/**', '**/blind/**', '**/data/**', '**/background/**', '*.json', '**/*.json'],
              allowTypeImports: true,
              message: 'The content script gets compiled patterns from the background: no compile-time code, lexicons or data in its module graph.',
            },
          ],
        },
      ],
    },
  },
);
