import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { MemoryAdapter } from '@profile-elements/core/memory';
import '@profile-elements/elements/define/profile-settings.js';
import { html } from 'lit';
import { expect, fireEvent, userEvent, waitFor, within } from 'storybook/test';
import { liveThemeTokens } from './support/live-theme.js';
import './support/theme-playground.js';

// The live playground of the Theming docs page (theming.mdx): the main tokens beside a
// `<profile-settings>` on an in-memory backend. Its own docs page is the MDX one, not autodocs.
const meta: Meta = {
  title: 'Docs/Theming',
  tags: ['!autodocs'],
  loaders: [async () => ({ adapter: new MemoryAdapter() })],
  render: (_args, { loaded, globals }) =>
    html`<docs-theme-playground
      .adapter=${loaded['adapter'] as MemoryAdapter}
      .tokens=${liveThemeTokens()}
      ?dark=${globals['theme'] === 'dark'}
    ></docs-theme-playground>`,
};
export default meta;

/**
 * The rendered colour of `color` (e.g. `#8250df` → `rgb(130, 80, 223)`), as computed styles give it.
 * (It adds a node to the page: never call it inside `waitFor`, whose DOM observer it would wake.)
 */
function rgb(color: string): string {
  const probe = document.createElement('span');
  probe.style.color = color;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/**
 * Edit the tokens on the left: every section on the right follows. The test picks an accent colour
 * and checks that it reaches the primary buttons of a shadow-DOM section (Profile) and of the
 * light-DOM one (Password), and paints them (not under forced colours, where the user's palette
 * paints every button), then resets the tokens.
 */
export const Playground: StoryObj = {
  play: async ({ canvasElement }) => {
    const playground = await waitFor(() => {
      const el = canvasElement.querySelector('docs-theme-playground');
      if (!el?.shadowRoot) throw new Error('<docs-theme-playground> has not rendered yet');
      return el;
    });
    const root = playground.shadowRoot!;
    const form = within(root.querySelector('form')!);
    const buttons = await waitFor(() => {
      const settings = root.querySelector('profile-settings');
      const profile = settings?.shadowRoot?.querySelector('profile-details')?.shadowRoot;
      const found = [
        profile?.querySelector<HTMLElement>("[part~='submit']"),
        root.querySelector<HTMLElement>("password-change [part~='submit']"),
      ];
      if (!found.every(Boolean)) throw new Error('the Profile and Password sections have not rendered yet');
      return found as HTMLElement[];
    });
    const accentOf = (el: HTMLElement) => getComputedStyle(el).getPropertyValue('--pe-color-accent');
    const paintOf = (el: HTMLElement) => getComputedStyle(el).backgroundColor;
    const painted = !matchMedia('(forced-colors: active)').matches;
    const purple = rgb('#8250df');
    const before = buttons.map(paintOf);

    const accent = form.getByLabelText<HTMLInputElement>('--pe-color-accent');
    await fireEvent.input(accent, { target: { value: '#8250df' } });
    await waitFor(() => expect(buttons.map(accentOf)).toEqual(['#8250df', '#8250df']));
    if (painted) await expect(buttons.map(paintOf)).toEqual([purple, purple]);
    await expect(root.querySelector('pre')).toHaveTextContent('--pe-color-accent: #8250df;');

    await userEvent.click(form.getByRole('button', { name: 'Reset the tokens' }));
    await waitFor(() => expect(buttons.map(accentOf)).toEqual(['', '']));
    await expect(buttons.map(paintOf)).toEqual(before);
    await expect(accent.value).not.toBe('#8250df');
  },
};
