// The adapter contract (`@profile-elements/core/contract`) run in the browser with mocha, against the
// Chatwoot adapter over real HTTP to a fresh reference server per test, and against the in-memory one
// in Chatwoot mode (its default rules run under node:test, in contract.node.test.ts).
import { ChatwootAdapter } from '@profile-elements/chatwoot-adapter';
import { chatwootMemoryRules } from '@profile-elements/chatwoot-adapter/rules';
import { adapterContract } from '@profile-elements/core/contract';
import { MemoryAdapter } from '@profile-elements/core/memory';
import { seed } from './seed.js';
import { startReferenceServer } from '../helpers/reference-server.js';

const t = { describe, it, beforeEach, afterEach };

adapterContract(t, {
  name: 'ChatwootAdapter over HTTP to the reference server',
  setup: async () => {
    const server = await startReferenceServer();
    return {
      adapter: new ChatwootAdapter({ baseUrl: server.url, token: server.demo.token }),
      seed: { ...seed, email: server.demo.email, password: server.demo.password },
      teardown: server.stop,
    };
  },
});

adapterContract(t, {
  name: 'MemoryAdapter with chatwootMemoryRules',
  setup: async () => ({
    adapter: new MemoryAdapter({ rules: chatwootMemoryRules, takenEmails: [seed.takenEmail] }),
    seed,
  }),
});

// Without its optional members, the same adapter must see those tests skipped, not failed.
adapterContract(t, {
  name: 'MemoryAdapter with chatwootMemoryRules, profile and notifications only',
  setup: async () => ({
    adapter: new MemoryAdapter({
      rules: chatwootMemoryRules,
      takenEmails: [seed.takenEmail],
      capabilities: ['loadNotificationPreferences', 'updateNotificationPreferences'],
    }),
    seed,
  }),
});
