import { defineConfig } from 'vite';
import { entriesIn, libraryConfig } from '../../vite.config.ts';

// dist/index.js: the classes, no side effects. dist/define/<tag>.js: one per src/define/*.ts, each
// registers its tag(s) when imported (listed in package.json "sideEffects").
export default defineConfig(
  libraryConfig(import.meta.dirname, ['index', ...entriesIn(import.meta.dirname, 'define')]),
);
