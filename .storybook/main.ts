import type { StorybookConfig } from '@storybook/web-components-vite';

// Vite settings come from the root vite.config.ts, which Storybook merges into its own: above all the
// `pe-source` export condition, so stories load the packages' TypeScript sources, not dist/.
const config: StorybookConfig = {
  // The docs pages (MDX) first: Introduction, Theming, Writing an adapter; then the elements' stories.
  stories: ['../stories/docs/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(config, { configType }) {
    // Fail loudly rather than silently showing stale dist/ builds if the root config loses the condition.
    if (!config.resolve?.conditions?.includes('pe-source')) {
      throw new Error("vite.config.ts must resolve the 'pe-source' export condition (resolve.conditions)");
    }
    if (configType === 'PRODUCTION') {
      // Storybook's own preview and docs chunks are big by design (~1 MB); a per-file size table
      // and a chunk-size warning on every build tell us nothing about our code.
      config.logLevel = 'warn';
      config.build = { ...config.build, chunkSizeWarningLimit: 1500 };
    }
    return config;
  },
};
export default config;
