/**
 * Serves stored avatars at the URL the user JSON's `avatar_url` names. Public, like ActiveStorage's
 * URLs, because an `<img>` cannot send the token header; the random key is the only secret.
 *
 * The bytes were uploaded by a user, so they are served as inert images only:
 * - `Content-Security-Policy: default-src 'none'; sandbox`: opened directly as a page, a file that
 *   is more than an image (an SVG or HTML polyglot) can load nothing and run nothing;
 * - `X-Content-Type-Options: nosniff`: the browser keeps to the sniffed image type we send;
 * - `Cross-Origin-Resource-Policy: cross-origin`: the pages that show avatars are on other origins
 *   (the demo page on Vite's port, any host page embedding the elements), and a page isolated with
 *   `Cross-Origin-Embedder-Policy: require-corp` may only load cross-origin images that opt in.
 *   Avatar URLs are public anyway, so opting in reveals nothing.
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
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cross-origin-resource-policy', 'cross-origin')
        .send(avatar.data)
    );
  });
}
