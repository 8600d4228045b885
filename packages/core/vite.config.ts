import { defineConfig } from 'vite';
import { libraryConfig } from '../../vite.config.ts';

// dist/index.js (contract, errors, rules), dist/schemas.js (zod/mini), dist/memory-adapter.js (`./memory`),
// dist/contract/index.js (`./contract`, the adapter test suite)
export default defineConfig(
  libraryConfig(import.meta.dirname, ['index', 'schemas', 'memory-adapter', 'contract/index']),
);
