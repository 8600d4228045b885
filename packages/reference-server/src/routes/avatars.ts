/**
 * Serves stored avatars at the URL the user JSON's `avatar_url` names. Public, like ActiveStorage's
 * URLs, because an `<img>` cannot send the token header; the random key is the only secret.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AVATAR_PATH } from '../avatar/avatar.js';
import type { AppContext } from '../context.js';
import { HttpError } from '../http/errors.js';

export function avatarRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(`${AVATAR_PATH}/:key`, async (request: FastifyRequest<{ Params: { key: string } }>, reply) => {
    const avatar = ctx.store.avatar(request.params.key);
    if (!avatar) throw new HttpError(404, { error: 'Not Found' });
    return (
      reply
        .header('content-type', avatar.content_type)
        // A new upload gets a new key, so one URL always means the same bytes.
        .header('cache-control', 'public, max-age=31536000, immutable')
        .header('x-content-type-options', 'nosniff')
        .send(avatar.data)
    );
  });
}
