import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn, userEvent, waitFor, within, type Mock } from 'storybook/test';
import type { InterfaceChangeEvent } from '@profile-elements/elements';
import '@profile-elements/elements/define/interface-prefs.js';
import { BRAND_TOKENS, adapterOf, withAdapter } from './support/profile-states.js';
import { instantStates, loaded, statusRegion, type Section } from './support/instant-states.js';
import { sessionExpiredArgTypes, sessionExpiredArgs } from './support/session-expired.js';

// `<interface-prefs>`: the Interface section (font size and interface language) on an in-memory
// backend. A choice applies at once: the element fires `pe-interface-change` (the stories' spy,
// `onInterfaceChange`, hears its `detail`) and, unless the host cancels it (`hostApplies`), sets
// `lang` and `--pe-font-size` on itself.
// (Line comments, not JSDoc: a JSDoc block on `meta` would replace the element's own description.)

const TAG = 'interface-prefs';

const meta: Meta = {
  title: 'Elements/Interface',
  component: TAG,
  args: { onInterfaceChange: fn(), hostApplies: false, ...sessionExpiredArgs() },
  argTypes: {
    adapter: { control: false, description: 'Set by the story (an in-memory adapter).' },
    onInterfaceChange: {
      control: false,
      description: 'Set by the story: a spy given the `detail` of each `pe-interface-change`.',
    },
    hostApplies: {
      control: 'boolean',
      description:
        'The host applies the font size and language to its whole page itself: it cancels `pe-interface-change`.',
    },
    ...sessionExpiredArgTypes,
  },
  loaders: withAdapter(),
  render: (args, context) =>
    html`<interface-prefs
      .adapter=${adapterOf(context)}
      @pe-interface-change=${(event: InterfaceChangeEvent) => {
        (args['onInterfaceChange'] as (detail: InterfaceChangeEvent['detail']) => void)(event.detail);
        if (args['hostApplies']) event.preventDefault();
      }}
      @pe-session-expired=${args['onSessionExpired']}
    ></interface-prefs>`,
};
export default meta;

type Story = StoryObj;

const fontSize = (section: Section) =>
  section.getByRole<HTMLSelectElement>('combobox', { name: 'Font size' });
const language = (section: Section) => section.getByRole<HTMLSelectElement>('combobox', { name: 'Language' });
/** The chosen option's text. (`toHaveDisplayValue` would count the template's line breaks.) */
/** The chosen option as read: without the isolates that keep "16 px" in order in right-to-left text. */
const chosen = (select: HTMLSelectElement) =>
  select.selectedOptions[0]?.textContent
    ?.trim()
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\u00a0/g, ' ');
const changes = (args: Record<string, unknown>) =>
  args['onInterfaceChange'] as Mock<(detail: InterfaceChangeEvent['detail']) => void>;

const states = instantStates({
  tag: TAG,
  load: 'loadInterfacePreferences',
  update: 'updateInterfacePreferences',
  choose: async (section) => {
    const control = fontSize(section);
    await userEvent.selectOptions(control, '18');
    return {
      control,
      shown: () => expect(control).toHaveValue('18'),
      rolledBack: () => waitFor(() => expect(control).toHaveValue('16')),
    };
  },
});

/** The account's settings: the default size, the account's language. Nothing applied yet. */
export const Loaded: Story = {
  play: async ({ canvasElement, args }) => {
    const section = await loaded(canvasElement, TAG);
    await expect(chosen(fontSize(section))).toBe('Default (16 px)');
    await expect(chosen(language(section))).toBe('Use the account default');
    await expect(language(section)).toHaveAccessibleDescription(
      'The language of the app and of the emails it sends you.',
    );
    // What the page shows at load is the host's to decide: the element changes nothing by itself.
    await expect(section.host).not.toHaveAttribute('lang');
    await expect(changes(args)).not.toHaveBeenCalled();
  },
};

export const Loading: Story = { ...states.Loading };

/** The languages in the page's language and in their own ("German (Deutsch)"), as people look for theirs. */
export const LanguageNames: Story = {
  play: async ({ canvasElement }) => {
    const section = await loaded(canvasElement, TAG);
    // Named in the page's language; their own names join after the first paint (language-names.ts).
    await waitFor(() =>
      expect(language(section).querySelector('option[value="de"]')).toHaveTextContent('Deutsch'),
    );
    const options = within(language(section)).getAllByRole<HTMLOptionElement>('option');
    const named = Object.fromEntries(options.map((o) => [o.value, o]));
    await expect(named['de']).toHaveTextContent('Deutsch');
    await expect(named['es']).toHaveTextContent('Español');
    await expect(named['fr']).toHaveTextContent('Français');
    await expect(named['pt-BR']).toHaveTextContent('Português (Brasil)');
    await expect(named['ja']).toHaveTextContent('日本語');
    await expect(named['ar']).toHaveTextContent('العربية');
    await expect(options[0]).toHaveTextContent('Use the account default');
  },
};

