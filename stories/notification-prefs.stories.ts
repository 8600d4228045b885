import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { NotificationEvent } from '@profile-elements/core';
import '@profile-elements/elements/define/notification-prefs.js';
import { BRAND_TOKENS, adapterOf, withAdapter } from './support/profile-states.js';
import { pin, shadowSection } from './support/shadow-section.js';
import { keptOnDevice } from './support/kept-on-device.js';
import { offline } from './support/offline.js';
import {
  expectSessionExpired,
  sessionExpiredArgTypes,
  sessionExpiredArgs,
} from './support/session-expired.js';

// `<notification-prefs>`: the Audio, Email and Push sections on an in-memory backend. Browser push
// depends on the browser, so the push stories pin the permission and hand the element a stand-in
// service worker registration (no push service is involved).
// (Line comments, not JSDoc: a JSDoc block on `meta` would replace the element's own description.)

/** Long enough that nothing a story does ever waits it out (about 11 days). */
const FOREVER = 1_000_000_000;

/** A registration whose push manager behaves like a browser's, without a push service. */
function standInRegistration(subscribed = false): ServiceWorkerRegistration {
  const subscription = {
    endpoint: 'https://push.example/storybook',
    toJSON: () => ({ endpoint: 'https://push.example/storybook', keys: { p256dh: 'key', auth: 'auth' } }),
    unsubscribe: async () => ((current = null), true),
  } as unknown as PushSubscription;
  let current: PushSubscription | null = subscribed ? subscription : null;
  return {
    pushManager: {
      getSubscription: async () => current,
      subscribe: async () => (current = subscription),
    },
  } as unknown as ServiceWorkerRegistration;
}

const VAPID = 'BEl62iUYgUivxIkv69yViEuiBIa-Ib9-SkvMeAtA3LFgDzkrxZJjSgSnfckjBJuBkr3qBUYIHBQFLXYp5Nksh8U';

const meta: Meta = {
  title: 'Elements/Notification preferences',
  component: 'notification-prefs',
  args: { sections: 'audio email push', ...sessionExpiredArgs() },
  argTypes: {
    adapter: { control: false, description: 'Set by the story (an in-memory adapter).' },
    serviceWorkerRegistration: { control: false },
    sections: { control: 'text' },
    ...sessionExpiredArgTypes,
  },
  loaders: withAdapter(),
  render: (args, context) =>
    html`<notification-prefs
      .adapter=${adapterOf(context)}
      sections=${String(args['sections'])}
      vapid-public-key=${VAPID}
      .serviceWorkerRegistration=${context.parameters['registration'] ?? standInRegistration()}
      @pe-session-expired=${args['onSessionExpired']}
    ></notification-prefs>`,
};
export default meta;

type Story = StoryObj;

const loaded = async (canvasElement: HTMLElement) => {
  const section = await shadowSection(canvasElement, 'notification-prefs');
  await waitFor(() => expect(section.root.querySelector('table, fieldset')).not.toBeNull());
  return section;
};

/** All three sections in one element: audio, then one grid with an Email and a Push column. */
export const Loaded: Story = {
  play: async ({ canvasElement }) => {
    const section = await loaded(canvasElement);
    await expect(section.getByRole('radio', { name: 'None (the default)' })).toBeChecked();
    await expect(section.getByRole('combobox', { name: 'Alert tone' })).toHaveValue('ding');
    await expect(section.getAllByRole('row')).toHaveLength(6);
  },
};

export const Loading: Story = {
  loaders: withAdapter({ latency: FOREVER }),
  play: async ({ canvasElement }) => {
    const section = await shadowSection(canvasElement, 'notification-prefs');
    await expect(section.getAllByRole('status')[1]).toHaveTextContent(/loading your notification settings/i);
  },
};

