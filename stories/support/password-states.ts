/**
 * The states of `<password-change>`, each a story without a `render` (the stories file supplies one)
 * on its own `MemoryAdapter` (current password `Password1!`). The element renders into its light DOM,
 * so `play` queries the canvas directly, as a password manager would see the page.
 */
import type { StoryObj } from '@storybook/web-components-vite';
import { SettingsError } from '@profile-elements/core';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { adapterOf, withAdapter } from './profile-states.js';
import { expectSessionExpired } from './session-expired.js';

type State = Omit<StoryObj, 'render'>;

/** Long enough that nothing a story does ever waits it out. */
const FOREVER = 1_000_000_000;

/** The loaded form and its fields (exact labels: "Show new password" also contains "New password"). */
async function form(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  const current = await canvas.findByLabelText<HTMLInputElement>('Current password', { exact: true });
  return {
    ...canvas,
    current,
    password: canvas.getByLabelText<HTMLInputElement>('New password', { exact: true }),
    confirmation: canvas.getByLabelText<HTMLInputElement>('Confirm new password', { exact: true }),
    submit: canvas.getByRole('button', { name: 'Change password' }),
  };
}

/** Fills the three fields and submits. */
async function change(
  canvasElement: HTMLElement,
  current: string,
  password: string,
  confirmation = password,
) {
  const f = await form(canvasElement);
  await userEvent.type(f.current, current);
  await userEvent.type(f.password, password);
  await userEvent.type(f.confirmation, confirmation);
  await userEvent.click(f.submit);
  return f;
}

const failedWith = (kind: 'server' | 'network' | 'auth', text: RegExp, retry: boolean): State => ({
  loaders: withAdapter({}, (adapter) => adapter.failOn('changePassword', kind)),
  play: async ({ canvasElement, args }) => {
    const f = await change(canvasElement, 'Password1!', 'NewPassw0rd!');
    await expect(await f.findByRole('alert')).toHaveTextContent(text);
    // Nothing typed is lost.
    await expect(f.password).toHaveValue('NewPassw0rd!');
    if (retry) await expect(f.getByRole('button', { name: 'Try again' })).toBeVisible();
    else await expect(f.queryByRole('button', { name: 'Try again' })).toBeNull();
    // Expired credentials are the host's to renew: it hears of them (the stories file listens).
    if (kind === 'auth') await expectSessionExpired(args, 'save');
  },
});

