import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** One no-restricted-imports block per package: the packages it must not import (type-only imports allowed for web). */
function boundaries(rules) {
  return Object.entries(rules).map(([files, forbidden]) => ({
    files: [files],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: forbidden.map((group) => ({
            group: [group, `${group}/**`],
            message: 'This import breaks the package rules of docs/architecture.md (who may import whom).',
            allowTypeImports: files.startsWith('packages/web'),
          })),
        },
      ],
    },
  }));
}

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/build/**', '**/.osmose/**', 'packages/native-nlp/third_party/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', URL: 'readonly', AbortController: 'readonly', AbortSignal: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly', performance: 'readonly', fetch: 'readonly', setImmediate: 'readonly', queueMicrotask: 'readonly', structuredClone: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'warn',
      'no-control-regex': 'off',
    },
  },
  // Who may import whom (../shared/DESIGN.md, docs/architecture.md): the design's import rules, enforced.
  // (@nx/eslint-plugin's enforce-module-boundaries is not published for nx 24, so ESLint's own rule does it.)
  ...boundaries({
    'packages/vision/src/**': ['@osmose/*'],
    'packages/native-nlp/src/**': ['@osmose/*'],
    'packages/core/src/**': ['@osmose/cli', '@osmose/server', '@osmose/web'],
    'packages/cli/src/**': ['@osmose/web', '@osmose/vision', '@osmose/native-nlp'],
    'packages/server/src/**': ['@osmose/cli', '@osmose/web', '@osmose/vision', '@osmose/native-nlp'],
    'packages/web/src/**': ['@osmose/cli', '@osmose/server', '@osmose/vision', '@osmose/native-nlp', '@osmose/core'],
  }),
  {
    // the web app runs in the browser (packages/web/tsconfig.json typechecks it with the DOM types)
    files: ['packages/web/src/**'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly', location: 'readonly', navigator: 'readonly', self: 'readonly', Worker: 'readonly', EventSource: 'readonly', FormData: 'readonly', File: 'readonly', Blob: 'readonly', HTMLElement: 'readonly', requestAnimationFrame: 'readonly', cancelAnimationFrame: 'readonly', CSS: 'readonly', Event: 'readonly', MessageEvent: 'readonly', KeyboardEvent: 'readonly', DragEvent: 'readonly' } },
  },
);
