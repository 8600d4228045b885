import { defineConfig, mergeConfig, type UserConfig } from 'vite';
import { libraryConfig } from '@profile-elements/build-config';

const quietUseClient: UserConfig = {
  build: {
    rolldownOptions: {
      // Each component module starts with 'use client' (for React Server Components), and
      // `preserveModules` keeps it at the top of its file in dist/, so the bundler's warning that it
      // "may not be preserved" is noise here.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use client"')) return;
        warn(warning);
      },
    },
  },
};

// The entries are the package.json exports (their `pe-source` files): dist/ mirrors src/.
export default defineConfig(mergeConfig(libraryConfig(import.meta.dirname), quietUseClient));