export const passwordStates = {
  /** Empty, with the policy's checklist (Chatwoot's rules) not checked yet. */
  Empty: {
    loaders: withAdapter(),
    play: async ({ canvasElement }) => {
      const f = await form(canvasElement);
      await expect(f.getByRole('list', { name: 'Your new password needs' })).toBeVisible();
      await expect(canvasElement.querySelector('input[autocomplete="username"]')).toHaveValue(
        'agent@example.com',
      );
    },
  },

  Loading: {
    loaders: withAdapter({ latency: FOREVER }),
    play: async ({ canvasElement }) => {
      await expect(await within(canvasElement).findByRole('status')).toHaveTextContent(/loading/i);
    },
  },

  /** Typing a new password: each rule turns met as the password meets it. */
  Typing: {
    loaders: withAdapter(),
    play: async ({ canvasElement }) => {
      const f = await form(canvasElement);
      await userEvent.type(f.password, 'abc12');
      await expect(f.getByText(/At least 1 lowercase character/).closest('li')).toHaveTextContent('(met)');
      await expect(f.getByText(/At least 1 uppercase character/).closest('li')).toHaveTextContent(
        '(not met)',
      );
    },
  },

  /** Characters the policy refuses are named ("Not allowed: ä, €"). */
  NotAllowedCharacters: {
    loaders: withAdapter(),
    play: async ({ canvasElement }) => {
      const f = await form(canvasElement);
      await userEvent.type(f.password, 'Pässwörd€1!');
      await expect(f.getByText('Not allowed: ä, ö, €')).toBeVisible();
    },
  },

  /** Every rule met, and the password shown with its toggle. */
  AllRulesMetAndShown: {
    loaders: withAdapter(),
    play: async ({ canvasElement }) => {
      const f = await form(canvasElement);
      await userEvent.type(f.password, 'NewPassw0rd!');
      const toggle = f.getByRole('button', { name: 'Show new password' });
      await userEvent.click(toggle);
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      await expect(f.password).toHaveAttribute('type', 'text');
    },
  },

  /** The confirmation differs: said once the user leaves the field. */
  Mismatch: {
    loaders: withAdapter(),
    play: async ({ canvasElement }) => {
      const f = await form(canvasElement);
      await userEvent.type(f.password, 'NewPassw0rd!');
      await userEvent.type(f.confirmation, 'NewPassw0rd');
      await userEvent.tab();
      await expect(f.confirmation).toHaveAccessibleDescription("The passwords don't match.");
    },
  },

  /** "Change password" with nothing typed: every field says what it needs; focus on the first. */
  EmptySubmitted: {
    loaders: withAdapter(),
    play: async ({ canvasElement }) => {
      const f = await form(canvasElement);
      await userEvent.click(f.submit);
      await expect(f.current).toHaveAccessibleDescription('Enter your current password.');
      await waitFor(() => expect(document.activeElement).toBe(f.current));
    },
  },

  WrongCurrentPassword: {
    loaders: withAdapter(),
    play: async ({ canvasElement }) => {
      const f = await change(canvasElement, 'not-my-password', 'NewPassw0rd!');
      await waitFor(() => expect(f.current).toHaveAccessibleDescription('Invalid current password'));
      await waitFor(() => expect(document.activeElement).toBe(f.current));
    },
  },

  /** The server refused the new password: its messages on their fields. */
  RefusedByServer: {
    loaders: withAdapter({}, (adapter) =>
      adapter.failOn(
        'changePassword',
        new SettingsError('validation', 'refused', {
          fields: {
            password: ['Password must contain at least 1 special character'],
            passwordConfirmation: ['Password confirmation must contain at least 1 special character'],
          },
          status: 422,
        }),
      ),
    ),
    play: async ({ canvasElement }) => {
      const f = await change(canvasElement, 'Password1!', 'NewPassw0rd!');
      await waitFor(() => expect(f.password).toHaveAccessibleDescription(/special character/));
    },
  },

  ServerError: failedWith('server', /went wrong on the server/i, true),
  NetworkDown: failedWith('network', /couldn.t reach the server/i, true),
  SessionExpired: failedWith(
    'auth',
    /Your session has ended or your access was revoked\. Sign in again to continue\./,
    false,
  ),

  LoadFailed: {
    loaders: withAdapter({}, (adapter) => adapter.failNext('network')),
    play: async ({ canvasElement }) => {
      await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent(/couldn.t reach/i);
    },
  },

  Changing: {
    loaders: withAdapter(),
    play: async (context) => {
      await form(context.canvasElement);
      adapterOf(context).latency = FOREVER;
      const f = await change(context.canvasElement, 'Password1!', 'NewPassw0rd!');
      await expect(await f.findByRole('button', { name: 'Changing password…' })).toHaveAttribute(
        'aria-disabled',
        'true',
      );
    },
  },

  /** Changed: the fields are cleared and the result announced. */
  Changed: {
    loaders: withAdapter(),
    play: async ({ canvasElement }) => {
      const f = await change(canvasElement, 'Password1!', 'NewPassw0rd!');
      await waitFor(() => expect(f.getByRole('status')).toHaveTextContent('Your password has been changed'));
      await expect(f.password).toHaveValue('');
    },
  },

  /** An adapter without `passwordPolicy`: no checklist; the fields must be filled and match. */
  WithoutPolicy: {
    loaders: withAdapter({ capabilities: ['changePassword'] }),
    play: async ({ canvasElement }) => {
      const f = await form(canvasElement);
      await expect(f.queryByRole('list')).toBeNull();
    },
  },

  /** An adapter without `changePassword`: the element renders nothing. */
  Unavailable: {
    loaders: withAdapter({ capabilities: [] }),
    play: async ({ canvasElement }) => {
      await new Promise((r) => setTimeout(r, 50));
      await expect(canvasElement.querySelector('password-change form')).toBeNull();
    },
  },

  Dark: {
    loaders: withAdapter(),
    globals: { theme: 'dark' },
    play: async ({ canvasElement }) => {
      await form(canvasElement);
    },
  },

  /** Dark, with a rule broken, a rule met, an error and the focus ring. */
  DarkWithErrors: {
    loaders: withAdapter(),
    globals: { theme: 'dark' },
    play: async ({ canvasElement }) => {
      const f = await form(canvasElement);
      await userEvent.type(f.password, 'pässword1');
      await userEvent.click(f.submit);
      await expect(f.current).toHaveAttribute('aria-invalid', 'true');
    },
  },
} satisfies Record<string, State>;
