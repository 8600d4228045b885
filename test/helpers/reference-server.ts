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

/**
 * Raw calls to the server's API as the demo agent, to see what an adapter wrote. The answer is
 * Chatwoot's JSON, loosely typed: tests read the keys they check.
 */
export const demoApi =
  (server: ReferenceServer) =>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  (path: string, init: RequestInit = {}): Promise<any> =>
    fetch(`${server.url}${path}`, {
      ...init,
      headers: { api_access_token: server.demo.token, 'content-type': 'application/json' },
    }).then((r) => r.json());
