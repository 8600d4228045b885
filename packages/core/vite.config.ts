import { defineConfig } from 'vite';
import { libraryConfig } from '../../vite.config.ts';

// dist/index.js (contract, errors, rules), dist/schemas.js (zod/mini), dist/memory-adapter.js (`./memory`)
export default defineConfig(libraryConfig(import.meta.dirname, ['index', 'schemas', 'memory-adapter']));
