import { defineConfig } from 'vite';
import { libraryConfig } from '@profile-elements/build-config';

// The entries are the package.json exports (their `pe-source` files): dist/ mirrors src/.
export default defineConfig(libraryConfig(import.meta.dirname));
