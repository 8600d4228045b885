import { ChatwootAdapter } from '@profile-elements/chatwoot-adapter';
import { MemoryAdapter } from '@profile-elements/core/memory';
import { startReferenceServer } from '../helpers/reference-server.js';
import { profileContract } from './profile-contract.js';

const seed = { name: 'Jane Doe', displayName: 'Jane', email: 'agent@example.com' };
const takenEmail = 'taken@example.com';

profileContract('ChatwootAdapter over HTTP to the reference server', async () => {
  const server = await startReferenceServer();
  return {
    adapter: new ChatwootAdapter({ baseUrl: server.url, token: server.demo.token }),
    seed,
    takenEmail,
    teardown: server.stop,
  };
});

profileContract('MemoryAdapter', async () => ({
  adapter: new MemoryAdapter({ takenEmails: [takenEmail] }),
  seed,
  takenEmail,
}));
