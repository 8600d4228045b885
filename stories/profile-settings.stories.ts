import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '@profile-elements/elements/define/all.js';
import { BRAND_TOKENS, adapterOf, states, withAdapter } from './support/profile-states.js';

// `<profile-settings>`: the whole page in one tag, on an in-memory backend. The page hands its
// adapter to its sections; each state of the Profile section is shown here through the page, then
// the page's own states: the section list, narrow widths, sections left out.
// (Line comments: a JSDoc block on `meta` would replace the element's description on the docs page.)
const meta: Meta = {
  title: 'Elements/Profile settings',
  component: 'profile-settings',
  argTypes: {
    adapter: { control: false, description: 'Set by the story (an in-memory adapter).' },
  },
  render: (_args, context) => html`<profile-settings .adapter=${adapterOf(context)}></profile-settings>`,
};

/** The section list's entries, once the page has rendered them. */
async function sectionList(canvasElement: HTMLElement) {
  const page = await waitFor(() => {
    const el = canvasElement.querySelector('profile-settings');
    if (!el?.shadowRoot?.querySelector('nav li')) throw new Error('<profile-settings> has not rendered yet');
    return el;
  });
  return { page, ...within(page.shadowRoot!.querySelector('nav')!) };
}
export default meta;

type Story = StoryObj;

export const Loaded: Story = { ...states.Loaded };
export const Loading: Story = { ...states.Loading };
export const EmptyDisplayName: Story = { ...states.EmptyDisplayName };
export const LongUnicodeName: Story = { ...states.LongUnicodeName };
export const MarkupShownAsText: Story = { ...states.MarkupShownAsText };
export const PendingEmailChange: Story = { ...states.PendingEmailChange };
export const LoadFailed: Story = { ...states.LoadFailed };
export const LoadFailedThenRetried: Story = { ...states.LoadFailedThenRetried };
export const SessionExpired: Story = { ...states.SessionExpired };
export const InvalidInput: Story = { ...states.InvalidInput };
export const EmailTaken: Story = { ...states.EmailTaken };
export const SaveFailed: Story = { ...states.SaveFailed };
export const Saving: Story = { ...states.Saving };
export const Saved: Story = { ...states.Saved };
export const Dark: Story = { ...states.Dark };
export const DarkEdited: Story = { ...states.DarkEdited };

/** Theming the page: custom properties inherit into every section; parts come out prefixed `profile-`. */
export const Themed: Story = {
  ...states.Loaded,
  render: (_args, context) =>
    html`<style>
        .brand {
          ${BRAND_TOKENS}
          --pe-page-gap: 40px;
        }
        .brand::part(page) {
          max-width: 38rem;
          padding: 24px;
          border-radius: 20px;
          background: var(--pe-color-surface);
          border: 1px solid light-dark(#ddd6fe, #4c1d95);
        }
        .brand::part(profile-title) {
          font-size: 1.5rem;
        }
        .brand::part(profile-avatar) {
          border-radius: 24px;
        }
        .brand::part(profile-submit) {
          border-radius: 999px;
          padding-inline: 28px;
          text-transform: uppercase;
          letter-spacing: 0.06em;
        }
      </style>
      <profile-settings class="brand" .adapter=${adapterOf(context)}></profile-settings>`,
};

export const ThemedDark: Story = { ...Themed, globals: { theme: 'dark' } };

/** Choosing "Password" in the list scrolls there, moves focus to its title and marks it current. */
export const NavigateToPassword: Story = {
  loaders: withAdapter(),
  play: async ({ canvasElement }) => {
    const list = await sectionList(canvasElement);
    const entry = list.getByRole('button', { name: 'Password' });
    await userEvent.click(entry);
    await waitFor(() => expect(entry).toHaveAttribute('aria-current', 'true'));
    const title = list.page.querySelector('password-change h2');
    await waitFor(() => expect(document.activeElement).toBe(title));
  },
};

/** Narrower than 46rem (a phone, a side panel): the sections stack, without the list. */
export const Narrow: Story = {
  loaders: withAdapter(),
  render: (_args, context) =>
    html`<div style="max-width: 390px">
      <profile-settings .adapter=${adapterOf(context)}></profile-settings>
    </div>`,
  play: async ({ canvasElement }) => {
    const list = await sectionList(canvasElement);
    await expect(list.page.shadowRoot!.querySelector('nav')).not.toBeVisible();
  },
};

/** `hidden-sections="password access-token"`: both left out, with their list entries. */
export const HiddenSections: Story = {
  loaders: withAdapter(),
  render: (_args, context) =>
    html`<profile-settings
      hidden-sections="password access-token"
      .adapter=${adapterOf(context)}
    ></profile-settings>`,
  play: async ({ canvasElement }) => {
    const list = await sectionList(canvasElement);
    await expect(list.queryByRole('button', { name: 'Password' })).toBeNull();
    await expect(list.queryByRole('button', { name: 'Access token' })).toBeNull();
    await expect(canvasElement.querySelector('password-change')).toBeNull();
  },
};

/** An adapter with the profile only (no password, notifications or token capabilities). */
export const ProfileOnlyAdapter: Story = {
  loaders: withAdapter({ capabilities: ['uploadAvatar', 'removeAvatar'] }),
  play: async ({ canvasElement }) => {
    const list = await sectionList(canvasElement);
    await expect(list.getAllByRole('button').map((b) => b.textContent!.trim())).toEqual(['Profile']);
  },
};
