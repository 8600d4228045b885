// The same contract under node:test (no browser, no mocha): the suite is framework-agnostic, and a
// capability the adapter lacks is reported as skipped. `npm test` runs this in its `node` step.
// Here the in-memory adapter runs with its default rules, so the suite is seen to hold for a backend
// other than Chatwoot (other password and profile rules, other messages).
import { afterEach, beforeEach, describe, it } from 'node:test';
import { adapterContract } from '@profile-elements/core/contract';
import { MemoryAdapter } from '@profile-elements/core/memory';
import { seed } from './seed.js';

const t = { describe, it, beforeEach, afterEach };

adapterContract(t, {
  name: 'MemoryAdapter (default rules) under node:test',
  setup: async () => ({ adapter: new MemoryAdapter(), seed }),
});

adapterContract(t, {
  name: 'MemoryAdapter with profile and notifications only, under node:test',
  setup: async () => ({
    adapter: new MemoryAdapter({
      capabilities: ['loadNotificationPreferences', 'updateNotificationPreferences'],
    }),
    seed,
  }),
});
