import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'dist/', '.reports/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // The core runs in service workers, content scripts, pages and Node alike.
    files: ['core/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'zlib', 'stream', 'buffer', 'crypto'], message: 'core/ runs in browsers too: no Node-only modules.' },
            { group: ['pngjs'], message: 'pngjs is Node-only: it stays in tests and the command line.' },
            { group: ['preact', 'preact/*', '@preact/*', 'wxt', 'wxt/*'], message: 'core/ has no UI and no extension API.' },
            { group: ['**/extension/**', '**/widget/**', '**/cli/**'], message: 'Arrows point one way: faces import core, never the reverse.' },
          ],
        },
      ],
    },
  },
  {
    files: ['extension/**', 'widget/**', 'cli/**', 'ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/core/*/**', '!**/core/index.ts'], message: 'Faces import only core/index.ts.' }] },
      ],
    },
  },
);
