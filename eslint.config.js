import js from '@eslint/js';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', 'storybook-static/', 'coverage/', 'node_modules/', 'examples/*/dist/', 'bench/.tmp/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'tests/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'tests/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts'],
    ...wcConfigs['flat/best-practice'],
  },
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // A widget's own element may set attributes on itself (theme reflection) and
    // tests create elements imperatively.
    files: ['tests/**/*.ts', 'stories/**/*.ts'],
    rules: { 'wc/no-constructor-attributes': 'off' },
  },
  {
    files: [
      'scripts/**/*.mjs',
      'bin/**/*.mjs',
      '*.config.*',
      '.ci/**',
      'bench/**/*.mjs',
      'tests/**/*.mjs',
      'tests/**/*.node.test.ts',
      'examples/**/*.js',
      'examples/receiver/**/*.mjs',
    ],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
);
