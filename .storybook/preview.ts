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
    // On the root too: it paints the canvas (under forced colours, the only background there is).
    document.documentElement.style.colorScheme = theme;
    document.body.style.colorScheme = theme;
    return story();
  }
  return html`<div
    style="color-scheme: ${theme}; background: light-dark(#ffffff, #0d1117); color: light-dark(#1f2328, #e6edf3); padding: 16px; border-radius: 4px"
  >
    ${story()}
  </div>`;
};

/** The languages the elements ship, with their own names. */
const LANGUAGES = {
  en: 'English',
  es: 'Español',
  de: 'Deutsch',
  fr: 'Français',
  'pt-BR': 'Português (Brasil)',
  it: 'Italiano',
  nl: 'Nederlands',
  ja: '日本語',
  'zh-Hans': '简体中文',
  ko: '한국어',
  ar: 'العربية',
  he: 'עברית',
};
const RIGHT_TO_LEFT = ['ar', 'he'];

/**
 * Language and direction, as a host sets them: `<html lang>` (which the elements follow at once) and
 * `<html dir>` (automatic: right to left for Arabic and Hebrew, unless the toolbar forces one).
 */
const withLanguage: Decorator = (story, context) => {
  const lang = String(context.globals['locale'] ?? 'en');
  const direction = String(context.globals['direction'] ?? 'auto');
  document.documentElement.lang = lang;
  document.documentElement.dir =
    direction === 'auto' ? (RIGHT_TO_LEFT.includes(lang) ? 'rtl' : 'ltr') : direction;
  return story();
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withTheme, withLanguage],
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
    locale: {
      description: 'Language of the page (`<html lang>`), which the elements follow',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: Object.entries(LANGUAGES).map(([value, title]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Direction of the page (`<html dir>`): from the language, or forced',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'From the language' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en', direction: 'auto' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Accessibility violations fail the story (in test runs) instead of being a to-do list.
    a11y: { test: 'error' },
    // The backgrounds tool would fight the theme toolbar over the page colour.
    backgrounds: { disable: true },
    // The docs pages in reading order, then the elements.
    options: {
      storySort: {
        order: ['Docs', ['Introduction', 'Theming', 'Writing an adapter', 'Accessibility'], 'Elements'],
      },
    },
  },
};
export default preview;
