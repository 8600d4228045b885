import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@profile-elements/elements/define/password-change.js';
import { BRAND_TOKENS, adapterOf } from './support/profile-states.js';
import { passwordStates as states } from './support/password-states.js';
import { sessionExpiredArgTypes, sessionExpiredArgs } from './support/session-expired.js';

// `<password-change>`: the Password section on its own, on an in-memory backend whose current
// password is `Password1!`. Its form is in the light DOM (password managers), styled through an
// adopted, layered style sheet. (Line comments: a JSDoc block on `meta` would replace the element's
// description on the docs page.)
const meta: Meta = {
  title: 'Elements/Password change',
  component: 'password-change',
  argTypes: {
    adapter: { control: false, description: 'Set by the story (an in-memory adapter).' },
    dirty: { control: false },
    ...sessionExpiredArgTypes,
  },
  args: sessionExpiredArgs(),
  render: (args, context) =>
    html`<password-change
      .adapter=${adapterOf(context)}
      @pe-session-expired=${args['onSessionExpired']}
    ></password-change>`,
};
export default meta;

type Story = StoryObj;

export const Empty: Story = { ...states.Empty };
export const Loading: Story = { ...states.Loading };
export const Typing: Story = { ...states.Typing };
export const NotAllowedCharacters: Story = { ...states.NotAllowedCharacters };
export const AllRulesMetAndShown: Story = { ...states.AllRulesMetAndShown };
export const Mismatch: Story = { ...states.Mismatch };
export const EmptySubmitted: Story = { ...states.EmptySubmitted };
export const WrongCurrentPassword: Story = { ...states.WrongCurrentPassword };
export const RefusedByServer: Story = { ...states.RefusedByServer };
export const ServerError: Story = { ...states.ServerError };
export const NetworkDown: Story = { ...states.NetworkDown };
export const SessionExpired: Story = { ...states.SessionExpired };
export const LoadFailed: Story = { ...states.LoadFailed };
export const Changing: Story = { ...states.Changing };
export const Changed: Story = { ...states.Changed };
export const WithoutPolicy: Story = { ...states.WithoutPolicy };
export const Unavailable: Story = { ...states.Unavailable };
export const Dark: Story = { ...states.Dark };
export const DarkWithErrors: Story = { ...states.DarkWithErrors };

/** Brand tokens through the `--pe-*` properties; nodes styled with ordinary selectors (light DOM). */
export const Themed: Story = {
  ...states.Typing,
  render: (_args, context) =>
    html`<style>
        .brand {
          ${BRAND_TOKENS}
        }
        .brand [part~='section'] {
          max-width: 38rem;
          padding: 24px;
          border: 1px solid light-dark(#ddd6fe, #4c1d95);
          border-radius: 20px;
          background: var(--pe-color-surface);
        }
        .brand [part~='submit'] {
          border-radius: 999px;
          padding-inline: 28px;
        }
      </style>
      <password-change class="brand" .adapter=${adapterOf(context)}></password-change>`,
};

export const ThemedDark: Story = { ...Themed, globals: { theme: 'dark' } };
