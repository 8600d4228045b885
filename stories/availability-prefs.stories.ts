import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { Availability } from '@profile-elements/core';
import '@profile-elements/elements/define/availability-prefs.js';
import { BRAND_TOKENS, adapterOf, withAdapter } from './support/profile-states.js';
import { instantStates, loaded, statusRegion, type Section } from './support/instant-states.js';
import { sessionExpiredArgTypes, sessionExpiredArgs } from './support/session-expired.js';

// `<availability-prefs>`: online, busy or offline, and auto-offline, on an in-memory backend. An
// agent in one account sees their status; one in several picks the account first.
// (Line comments, not JSDoc: a JSDoc block on `meta` would replace the element's own description.)

const TAG = 'availability-prefs';

const meta: Meta = {
  title: 'Elements/Availability',
  component: TAG,
  args: sessionExpiredArgs(),
  argTypes: {
    adapter: { control: false, description: 'Set by the story (an in-memory adapter).' },
    ...sessionExpiredArgTypes,
  },
  loaders: withAdapter(),
  render: (args, context) =>
    html`<availability-prefs
      .adapter=${adapterOf(context)}
      @pe-session-expired=${args['onSessionExpired']}
    ></availability-prefs>`,
};
export default meta;

type Story = StoryObj;

/** An agent in two accounts (as the demo's): busy in the one in use, online with auto-offline off in the other. */
const TWO_ACCOUNTS: Availability = {
  accounts: [
    { accountId: '1', accountName: 'Acme Support', status: 'busy', autoOffline: true },
    { accountId: '3', accountName: 'Acme Sales', status: 'online', autoOffline: false },
  ],
  currentAccountId: '1',
};

const status = (section: Section, name: 'Online' | 'Busy' | 'Offline') =>
  section.getByRole('radio', { name });
const autoOffline = (section: Section) =>
  section.getByRole('checkbox', { name: 'Mark me offline automatically when I close the app' });
const account = (section: Section) => section.getByRole<HTMLSelectElement>('combobox', { name: 'Account' });

const states = instantStates({
  tag: TAG,
  load: 'loadAvailability',
  update: 'updateAvailability',
  choose: async (section) => {
    const control = status(section, 'Busy');
    await userEvent.click(control);
    return {
      // The note describes each status radio (they are what is focused and read).
      control,
      shown: () => expect(control).toBeChecked(),
      rolledBack: () => waitFor(() => expect(status(section, 'Online')).toBeChecked()),
    };
  },
});

/** One account: its status and auto-offline, no account list. */
export const Loaded: Story = {
  play: async ({ canvasElement }) => {
    const section = await loaded(canvasElement, TAG);
    await expect(status(section, 'Online')).toBeChecked();
    await expect(autoOffline(section)).toBeChecked();
    await expect(autoOffline(section)).toHaveAccessibleDescription(
      'When it is off, you stay online until you change your status yourself.',
    );
    await expect(section.queryByRole('combobox', { name: 'Account' })).toBeNull();
  },
};

export const Loading: Story = { ...states.Loading };

/** Busy: saved at once. */
export const Saved: Story = {
  play: async (context) => {
    const section = await loaded(context.canvasElement, TAG);
    await userEvent.click(status(section, 'Busy'));
    await waitFor(() => expect(statusRegion(section)).toHaveTextContent('Saved'));
    await expect(adapterOf(context).availability.accounts[0]!.status).toBe('busy');
  },
};

/** Turning auto-offline off: saved at once, the status untouched. */
export const AutoOfflineOff: Story = {
  play: async (context) => {
    const section = await loaded(context.canvasElement, TAG);
    await userEvent.click(autoOffline(section));
    await expect(autoOffline(section)).not.toBeChecked();
    await waitFor(() => expect(statusRegion(section)).toHaveTextContent('Saved'));
    await expect(adapterOf(context).availability.accounts[0]).toMatchObject({
      status: 'online',
      autoOffline: false,
    });
  },
};

/** Two accounts: the one in use first; the list switches which account's status shows. */
export const SeveralAccounts: Story = {
  loaders: withAdapter({ availability: TWO_ACCOUNTS }),
  play: async ({ canvasElement }) => {
    const section = await loaded(canvasElement, TAG);
    await expect(account(section).selectedOptions[0]).toHaveTextContent('Acme Support');
    await expect(status(section, 'Busy')).toBeChecked();
    await expect(autoOffline(section)).toBeChecked();
    await userEvent.selectOptions(account(section), '3');
    await waitFor(() => expect(status(section, 'Online')).toBeChecked());
    await expect(autoOffline(section)).not.toBeChecked();
  },
};

/** A change in the other account saves there only; the account in use keeps its status. */
export const SeveralAccountsSaved: Story = {
  loaders: withAdapter({ availability: TWO_ACCOUNTS }),
  play: async (context) => {
    const section = await loaded(context.canvasElement, TAG);
    await userEvent.selectOptions(account(section), '3');
    await userEvent.click(await waitFor(() => status(section, 'Offline')));
    await waitFor(() => expect(statusRegion(section)).toHaveTextContent('Saved'));
    await expect(adapterOf(context).availability.accounts).toEqual([
      TWO_ACCOUNTS.accounts[0],
      { ...TWO_ACCOUNTS.accounts[1], status: 'offline' },
    ]);
    await userEvent.selectOptions(account(section), '1');
    await waitFor(() => expect(status(section, 'Busy')).toBeChecked());
  },
};

/** An agent in no account (removed from the last one): said, with nothing to choose. */
export const NoAccount: Story = {
  loaders: withAdapter({ availability: { accounts: [], currentAccountId: '' } }),
  play: async ({ canvasElement }) => {
    const section = await loaded(canvasElement, TAG);
    await expect(section.getByText('You are not a member of any account.')).toBeVisible();
    await expect(section.queryByRole('radio')).toBeNull();
  },
};

export const LoadFailed: Story = { ...states.LoadFailed };
export const LoadFailedThenRetried: Story = { ...states.LoadFailedThenRetried };
export const SessionExpired: Story = { ...states.SessionExpired };
export const Unsupported: Story = { ...states.Unsupported };
export const Saving: Story = { ...states.Saving };
export const SaveFailed: Story = { ...states.SaveFailed };
export const SaveFailedOnServer: Story = { ...states.SaveFailedOnServer };
export const SaveFailedThenRetried: Story = { ...states.SaveFailedThenRetried };
export const WaitingOffline: Story = { ...states.WaitingOffline };

export const Dark: Story = { ...SeveralAccounts, globals: { theme: 'dark' } };
export const DarkSaveFailed: Story = { ...states.SaveFailed, globals: { theme: 'dark' } };

/** Brand colours through the `--pe-*` custom properties (status dots too); shape through `::part`. */
export const Themed: Story = {
  ...Loaded,
  render: (_args, context) =>
    html`<style>
        .brand {
          ${BRAND_TOKENS}
          --pe-color-online: light-dark(#15803d, #4ade80);
          --pe-color-busy: light-dark(#b45309, #fbbf24);
        }
        .brand::part(statuses) {
          border-radius: 20px;
        }
        .brand::part(dot) {
          border-radius: 3px;
        }
      </style>
      <availability-prefs class="brand" .adapter=${adapterOf(context)}></availability-prefs>`,
};

export const ThemedDark: Story = { ...Themed, globals: { theme: 'dark' } };
