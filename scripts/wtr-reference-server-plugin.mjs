// A @web/test-runner plugin that gives browser tests their own reference server: the command
// `reference-server:start` starts one on a free port with a fresh in-memory database and answers
// its URL and demo credentials; `reference-server:stop` closes it. Contract tests thus run over real
// HTTP (and real CORS: the test page's origin differs from the server's).

export function referenceServerPlugin() {
  const servers = new Map();
  // The TypeScript server loads through tsx (scripts/test.mjs registers it). Loading it takes seconds
  // on a busy machine, so it starts with the test run: the first test's hook must not pay for it.
  let loading;
  const load = () => (loading ??= import('@profile-elements/reference-server'));
  return {
    name: 'reference-server',
    serverStart() {
      load().catch(() => undefined);
    },
    async executeCommand({ command, payload }) {
      if (command === 'reference-server:start') {
        const { startServer, LEGACY_SCRYPT_COST } = await load();
        // The cheap password hash cost, as Rails apps set Devise's stretches in tests: the contract
        // suites change passwords often, and today's cost takes about a second per hash here.
        const server = await startServer({
          port: 0,
          dataFile: ':memory:',
          corsOrigin: true,
          passwordHashCost: LEGACY_SCRYPT_COST,
          ...payload,
        });
        servers.set(server.url, server);
        return { url: server.url, demo: server.demo };
      }
      if (command === 'reference-server:stop') {
        await servers.get(payload.url)?.close();
        servers.delete(payload.url);
        return true;
      }
      return undefined;
    },
    async serverStop() {
      await Promise.all([...servers.values()].map((s) => s.close()));
    },
  };
}
