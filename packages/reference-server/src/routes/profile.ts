/** `/api/v1/profile`: show, update, avatar removal, token reset, confirmation resend. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import { readParams, requireObject } from '../http/params.js';
import { updateProfile } from '../profile-update.js';
import { generateToken, tokenDigest } from '../security/tokens.js';
import { serializeUser } from '../serializers/user.js';

export function profileRoutes(app: FastifyInstance, ctx: AppContext): void {
  const userJson = (request: FastifyRequest) => serializeUser(ctx.store, request.userId, ctx.baseUrl());

  app.get('/api/v1/profile', async (request) => userJson(request));

  // Chatwoot's `resource :profile` answers PUT and PATCH alike.
  for (const method of ['PUT', 'PATCH'] as const) {
    app.route({
      method,
      url: '/api/v1/profile',
      handler: async (request) => {
        const params = await readParams(request, ctx.limits);
        await updateProfile(ctx, request.userId, requireObject(params, 'profile'));
        return userJson(request);
      },
    });
  }

  app.delete('/api/v1/profile/avatar', async (request) => {
    ctx.store.deleteAvatar(request.userId);
    return userJson(request);
  });

  // The old token stops matching the moment the row is replaced.
  app.post('/api/v1/profile/reset_access_token', async (request) => {
    const token = generateToken();
    ctx.store.setAccessToken(request.userId, token, tokenDigest(token));
    return userJson(request);
  });

  // Chatwoot mails confirmation instructions to an unconfirmed user; this server sends no mail.
  app.post('/api/v1/profile/resend_confirmation', async (_request, reply) => reply.code(200).send());
}
