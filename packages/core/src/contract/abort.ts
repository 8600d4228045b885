/** Cancellation: every method called with an aborted signal rejects with an AbortError and does nothing. */
import type { SettingsAdapter } from '../adapter.js';
import { expectAbortError, includes } from './assert.js';
import type { Capability, ContractSeed, ContractSuite } from './harness.js';
import { pngFile, pushSubscription } from './samples.js';

type Call = (adapter: SettingsAdapter, signal: AbortSignal, seed: ContractSeed) => Promise<unknown>;

const CALLS: [keyof SettingsAdapter, Call][] = [
  ['loadProfile', (a, signal) => a.loadProfile({ signal })],
  ['updateProfile', (a, signal) => a.updateProfile({ displayName: 'Aborted' }, { signal })],
  ['uploadAvatar', (a, signal) => a.uploadAvatar!(pngFile(), { signal })],
  ['removeAvatar', (a, signal) => a.removeAvatar!({ signal })],
  [
    'changePassword',
    (a, signal, seed) =>
      a.changePassword!(
        { currentPassword: seed.password, password: 'N3w-password!', passwordConfirmation: 'N3w-password!' },
        { signal },
      ),
  ],
  ['loadNotificationPreferences', (a, signal) => a.loadNotificationPreferences!({ signal })],
  [
    'updateNotificationPreferences',
    (a, signal) => a.updateNotificationPreferences!({ audio: { volume: 0.25 } }, { signal }),
  ],
  ['revealAccessToken', (a, signal) => a.revealAccessToken!({ signal })],
  ['resetAccessToken', (a, signal) => a.resetAccessToken!({ signal })],
  ['subscribePush', (a, signal) => a.subscribePush!(pushSubscription(), { signal })],
  ['unsubscribePush', (a, signal) => a.unsubscribePush!(pushSubscription(), { signal })],
  ['storageKey', (a, signal) => a.storageKey!({ signal })],
];

export function abortTests(suite: ContractSuite): void {
  suite.describe('abort (every method)', () => {
    for (const [method, call] of CALLS) {
      const requires = method === 'loadProfile' || method === 'updateProfile' ? [] : [method as Capability];
      suite.test(
        `${method} with an aborted signal rejects with an AbortError, not a SettingsError`,
        requires,
        async ({ adapter, seed }) => {
          const controller = new AbortController();
          controller.abort();
          await expectAbortError(call(adapter, controller.signal, seed), method);
        },
      );
    }

    suite.test('an aborted update saves nothing', [], async ({ adapter, seed }) => {
      const controller = new AbortController();
      controller.abort();
      await expectAbortError(
        adapter.updateProfile({ displayName: 'Aborted' }, { signal: controller.signal }),
        'updateProfile',
      );
      includes(await adapter.loadProfile(), { displayName: seed.displayName }, 'the profile afterwards');
    });
  });
}
