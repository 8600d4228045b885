/// <reference types="vite/client" />
/**
 * The elements as the Introduction docs page lists them: each tag of the custom-elements manifest
 * with its one-line summary, linked to its docs page here (the stories file whose `component` it is).
 */
import { getCustomElements } from '@storybook/web-components-vite';
import { sanitize } from 'storybook/internal/csf';

interface Declaration {
  tagName?: string;
  summary?: string;
}

/** The page's order: the whole page first, its sections as it shows them, the provider last. */
const ORDER = [
  'profile-settings',
  'profile-details',
  'availability-prefs',
  'interface-prefs',
  'message-signature',
  'hotkey-prefs',
  'password-change',
  'notification-prefs',
  'access-token',
  'settings-provider',
];

const metas = import.meta.glob<{ title?: string; component?: string }>('../../*.stories.ts', {
  eager: true,
  import: 'default',
});

/** Each tag's docs page, as a Storybook link (`?path=/docs/<id>--docs`). */
const docsPaths = new Map(
  Object.values(metas)
    .filter((meta) => meta.title && meta.component)
    .map((meta) => [meta.component!, `?path=/docs/${sanitize(meta.title!)}--docs`]),
);

/** Markdown: a list of the tags in `declarations`, each linked where `paths` has its page. */
export function elementListMarkdown(declarations: Declaration[], paths: Map<string, string>): string {
  const rank = (tag: string) => (ORDER.includes(tag) ? ORDER.indexOf(tag) : ORDER.length);
  return declarations
    .filter((d): d is Declaration & { tagName: string } => !!d.tagName)
    .sort((a, b) => rank(a.tagName) - rank(b.tagName))
    .map(({ tagName, summary }) => {
      const tag = `\`<${tagName}>\``;
      const link = paths.get(tagName);
      return `- ${link ? `[${tag}](${link})` : tag}${summary ? ` — ${summary}` : ''}`;
    })
    .join('\n');
}

/** The list for this Storybook's manifest (empty, with a note, when it is missing). */
export function elementList(): string {
  const manifest = getCustomElements() as { modules?: { declarations?: Declaration[] }[] } | undefined;
  if (!manifest?.modules) return '_The manifest is missing: run `npm run analyze`._';
  return elementListMarkdown(
    manifest.modules.flatMap((m) => m.declarations ?? []),
    docsPaths,
  );
}
