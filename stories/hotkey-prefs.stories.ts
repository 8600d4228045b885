import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@profile-elements/elements/define/hotkey-prefs.js';
import { BRAND_TOKENS, adapterOf, withAdapter } from './support/profile-states.js';
import { instantStates, loaded, statusRegion, type Section } from './support/instant-states.js';
import { pin } from './support/shadow-section.js';
import { sessionExpiredArgTypes, sessionExpiredArgs } from './support/session-expired.js';

// `<hotkey-prefs>`: the key that sends a message (Enter, or ⌘/Ctrl + Enter) on an in-memory
// backend. The modifier follows the device: ⌘ on Apple devices, Ctrl elsewhere (one story pins an
// Apple device).
// (Line comments, not JSDoc: a JSDoc block on `meta` would replace the element's own description.)

const TAG = 'hotkey-prefs';

const meta: Meta = {
  title: 'Elements/Hotkey',
  component: TAG,
  args: sessionExpiredArgs(),
  argTypes: {
    adapter: { control: false, description: 'Set by the story (an in-memory adapter).' },
    ...sessionExpiredArgTypes,
  },
  loaders: withAdapter(),
  render: (args, context) =>
    html`<hotkey-prefs
      .adapter=${adapterOf(context)}
      @pe-session-expired=${args['onSessionExpired']}
    ></hotkey-prefs>`,
};
export default meta;

type Story = StoryObj;

const enter = (section: Section) => section.getByRole('radio', { name: 'Enter' });
const modEnter = (section: Section) => section.getByRole('radio', { name: /^(Ctrl|⌘) \+ Enter/ });
/** Each card's keys, as printed on its `<kbd>`s. */
const keys = (section: Section) =>
  [...section.root.querySelectorAll('[part~="choice-label"]')].map((label) =>
    [...label.querySelectorAll('kbd')].map((kbd) => kbd.textContent),
  );

const states = instantStates({
  tag: TAG,
  load: 'loadInterfacePreferences',
  update: 'updateInterfacePreferences',
  choose: async (section) => {
    const control = modEnter(section);
    await userEvent.click(control);
    return {
      control,
      shown: () => expect(control).toBeChecked(),
      rolledBack: () => waitFor(() => expect(enter(section)).toBeChecked()),
    };
  },
});

/** Enter sends (the default): two cards, each with its keys and what the other keys do then. */
export const Loaded: Story = {
  play: async ({ canvasElement }) => {
    const section = await loaded(canvasElement, TAG);
    await expect(enter(section)).toBeChecked();
    await expect(enter(section)).toHaveAccessibleDescription(
      'Enter sends the message. Shift + Enter starts a new line.',
    );
    await expect(keys(section)).toEqual([['Enter'], [expect.stringMatching(/^(Ctrl|⌘)$/), 'Enter']]);
    await expect(section.getByRole('group', { name: 'Hotkey to send messages' })).toBeVisible();
  },
};

export const Loading: Story = { ...states.Loading };

/** Choosing Ctrl + Enter: checked at once, saved. */
export const ChooseModifierEnter: Story = {
  name: 'Choose Ctrl/⌘ + Enter',
  play: async (context) => {
    const section = await loaded(context.canvasElement, TAG);
    await userEvent.click(modEnter(section));
    await expect(modEnter(section)).toBeChecked();
    await waitFor(() => expect(statusRegion(section)).toHaveTextContent('Saved'));
    await expect(adapterOf(context).interfacePreferences.sendKey).toBe('cmd_enter');
  },
};

/** On an Apple device the modifier is ⌘. (Not on the docs page: the pinned platform would reach every story there.) */
export const AppleDevice: Story = {
  tags: ['!autodocs'],
  loaders: withAdapter({ interface: { sendKey: 'cmd_enter' } }),
  beforeEach: () => {
    const undo = [pin(navigator, 'userAgentData', undefined), pin(navigator, 'platform', 'MacIntel')];
    return () => undo.reverse().forEach((u) => u());
  },
  play: async ({ canvasElement }) => {
    const section = await loaded(canvasElement, TAG);
    await expect(keys(section)[1]).toEqual(['⌘', 'Enter']);
    await expect(section.getByRole('radio', { name: /^⌘ \+ Enter/ })).toBeChecked();
  },
};

/** Back to Enter from Ctrl + Enter: "Saved" in the status region. */
export const Saved: Story = {
  loaders: withAdapter({ interface: { sendKey: 'cmd_enter' } }),
  play: async (context) => {
    const section = await loaded(context.canvasElement, TAG);
    await expect(modEnter(section)).toBeChecked();
    await userEvent.click(enter(section));
    await waitFor(() => expect(statusRegion(section)).toHaveTextContent('Saved'));
    await expect(adapterOf(context).interfacePreferences.sendKey).toBe('enter');
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

export const Dark: Story = { ...Loaded, globals: { theme: 'dark' } };
export const DarkSaveFailed: Story = { ...states.SaveFailed, globals: { theme: 'dark' } };

/** Brand colours through the `--pe-*` custom properties; shape through `::part`. */
export const Themed: Story = {
  ...Loaded,
  render: (_args, context) =>
    html`<style>
        .brand {
          ${BRAND_TOKENS}
        }
        .brand::part(choice) {
          border-radius: 20px;
        }
        .brand::part(key) {
          border-radius: 999px;
          padding-inline: 10px;
        }
      </style>
      <hotkey-prefs class="brand" .adapter=${adapterOf(context)}></hotkey-prefs>`,
};

export const ThemedDark: Story = { ...Themed, globals: { theme: 'dark' } };
