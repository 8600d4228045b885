/**
 * The suite's frame: the test functions of whatever framework the host uses, one fresh fixture per
 * test, and capability checks that skip (not fail) a test when the adapter lacks what it needs.
 */
import type { SettingsAdapter } from '../adapter.js';

/**
 * The test functions the suite declares its tests with: mocha's and jest's globals, or those
 * imported from `vitest` or `node:test`.
 */
export interface ContractTestApi {
  describe(name: string, body: () => void): unknown;
  it(name: string, test: (this: unknown, ...args: unknown[]) => Promise<void>): unknown;
  beforeEach(hook: () => Promise<void>): unknown;
  afterEach(hook: () => Promise<void>): unknown;
}

/** The user a fresh backend starts with. */
export interface ContractSeed {
  name: string;
  displayName: string;
  email: string;
  /** The user's current password (for the password tests). */
  password: string;
  /** An address that belongs to another user, so changing to it is refused. */
  takenEmail: string;
}

/** What `setup` gives each test: an adapter to a backend in its seeded state. */
export interface ContractFixture {
  adapter: SettingsAdapter;
  seed: ContractSeed;
  /** Called after the test, pass or fail (stop the server, drop the database…). */
  teardown?: () => Promise<void> | void;
}

export interface ContractOptions {
  /** Names the suite in the report, e.g. `'MyAdapter against staging'`. */
  name: string;
  /** Makes a fresh fixture; called before every test, so that tests never see each other's changes. */
  setup: () => Promise<ContractFixture>;
}

/** The optional members of `SettingsAdapter`, which tests require by name. */
export type Capability = Exclude<keyof SettingsAdapter, 'loadProfile' | 'updateProfile'>;

/** Ends a test as skipped, with a reason (use `return skip(…)`). */
export type Skip = (reason: string) => never;

export type ContractTestBody = (fixture: ContractFixture, skip: Skip) => Promise<void>;

/** What each capability's file declares its tests with. */
export interface ContractSuite {
  describe(name: string, body: () => void): void;
  /** A test that needs `requires`; it is skipped when the adapter lacks any of them. */
  test(name: string, requires: readonly Capability[], body: ContractTestBody): void;
}

/** Thrown to leave a test whose framework marked it skipped without throwing (node:test, jest). */
class Skipped extends Error {}

/**
 * Skips the running test the way its framework allows: mocha's `this.skip()`, the context argument's
 * `skip()` of vitest and node:test. Jest has no run-time skip: there the test ends as passed.
 */
function skipper(self: unknown, args: readonly unknown[]): Skip {
  return (reason) => {
    for (const candidate of [self, args[0]]) {
      const skip = (candidate as { skip?: unknown } | null | undefined)?.skip;
      if (typeof skip === 'function') {
        skip.call(candidate, reason);
        break;
      }
    }
    throw new Skipped(reason);
  };
}

export function createSuite(t: ContractTestApi, options: ContractOptions): ContractSuite {
  let fixture: ContractFixture | undefined;
  t.beforeEach(async () => {
    fixture = await options.setup();
  });
  t.afterEach(async () => {
    const done = fixture;
    fixture = undefined;
    await done?.teardown?.();
  });

  return {
    describe: (name, body) => void t.describe(name, body),
    test(name, requires, body) {
      // A plain function with a rest parameter: mocha passes its context as `this` and, seeing no
      // declared parameter, does not wait for a `done` callback; vitest and node:test pass theirs
      // as the first argument.
      t.it(name, async function (this: unknown, ...args: unknown[]) {
        const skip = skipper(this, args);
        const current = fixture;
        if (!current) throw new Error('the contract fixture is missing: did `setup` fail?');
        try {
          const missing = requires.filter((member) => !(member in current.adapter));
          if (missing.length) skip(`the adapter has no ${missing.join(', ')}`);
          await body(current, skip);
        } catch (error) {
          if (!(error instanceof Skipped)) throw error;
        }
      });
    },
  };
}
