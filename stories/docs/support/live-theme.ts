/// <reference types="vite/client" />
/**
 * The theming tokens of the elements in this Storybook: the property list from the manifest that
 * .storybook/preview.ts hands to Storybook (`npm run analyze` writes it), the defaults from the style
 * sheets the elements are built with (every `*.styles.ts`: `shared/` ones apply to all, the others
 * to the element of their folder).
 */
import { getCustomElements } from '@storybook/web-components-vite';
import { themeTokens, type Manifest, type StyleText, type ThemeToken } from './theme-tokens.js';

const modules = import.meta.glob<Record<string, unknown>>('../../../packages/elements/src/**/*.styles.ts', {
  eager: true,
});

/** `…/src/<folder>/x.styles.ts` → the folder (a tag name, or `shared`). */
const ownerOf = (path: string) => /\/src\/([^/]+)\//.exec(path)?.[1] ?? 'shared';

const hasCssText = (value: unknown): value is { cssText: string } =>
  typeof (value as { cssText?: unknown } | null)?.cssText === 'string';

export const STYLES: StyleText[] = Object.entries(modules).flatMap(([path, exports]) =>
  Object.values(exports)
    .filter(hasCssText)
    .map(({ cssText }) => ({ owner: ownerOf(path), cssText })),
);

/** The tokens, or none (with a warning) when the manifest is missing. */
export function liveThemeTokens(): ThemeToken[] {
  const manifest = getCustomElements() as Manifest | undefined;
  if (!manifest?.modules) {
    console.warn('custom-elements.json is missing: run `npm run analyze`.');
    return [];
  }
  return themeTokens(manifest, STYLES);
}
