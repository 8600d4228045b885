import { executeServerCommand } from '@web/test-runner-commands';

export interface ReferenceServer {
  url: string;
  demo: { email: string; password: string; token: string; accountId: number };
  stop(): Promise<void>;
}

/** A fresh reference server (own port, empty in-memory database seeded with the demo agent). */
export async function startReferenceServer(): Promise<ReferenceServer> {
  const server = await executeServerCommand<
    { url: string; demo: ReferenceServer['demo'] },
    Record<string, never>
  >('reference-server:start', {});
  return {
    ...server,
    stop: () => executeServerCommand('reference-server:stop', { url: server.url }).then(() => undefined),
  };
}