/** A larger font size: the host hears it, the section grows at once, and it saves. */
export const ChooseFontSize: Story = {
  play: async (context) => {
    const section = await loaded(context.canvasElement, TAG);
    await userEvent.selectOptions(fontSize(section), '20');
    await waitFor(() =>
      expect(changes(context.args)).toHaveBeenLastCalledWith({ fontSize: 20, locale: null }),
    );
    // 20 px on Chatwoot's 16 px base: 0.9375rem × 20 / 16.
    await expect(section.host.style.getPropertyValue('--pe-font-size')).toBe('1.171875rem');
    await waitFor(() => expect(statusRegion(section)).toHaveTextContent('Saved'));
    await expect(adapterOf(context).interfacePreferences.fontSize).toBe(20);
  },
};

/** A language: the host hears it, and the element takes it as its `lang` at once. */
export const ChooseLanguage: Story = {
  play: async (context) => {
    const section = await loaded(context.canvasElement, TAG);
    await userEvent.selectOptions(language(section), 'de');
    await waitFor(() =>
      expect(changes(context.args)).toHaveBeenLastCalledWith({ fontSize: 16, locale: 'de' }),
    );
    await expect(section.host).toHaveAttribute('lang', 'de');
    await waitFor(() => expect(adapterOf(context).interfacePreferences.locale).toBe('de'));
  },
};

/** The host applies the choice to its whole page itself (it cancels the event): the element does not. */
export const HostAppliesIt: Story = {
  args: { hostApplies: true },
  play: async (context) => {
    const section = await loaded(context.canvasElement, TAG);
    await userEvent.selectOptions(language(section), 'de');
    await userEvent.selectOptions(fontSize(section), '18');
    await waitFor(() =>
      expect(changes(context.args)).toHaveBeenLastCalledWith({ fontSize: 18, locale: 'de' }),
    );
    await expect(section.host).not.toHaveAttribute('lang');
    await expect(section.host.style.getPropertyValue('--pe-font-size')).toBe('');
    // Saved all the same.
    await waitFor(() =>
      expect(adapterOf(context).interfacePreferences).toMatchObject({ fontSize: 18, locale: 'de' }),
    );
  },
};

export const Saved: Story = {
  play: async (context) => {
    const section = await loaded(context.canvasElement, TAG);
    await userEvent.selectOptions(fontSize(section), '15');
    await waitFor(() => expect(statusRegion(section)).toHaveTextContent('Saved'));
    await expect(section.host.matches(':state(dirty)')).toBe(false);
  },
};

/** A language the backend holds that its list lacks still shows, rather than a wrong choice. */
export const UnlistedLanguage: Story = {
  loaders: withAdapter({ interface: { fontSize: 14, locale: 'sv' } }),
  play: async ({ canvasElement }) => {
    const section = await loaded(canvasElement, TAG);
    await expect(language(section)).toHaveValue('sv');
    await waitFor(() => expect(chosen(language(section))).toBe('Swedish (Svenska)'));
    await expect(chosen(fontSize(section))).toBe('Smaller (14 px)');
  },
};

/** A backend that offers no language list (no `interfaceLocales`): the font size alone. */
export const WithoutLanguages: Story = {
  loaders: withAdapter({ capabilities: ['loadInterfacePreferences', 'updateInterfacePreferences'] }),
  play: async ({ canvasElement }) => {
    const section = await loaded(canvasElement, TAG);
    await expect(fontSize(section)).toBeVisible();
    await expect(section.queryByRole('combobox', { name: 'Language' })).toBeNull();
  },
};

export const LoadFailed: Story = { ...states.LoadFailed };
export const LoadFailedThenRetried: Story = { ...states.LoadFailedThenRetried };
export const SessionExpired: Story = { ...states.SessionExpired };
export const Unsupported: Story = { ...states.Unsupported };
export const Saving: Story = { ...states.Saving };

/** The network failed: the size rolled back, and the host heard the old values again. */
export const SaveFailed: Story = {
  ...states.SaveFailed,
  play: async (context) => {
    await states.SaveFailed.play(context);
    await waitFor(() =>
      expect(changes(context.args)).toHaveBeenLastCalledWith({ fontSize: 16, locale: null }),
    );
    await expect(context.canvasElement.querySelector(TAG)!.style.getPropertyValue('--pe-font-size')).toBe(
      '0.9375rem',
    );
  },
};
export const SaveFailedOnServer: Story = { ...states.SaveFailedOnServer };
export const SaveFailedThenRetried: Story = { ...states.SaveFailedThenRetried };
export const WaitingOffline: Story = { ...states.WaitingOffline };

export const Dark: Story = { ...Loaded, globals: { theme: 'dark' } };
export const DarkSaveFailed: Story = { ...SaveFailed, globals: { theme: 'dark' } };

/** Brand colours through the `--pe-*` custom properties; shape through `::part`. */
export const Themed: Story = {
  ...Loaded,
  render: (_args, context) =>
    html`<style>
        .brand {
          ${BRAND_TOKENS}
        }
        .brand::part(section) {
          padding: 24px;
          border: 1px solid light-dark(#ddd6fe, #4c1d95);
          border-radius: 20px;
          background: var(--pe-color-surface);
        }
        .brand::part(font-size),
        .brand::part(language) {
          border-radius: 999px;
          padding-inline: 16px;
        }
      </style>
      <interface-prefs class="brand" .adapter=${adapterOf(context)}></interface-prefs>`,
};

export const ThemedDark: Story = { ...Themed, globals: { theme: 'dark' } };