export const LoadFailed: Story = {
  loaders: withAdapter({}, (adapter) => adapter.failNext('network')),
  play: async ({ canvasElement }) => {
    const section = await shadowSection(canvasElement, 'notification-prefs');
    await expect(await section.findByRole('alert')).toHaveTextContent(/couldn.t reach the server/i);
    await expect(section.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** The session ended before the settings could load: why, and no "Try again"; the host is told. */
export const SessionExpired: Story = {
  loaders: withAdapter({}, (adapter) => adapter.failOn('loadNotificationPreferences', 'auth')),
  play: async ({ canvasElement, args }) => {
    const section = await shadowSection(canvasElement, 'notification-prefs');
    await expect(await section.findByRole('alert')).toHaveTextContent(
      'Your session has ended or your access was revoked. Sign in again to continue.',
    );
    await expect(section.queryByRole('button', { name: 'Try again' })).toBeNull();
    await expectSessionExpired(args, 'load');
  },
};

/** As `<profile-settings>` shows it: the Audio section on its own. */
export const AudioSection: Story = {
  args: { sections: 'audio' },
  play: async ({ canvasElement }) => {
    const section = await loaded(canvasElement);
    await expect(section.queryByRole('table')).toBeNull();
  },
};

/** The Email section on its own: a one-column grid, in the seed's words. */
export const EmailSection: Story = {
  args: { sections: 'email' },
  play: async ({ canvasElement }) => {
    const section = await loaded(canvasElement);
    await expect(section.getByRole('columnheader', { name: /send email notifications when/i })).toBeVisible();
  },
};

/** The Push section on its own, in a browser that has not been asked yet. */
export const PushSection: Story = {
  args: { sections: 'push' },
  beforeEach: () => pin(Notification, 'permission', 'default'),
  play: async ({ canvasElement }) => {
    const section = await loaded(canvasElement);
    await expect(await section.findByRole('button', { name: 'Enable push notifications' })).toBeVisible();
  },
};

/** Push is on in this browser. */
export const PushOn: Story = {
  args: { sections: 'push' },
  parameters: { registration: standInRegistration(true) },
  beforeEach: () => pin(Notification, 'permission', 'granted'),
  play: async ({ canvasElement }) => {
    const section = await loaded(canvasElement);
    await expect(await section.findByRole('button', { name: 'Turn off in this browser' })).toBeVisible();
  },
};

/** The user blocked notifications: how to allow them again. */
export const PushBlocked: Story = {
  args: { sections: 'push' },
  beforeEach: () => pin(Notification, 'permission', 'denied'),
  play: async ({ canvasElement }) => {
    const section = await loaded(canvasElement);
    await waitFor(() =>
      expect(section.root.querySelector('[part~="push-state"]')).toHaveTextContent(/blocked/i),
    );
  },
};

/** A browser without push (or an http page): which browsers can. */
export const PushUnsupported: Story = {
  args: { sections: 'push' },
  beforeEach: () => {
    const restore = pin(window, 'PushManager', undefined);
    delete (window as { PushManager?: unknown }).PushManager;
    return restore;
  },
  play: async ({ canvasElement }) => {
    const section = await loaded(canvasElement);
    await waitFor(() =>
      expect(section.root.querySelector('[part~="push-state"]')).toHaveTextContent(/cannot receive push/i),
    );
  },
};

/** Turning push on: permission, subscription, handed to the backend. */
export const PushEnabled: Story = {
  args: { sections: 'push' },
  beforeEach: () => {
    const undo = [
      pin(Notification, 'permission', 'default'),
      pin(Notification, 'requestPermission', async () => {
        pin(Notification, 'permission', 'granted');
        return 'granted';
      }),
    ];
    return () => undo.reverse().forEach((u) => u());
  },
  play: async (context) => {
    const section = await loaded(context.canvasElement);
    await userEvent.click(await section.findByRole('button', { name: 'Enable push notifications' }));
    await expect(await section.findByRole('button', { name: 'Turn off in this browser' })).toBeVisible();
    await expect(adapterOf(context).pushSubscriptions).toHaveLength(1);
  },
};

/** An account with SLAs: three more rows. */
export const WithSlaEvents: Story = {
  loaders: withAdapter({ slaEvents: true }),
  play: async ({ canvasElement }) => {
    const section = await loaded(canvasElement);
    await expect(section.getByRole('rowheader', { name: /first response SLA/ })).toBeVisible();
  },
};

/** A combination that matches no preset: shown as Custom, with its three boxes. */
export const CustomAudio: Story = {
  loaders: withAdapter({
    notifications: { audio: { events: ['assigned', 'unassigned'], tone: 'chime', volume: 0.6 } },
  }),
  play: async ({ canvasElement }) => {
    const section = await loaded(canvasElement);
    await expect(section.getByRole('radio', { name: 'Custom' })).toBeChecked();
    await expect(section.getByRole('checkbox', { name: 'Unassigned conversations' })).toBeChecked();
  },
};

/** Every event on in both channels. */
export const AllOn: Story = {
  loaders: withAdapter({
    notifications: {
      audio: { events: ['assigned', 'unassigned', 'notme'], alwaysPlay: true, repeatWhileUnread: true },
      email: Object.fromEntries(
        [
          'conversation_creation',
          'conversation_assignment',
          'conversation_mention',
          'assigned_conversation_new_message',
          'participating_conversation_new_message',
        ].map((e) => [e, true]),
      ),
      push: Object.fromEntries(
        [
          'conversation_creation',
          'conversation_assignment',
          'conversation_mention',
          'assigned_conversation_new_message',
          'participating_conversation_new_message',
        ].map((e) => [e, true]),
      ),
    },
  }),
  play: async ({ canvasElement }) => {
    const section = await loaded(canvasElement);
    await expect(section.getByRole('radio', { name: 'All conversations' })).toBeChecked();
  },
};

/** An event this library has no words for shows its id. */
export const UnknownEvent: Story = {
  loaders: withAdapter({
    notifications: {
      events: ['conversation_creation', 'conversation_assignment', 'csat_received' as NotificationEvent],
    },
  }),
  play: async ({ canvasElement }) => {
    const section = await loaded(canvasElement);
    await expect(section.getByRole('rowheader', { name: 'csat_received' })).toBeVisible();
  },
};

/** A change on its way: shown at once, nothing disabled. */
export const Saving: Story = {
  play: async (context) => {
    const section = await loaded(context.canvasElement);
    adapterOf(context).latency = FOREVER;
    const box = section.getByRole('checkbox', { name: 'Push A new conversation is created' });
    await userEvent.click(box);
    await expect(box).toBeChecked();
    await expect(box).toBeEnabled();
  },
};

export const Saved: Story = {
  play: async ({ canvasElement }) => {
    const section = await loaded(canvasElement);
    await userEvent.click(section.getByRole('radio', { name: 'Conversations assigned to me' }));
    await waitFor(() => expect(section.getAllByRole('status')[0]).toHaveTextContent('Saved'));
  },
};

/** One of several quick changes failed on the server: only it rolled back, with why and "Try again". */
export const SaveFailed: Story = {
  play: async (context) => {
    const section = await loaded(context.canvasElement);
    adapterOf(context).failOn('updateNotificationPreferences', null, 'server');
    await userEvent.click(section.getByRole('checkbox', { name: 'Email A new conversation is created' }));
    await userEvent.click(
      section.getByRole('checkbox', { name: 'Email You are mentioned in a conversation' }),
    );
    await waitFor(() =>
      expect(section.root.querySelector('[part~="field-error"]')).toHaveTextContent(
        /went wrong on the server/i,
      ),
    );
    await expect(
      section.getByRole('checkbox', { name: 'Email A new conversation is created' }),
    ).toBeChecked();
    await expect(
      section.getByRole('checkbox', { name: 'Email You are mentioned in a conversation' }),
    ).not.toBeChecked();
  },
};

/** The network went away while saving an audio setting. */
export const Offline: Story = {
  play: async (context) => {
    const section = await loaded(context.canvasElement);
    adapterOf(context).failOn('updateNotificationPreferences', 'network');
    await userEvent.click(section.getByRole('checkbox', { name: 'Play even when this tab is active' }));
    await waitFor(() =>
      expect(section.root.querySelector('[part~="field-error"]')).toHaveTextContent(
        /couldn.t reach the server/i,
      ),
    );
  },
};

// Offline, changes wait for the network, each with a note next to its control; the queue is kept on
// the device (under an adapter `name` of the story's own) and comes back after a reload.

const WAITING = "Waiting for the network: it will be saved when you're back online.";

/** A switch flipped offline: shown at once, with its note; nothing is sent. */
export const WaitingOffline: Story = {
  tags: ['!autodocs'],
  loaders: withAdapter({ name: 'story-notifications-waiting-offline' }),
  beforeEach: [keptOnDevice('notifications|audio email push'), offline],
  play: async (context) => {
    const section = await loaded(context.canvasElement);
    const box = section.getByRole('checkbox', { name: 'Email A new conversation is created' });
    await userEvent.click(box);
    await expect(box).toBeChecked();
    await waitFor(() => expect(box).toHaveAccessibleDescription(WAITING));
    await expect(section.host.matches(':state(waiting)')).toBe(true);
    await expect(adapterOf(context).calls.map((c) => c.method)).not.toContain(
      'updateNotificationPreferences',
    );
  },
};

/** Changes made offline before a reload, back from the device and still waiting for the network. */
export const RestoredDraft: Story = {
  tags: ['!autodocs'],
  loaders: withAdapter({ name: 'story-notifications-restored-draft' }),
  beforeEach: [
    keptOnDevice('notifications|audio email push', () => [
      { anchor: 'email.conversation_creation', values: [['email.conversation_creation', true]] },
      { anchor: 'audio.alwaysPlay', values: [['audio.alwaysPlay', true]] },
    ]),
    offline,
  ],
  play: async (context) => {
    const section = await loaded(context.canvasElement);
    const email = section.getByRole('checkbox', { name: 'Email A new conversation is created' });
    const audio = section.getByRole('checkbox', { name: 'Play even when this tab is active' });
    await waitFor(() => expect(email).toHaveAccessibleDescription(WAITING));
    await expect(email).toBeChecked();
    await expect(audio).toBeChecked();
    await expect(audio).toHaveAccessibleDescription(WAITING);
    await expect(section.host.matches(':state(restored)')).toBe(true);
    await expect(adapterOf(context).calls.map((c) => c.method)).not.toContain(
      'updateNotificationPreferences',
    );
  },
};

export const Dark: Story = { ...SaveFailed, globals: { theme: 'dark' } };

/** Brand colours through the `--pe-*` custom properties; shape through `::part`. */
export const Themed: Story = {
  ...Loaded,
  render: (args, context) =>
    html`<style>
        .brand {
          ${BRAND_TOKENS}
        }
        .brand::part(matrix) {
          border: 1px solid light-dark(#ddd6fe, #4c1d95);
        }
        .brand::part(push-button) {
          border-radius: 999px;
        }
      </style>
      <notification-prefs
        class="brand"
        .adapter=${adapterOf(context)}
        sections=${String(args['sections'])}
        .serviceWorkerRegistration=${standInRegistration()}
      ></notification-prefs>`,
};
