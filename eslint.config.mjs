// ESLint flat config: typescript-eslint's recommended rules (syntax only: the type-aware set doubles the run time
// on a 2-core machine and `tsc` already checks types), plus the project's conventions. Formatting is Prettier's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.build/',
      'node_modules/',
      'output/',
      'coverage/',
      'tests/fixtures/',
      'tests/snapshots/',
      'corpus/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Libraries are loaded lazily with require() so a process that never runs them does not pay their load time
      // (adapters/compromise.ts, adapters/wink.ts, ingest's HTML reader); the plain-JS scripts are CommonJS.
      '@typescript-eslint/no-require-imports': 'off',
      // A `\[` or `\-` inside a regex character class is redundant but often clearer; not worth churning patterns.
      'no-useless-escape': 'off',
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      // `import type` for types keeps runtime imports (and so load order and cycles) visible.
      // `typeof import('./x')` stays allowed: it types a lazy require() without loading the module eagerly.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'separate-type-imports', disallowTypeAnnotations: false },
      ],
      // Unused values are dead code; a leading _ marks a parameter kept for its position.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      eqeqeq: ['error', 'always'],
      // Prettier wraps code at 120 columns but leaves long strings, regexes and comments alone: comments are wrapped
      // by hand; a long string or pattern reads better whole than cut.
      'max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true },
      ],
      'no-constant-binary-expression': 'error',
      'prefer-const': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
        performance: 'readonly',
        global: 'readonly',
      },
    },
  },
);
