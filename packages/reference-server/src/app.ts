/**
 * Assembles the fastify app: body parsers, CORS, error handling, then the routes — the API ones
 * behind the token check, the avatar files in front of it.
 */
import cors from '@fastify/cors';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance } from 'fastify';
import type { AppContext } from './context.js';
import { installFaultHooks } from './faults/fault-hooks.js';
import type { FaultController } from './faults/faults.js';
import { installApiHeaders } from './http/api-headers.js';
import { handleError, handleNotFound } from './http/error-handler.js';
import { nestPairs } from './http/nested-keys.js';
import { avatarRoutes } from './routes/avatars.js';
import { notificationSettingsRoutes } from './routes/notification-settings.js';
import { notificationSubscriptionRoutes } from './routes/notification-subscriptions.js';
import { presenceRoutes } from './routes/presence.js';
import { profileRoutes } from './routes/profile.js';
import { authenticate, TOKEN_HEADER } from './security/authenticate.js';

export interface AppOptions {
  /** Origins allowed to call the API from a browser; CORS is off when undefined. */
  corsOrigin?: string | string[] | true;
  /** Largest JSON or form body, and largest multipart text field, in bytes. */
  bodyLimit: number;
  /** Test-only fault injection; none when undefined. */
  faults?: FaultController;
}

export async function buildApp(ctx: AppContext, options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    // No request logging: bodies carry passwords and headers carry tokens.
    logger: false,
    bodyLimit: options.bodyLimit,
    // Rails' router ignores a trailing slash.
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.decorateRequest('userId', 0);

  // fastify's JSON parser (with its prototype-poisoning guard), except that an empty body means
  // "no parameters" as in Rails — some clients send `Content-Type: application/json` on a bare POST.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (String(body).trim() === '') return done(null, {});
    parseJson(request, String(body), done);
  });
  // HTML forms: same nested keys as multipart (`profile[name]=…`).
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => done(null, nestPairs(new URLSearchParams(String(body)))),
  );
  // An oversized file is a validation message ("Avatar is too big"), not a thrown 413.
  await app.register(multipart, { throwFileSizeLimit: false });

  if (options.corsOrigin !== undefined) {
    await app.register(cors, {
      // A lone string is wrapped so that it is matched, not echoed to every origin.
      origin: typeof options.corsOrigin === 'string' ? [options.corsOrigin] : options.corsOrigin,
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: [TOKEN_HEADER, 'content-type'],
      // A page on another origin reads how long a 429 or 503 asks it to wait.
      exposedHeaders: ['retry-after'],
      maxAge: 600,
    });
  }

  // After CORS (faulted answers carry its headers, preflights are answered first), before the routes.
  if (options.faults) installFaultHooks(app, options.faults);
  // After the fault hooks, so answers they rewrite get these headers too.
  installApiHeaders(app);

  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);

  avatarRoutes(app, ctx);
  await app.register(async (api) => {
    api.addHook('onRequest', authenticate(ctx.store));
    profileRoutes(api, ctx);
    presenceRoutes(api, ctx);
    notificationSettingsRoutes(api, ctx);
    notificationSubscriptionRoutes(api, ctx);
  });
  return app;
}
