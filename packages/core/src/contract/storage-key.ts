/**
 * Storage key: what the elements key drafts and queued changes with on the device, and find the
 * user's other tabs by. It must not change between calls or with the credentials, and must never
 * carry the token (it ends up in IndexedDB and in lock and channel names).
 */
import { equal, nonEmptyString, ok, show } from './assert.js';
import type { ContractSuite } from './harness.js';

export function storageKeyTests(suite: ContractSuite): void {
  suite.describe('storage key (storageKey)', () => {
    suite.test('gives the same non-empty key on repeated calls', ['storageKey'], async ({ adapter }) => {
      const key = await adapter.storageKey!();
      nonEmptyString(key, 'the storage key');
      equal(await adapter.storageKey!(), key, 'the storage key asked for again');
      await adapter.loadProfile();
      equal(await adapter.storageKey!(), key, 'the storage key after loading the profile');
    });

    suite.test('holds no access token', ['storageKey', 'revealAccessToken'], async ({ adapter }) => {
      const key = await adapter.storageKey!();
      const token = await adapter.revealAccessToken!();
      ok(token === '' || !key.includes(token), `the storage key ${show(key)} contains the access token`);
    });

    suite.test(
      'stays the same after a token reset, and holds neither token',
      ['storageKey', 'resetAccessToken'],
      async ({ adapter }) => {
        const key = await adapter.storageKey!();
        const token = await adapter.resetAccessToken!();
        equal(await adapter.storageKey!(), key, 'the storage key after the reset');
        ok(!key.includes(token), `the storage key ${show(key)} contains the new access token`);
      },
    );
  });
}
