/**
 * `@profile-elements/core/contract`: the test suite every `SettingsAdapter` must pass, written once
 * and run by the host's own test framework (mocha, vitest, jest, node:test) against its own backend.
 *
 * @example
 * import { describe, it, beforeEach, afterEach } from 'vitest';
 * import { adapterContract } from '@profile-elements/core/contract';
 *
 * adapterContract({ describe, it, beforeEach, afterEach }, {
 *   name: 'MyAdapter against a test backend',
 *   setup: async () => {
 *     const backend = await startTestBackend(); // fresh, seeded
 *     return {
 *       adapter: new MyAdapter({ url: backend.url, token: backend.token }),
 *       seed: { name: 'Jane Doe', displayName: 'Jane', email: 'agent@example.com',
 *               password: 'Password1!', takenEmail: 'taken@example.com' },
 *       teardown: () => backend.stop(),
 *     };
 *   },
 * });
 */
import { abortTests } from './abort.js';
import { accessTokenTests } from './access-token.js';
import { avatarTests } from './avatar.js';
import { createSuite, type ContractOptions, type ContractTestApi } from './harness.js';
import { interfaceTests } from './interface.js';
import { notificationTests } from './notifications.js';
import { passwordTests } from './password.js';
import { profileTests } from './profile.js';
import { pushTests } from './push.js';
import { storageKeyTests } from './storage-key.js';

export type {
  ContractFixture,
  ContractOptions,
  ContractSeed,
  ContractTestApi,
  Capability,
} from './harness.js';
export { ContractAssertionError } from './assert.js';

/**
 * Declares the contract tests with `t`, grouped per capability. Each test gets a fresh fixture from
 * `options.setup` (and tears it down after); a test whose optional adapter member is missing is
 * skipped, not failed (on jest, which cannot skip at run time, it passes).
 */
export function adapterContract(t: ContractTestApi, options: ContractOptions): void {
  t.describe(`${options.name}: adapter contract`, () => {
    const suite = createSuite(t, options);
    profileTests(suite);
    avatarTests(suite);
    passwordTests(suite);
    notificationTests(suite);
    interfaceTests(suite);
    accessTokenTests(suite);
    pushTests(suite);
    storageKeyTests(suite);
    abortTests(suite);
  });
}
