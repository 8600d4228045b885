// @ts-check
// Flat config: JS and TypeScript recommended (syntax only, no type information: fast, and `tsc`
// does the type checking), lit template checks, and web-component best practices.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    '**/dist/',
    'storybook-static/',
    'coverage/',
    '**/node_modules/',
    '**/.data/',
    'test-results/',
    'bench/results/',
    // Scratch space (gitignored).
    '.tmp/',
    // Written by `npm run localize:build` from the XLIFF.
    'packages/elements/src/locales/',
    'packages/elements/custom-elements.json',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    // Browser code by default: the packages, stories, tests, the demo.
    languageOptions: { globals: { ...globals.browser } },
    settings: {
      // So the wc rules know LitElement subclasses are custom elements.
      wc: { elementBaseClasses: ['LitElement'] },
    },
    rules: {
      // LitElement defines every lifecycle callback, so `super.connectedCallback()` needs no guard
      // (the rule is for classes that extend HTMLElement directly).
      'wc/guard-super-call': 'off',
      // Same convention as tsc's noUnusedParameters: a leading underscore marks a deliberately unused one.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Node code: scripts, configs, the reference server and its tests.
    files: [
      'scripts/**',
      '**/*.config.{js,mjs,cjs,ts}',
      '.storybook/main.ts',
      'packages/reference-server/**',
      'test/**/*.node.test.ts',
      'test/reference-server/**',
      'test/e2e/**',
      'bench/**/*.mjs',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**'],
    languageOptions: { globals: { ...globals.mocha } },
  },
);
