/// <reference types="vite/client" />
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';

// The custom-elements manifest (`npm run analyze`, which `npm run storybook` runs first) feeds the
// controls and the autodocs. It is generated and git-ignored, so it is looked up rather than imported:
// a missing file gives a warning here instead of breaking the build and the typecheck.
const manifests = import.meta.glob<object>('../packages/elements/custom-elements.json', {
  eager: true,
  import: 'default',
});
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);
else console.warn('custom-elements.json is missing: run `npm run analyze` for docs and controls.');

type Theme = 'light' | 'dark';

/**
 * Light/dark: sets `color-scheme` on the preview's body, which the elements' `light-dark()` tokens
 * follow. On a docs page, where many stories share one (light) body, each story gets a frame with
 * its own scheme and surface instead.
 */
const withTheme: Decorator = (story, context) => {
  const theme: Theme = context.globals['theme'] === 'dark' ? 'dark' : 'light';
  if (context.viewMode !== 'docs') {
    document.body.style.colorScheme = theme;
    return story();
  }
  return html`<div
    style="color-scheme: ${theme}; background: light-dark(#ffffff, #0d1117); color: light-dark(#1f2328, #e6edf3); padding: 16px; border-radius: 4px"
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withTheme],
  globalTypes: {
    theme: {
      description: 'Colour scheme of the page around the elements',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Accessibility violations fail the story (in test runs) instead of being a to-do list.
    a11y: { test: 'error' },
    // The backgrounds tool would fight the theme toolbar over the page colour.
    backgrounds: { disable: true },
  },
};
export default preview;
