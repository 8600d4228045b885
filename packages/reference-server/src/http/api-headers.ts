/**
 * Headers on every answer under `/api` — successes, errors, 404s and faulted answers alike:
 * - `Cache-Control: no-store`: answers carry the access token (and the rest of the profile); no
 *   browser or proxy cache may keep a copy.
 * - `X-Content-Type-Options: nosniff`: JSON stays JSON, never sniffed into something executable.
 */
import type { FastifyInstance } from 'fastify';

export const isApiPath = (path: string) => path === '/api' || path.startsWith('/api/');

export function installApiHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (isApiPath(request.url.split('?', 1)[0] ?? '')) {
      reply.header('cache-control', 'no-store').header('x-content-type-options', 'nosniff');
    }
    return payload;
  });
}
