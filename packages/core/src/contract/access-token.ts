/** Access token: revealed on request, replaced by a reset, and the adapter keeps working after one. */
import { equal, notEqual, ok, show } from './assert.js';
import type { ContractSuite } from './harness.js';

const MIN_LENGTH = 16;

const isToken = (value: unknown): value is string => typeof value === 'string' && value.length >= MIN_LENGTH;

export function accessTokenTests(suite: ContractSuite): void {
  suite.describe('access token (revealAccessToken, resetAccessToken)', () => {
    suite.test(
      `reveals a token of at least ${MIN_LENGTH} characters, the same each time`,
      ['revealAccessToken'],
      async ({ adapter }) => {
        const token = await adapter.revealAccessToken!();
        ok(
          isToken(token),
          `the token: expected a string of ${MIN_LENGTH}+ characters, got ${typeof token} of length ${show((token as unknown as { length?: unknown })?.length)}`,
        );
        equal(await adapter.revealAccessToken!(), token, 'the token revealed again');
      },
    );

    suite.test('a reset gives a different token', ['resetAccessToken'], async ({ adapter }) => {
      const before = 'revealAccessToken' in adapter ? await adapter.revealAccessToken!() : null;
      const first = await adapter.resetAccessToken!();
      ok(isToken(first), `the new token: expected a string of ${MIN_LENGTH}+ characters`);
      if (before !== null) notEqual(first, before, 'the new token equals the old one');
      const second = await adapter.resetAccessToken!();
      ok(isToken(second), `the token of a second reset: expected a string of ${MIN_LENGTH}+ characters`);
      notEqual(second, first, 'a second reset gave the same token again');
    });

    suite.test(
      'after a reset the adapter still works, and reveals the new token',
      ['resetAccessToken'],
      async ({ adapter, seed }) => {
        const token = await adapter.resetAccessToken!();
        equal((await adapter.loadProfile()).email, seed.email, 'loadProfile after the reset: email');
        await adapter.updateProfile({ displayName: 'After reset' });
        if ('revealAccessToken' in adapter) {
          equal(await adapter.revealAccessToken!(), token, 'the token revealed after the reset');
        }
      },
    );
  });
}
