/**
 * Type-level checks of @profile-elements/react's props and callbacks, proven by the type check
 * (`npx tsc -p tsconfig.json`): every `@ts-expect-error` below must meet an error, or tsc fails. Not
 * run, only compiled.
 */
import { createElement } from 'react';
import { MemoryAdapter } from '@profile-elements/core/memory';
import type { SectionName } from '@profile-elements/elements';
import {
  AccessToken,
  InterfacePrefs,
  NotificationPrefs,
  ProfileDetails,
  ProfileSettings,
  SettingsProvider,
  type ProfileSettingsProps,
} from '@profile-elements/react';

const adapter = new MemoryAdapter();

/** Well-typed uses: each callback gets its element's event class, with its `detail`. */
export const typed = [
  createElement(ProfileSettings, {
    adapter,
    hiddenSections: 'access-token password',
    vapidPublicKey: 'BExampleKey',
    onSaved: (event) => event.detail.section satisfies SectionName,
    onFailed: (event) => event.detail.error.kind,
    onDirtyChange: (event) => event.detail.dirty satisfies boolean,
    onInterfaceChange: (event) => event.detail.locale satisfies string | null,
    onTokenCopied: (event) => event.type,
    onPushChange: (event) => event.detail.subscribed satisfies boolean,
    onBeforeLeave: (event) => event.preventDefault(),
    onSessionExpired: (event) => event.detail.retry(),
    className: 'settings',
  }),
  createElement(SettingsProvider, { adapter }, createElement(ProfileDetails, { onSaved: () => {} })),
  createElement(NotificationPrefs, { sections: 'push', onPushChange: (event) => event.detail.subscribed }),
  createElement(AccessToken, { onTokenCopied: () => {} }),
];

export const wrong = [
  // @ts-expect-error hiddenSections is a string of section names, not a number
  createElement(ProfileSettings, { hiddenSections: 42 }),
  // @ts-expect-error an adapter is an object with the adapter's methods, not a URL
  createElement(ProfileSettings, { adapter: 'https://chat.example.com' }),
  createElement(ProfileSettings, {
    // @ts-expect-error SettingsSavedEvent's detail has `section` and `value`, no `dirty`
    onSaved: (event) => event.detail.dirty,
  }),
  createElement(ProfileDetails, {
    // @ts-expect-error `section` is one of the section names, never a number
    onDirtyChange: (event) => event.detail.section satisfies number,
  }),
  // @ts-expect-error <access-token> fires no pe-interface-change: no onInterfaceChange
  createElement(AccessToken, { onInterfaceChange: () => {} }),
  // @ts-expect-error onInterfaceChange is <interface-prefs>'s, and gets an InterfaceChangeEvent
  createElement(InterfacePrefs, { onInterfaceChange: (event: CustomEvent<string>) => event.detail }),
];

/** The props type, for hosts that pass the props on. */
export const props: ProfileSettingsProps = { adapter, onSaved: (event) => event.detail.value };
