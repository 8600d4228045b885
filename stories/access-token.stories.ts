import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { SettingsError } from '@profile-elements/core';
import '@profile-elements/elements/define/access-token.js';
import { BRAND_TOKENS, adapterOf, withAdapter } from './support/profile-states.js';
import { pin, shadowSection } from './support/shadow-section.js';
import {
  expectSessionExpired,
  sessionExpiredArgTypes,
  sessionExpiredArgs,
} from './support/session-expired.js';

// `<access-token>`: the Access Token section on an in-memory backend. The clipboard depends on the
// browser, so the copy stories pin `navigator.clipboard.writeText` to work or to be refused.
// (Line comments, not JSDoc: a JSDoc block on `meta` would replace the element's own description.)

/** Long enough that nothing a story does ever waits it out (about 11 days). */
const FOREVER = 1_000_000_000;

const meta: Meta = {
  title: 'Elements/Access token',
  component: 'access-token',
  argTypes: {
    adapter: { control: false, description: 'Set by the story (an in-memory adapter).' },
    ...sessionExpiredArgTypes,
  },
  args: sessionExpiredArgs(),
  loaders: withAdapter(),
  render: (args, context) =>
    html`<access-token
      .adapter=${adapterOf(context)}
      mask-after="600"
      @pe-session-expired=${args['onSessionExpired']}
    ></access-token>`,
};
export default meta;

type Story = StoryObj;

const section = (canvasElement: HTMLElement) => shadowSection(canvasElement, 'access-token');
const clipboard = (works: boolean) => () =>
  pin(
    navigator.clipboard,
    'writeText',
    works ? async () => {} : async () => Promise.reject(new DOMException('Denied', 'NotAllowedError')),
  );

/** Hidden by default: the token is not in the page until the user asks for it. */
export const Masked: Story = {
  play: async (context) => {
    const { getByRole } = await section(context.canvasElement);
    await expect(getByRole('button', { name: 'Show token' })).toHaveAttribute('aria-pressed', 'false');
    await expect(adapterOf(context).calls).toHaveLength(0);
  },
};

export const Revealed: Story = {
  play: async ({ canvasElement }) => {
    const { getByRole, root } = await section(canvasElement);
    await userEvent.click(getByRole('button', { name: 'Show token' }));
    await waitFor(() => expect(root.querySelector('input')!.value).toMatch(/^[1-9A-HJ-NP-Za-km-z]{24}$/));
    await expect(getByRole('button', { name: 'Show token' })).toHaveAttribute('aria-pressed', 'true');
  },
};

export const Copied: Story = {
  beforeEach: clipboard(true),
  play: async ({ canvasElement }) => {
    const { getByRole } = await section(canvasElement);
    await userEvent.click(getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(getByRole('status')).toHaveTextContent('Copied'));
  },
};

/** The clipboard was refused: the token is shown selected, with what to press. */
export const CopyRefused: Story = {
  beforeEach: clipboard(false),
  play: async ({ canvasElement }) => {
    const { getByRole } = await section(canvasElement);
    await userEvent.click(getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(getByRole('status')).toHaveTextContent(/Press (Ctrl\+C|⌘C) to copy/));
  },
};

export const ConfirmRegenerate: Story = {
  play: async ({ canvasElement }) => {
    const { getByRole, findByRole } = await section(canvasElement);
    await userEvent.click(getByRole('button', { name: 'Regenerate token' }));
    const dialog = await findByRole('dialog', { name: 'Regenerate your access token?' });
    await expect(dialog).toHaveAccessibleDescription(/stops working at once/);
  },
};

export const Regenerating: Story = {
  play: async (context) => {
    const { getByRole, findByRole } = await section(context.canvasElement);
    adapterOf(context).latency = FOREVER;
    await userEvent.click(getByRole('button', { name: 'Regenerate token' }));
    await userEvent.click(await findByRole('button', { name: 'Regenerate' }));
    await expect(await findByRole('button', { name: 'Regenerating…' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  },
};

/** The new token, shown, with what to do next. */
export const Regenerated: Story = {
  play: async ({ canvasElement }) => {
    const { getByRole, findByRole } = await section(canvasElement);
    await userEvent.click(getByRole('button', { name: 'Regenerate token' }));
    await userEvent.click(await findByRole('button', { name: 'Regenerate' }));
    await waitFor(() => expect(getByRole('status')).toHaveTextContent(/New token generated/));
    await expect(getByRole('button', { name: 'Show token' })).toHaveAttribute('aria-pressed', 'true');
  },
};

export const RegenerateFailed: Story = {
  play: async (context) => {
    const { getByRole, findByRole } = await section(context.canvasElement);
    adapterOf(context).failOn('resetAccessToken', 'server');
    await userEvent.click(getByRole('button', { name: 'Regenerate token' }));
    await userEvent.click(await findByRole('button', { name: 'Regenerate' }));
    await expect(await findByRole('alert')).toHaveTextContent(/went wrong on the server/i);
  },
};

export const RevealFailed: Story = {
  play: async (context) => {
    const { getByRole, findByRole } = await section(context.canvasElement);
    adapterOf(context).failOn('revealAccessToken', 'network');
    await userEvent.click(getByRole('button', { name: 'Show token' }));
    await expect(await findByRole('alert')).toHaveTextContent(/couldn.t reach the server/i);
  },
};

/**
 * The token was regenerated, but the reply carrying the new one was lost: the old token no longer
 * works and the new one never reached the page. Only signing in again helps; the host is told.
 */
export const SessionExpired: Story = {
  play: async (context) => {
    const { getByRole, findByRole, queryByRole } = await section(context.canvasElement);
    adapterOf(context).failOn(
      'resetAccessToken',
      new SettingsError('auth', 'The token was replaced', { code: 'token-replaced' }),
    );
    await userEvent.click(getByRole('button', { name: 'Regenerate token' }));
    await userEvent.click(await findByRole('button', { name: 'Regenerate' }));
    await expect(await findByRole('alert')).toHaveTextContent(
      'Your access token was regenerated, but the new one did not reach this page. Sign in again to continue.',
    );
    await expect(queryByRole('button', { name: 'Try again' })).toBeNull();
    await expectSessionExpired(context.args, 'save', 'token-replaced');
  },
};

/** A backend that can show the token but not renew it: no "Regenerate". */
export const WithoutRegenerate: Story = {
  loaders: withAdapter({ capabilities: ['revealAccessToken'] }),
  play: async ({ canvasElement }) => {
    const { queryByRole } = await section(canvasElement);
    await expect(queryByRole('button', { name: 'Regenerate token' })).toBeNull();
  },
};

export const Dark: Story = { ...Revealed, globals: { theme: 'dark' } };
export const DarkConfirm: Story = { ...ConfirmRegenerate, globals: { theme: 'dark' } };

/** Brand colours through the `--pe-*` custom properties; shape through `::part`. */
export const Themed: Story = {
  render: (_args, context) =>
    html`<style>
        .brand {
          ${BRAND_TOKENS}
        }
        .brand::part(token) {
          border-radius: 999px;
          padding-inline: 16px;
        }
      </style>
      <access-token class="brand" .adapter=${adapterOf(context)}></access-token>`,
};
