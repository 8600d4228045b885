/**
 * The membership routes of `ProfilesController`: availability, auto_offline, set_active_account.
 * Each takes `{profile: {account_id, …}}` and changes the user's membership in that account.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import type { Availability } from '../db/store.js';
import { castBoolean, castId } from '../http/cast.js';
import { internalError, notFound } from '../http/errors.js';
import { readParams, requireObject, type Params } from '../http/params.js';
import { serializeUser } from '../serializers/user.js';

/** Rails enum `availability`: names or their integer values. */
const AVAILABILITY: readonly Availability[] = ['online', 'offline', 'busy'];

function castAvailability(value: unknown): Availability {
  if (typeof value === 'string' && (AVAILABILITY as readonly string[]).includes(value))
    return value as Availability;
  if (typeof value === 'number' && AVAILABILITY[value]) return AVAILABILITY[value];
  // Rails' enum raises ArgumentError, which Chatwoot does not rescue: a 500.
  throw internalError(`'${String(value)}' is not a valid availability`);
}

export function presenceRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { store } = ctx;

  const profileOf = async (request: FastifyRequest): Promise<Params> =>
    requireObject(await readParams(request, ctx.limits), 'profile');

  /** `current_user.account_users.find_by!(account_id:)`: 404 when not a member. */
  const memberAccountId = (userId: number, profile: Params): number => {
    const accountId = castId(profile.account_id);
    if (accountId === null || !store.membership(userId, accountId)) throw notFound();
    return accountId;
  };

  app.post('/api/v1/profile/availability', async (request) => {
    const profile = await profileOf(request);
    const accountId = memberAccountId(request.userId, profile);
    store.updateMembership(request.userId, accountId, {
      availability: castAvailability(profile.availability),
    });
    return serializeUser(store, request.userId, ctx.baseUrl());
  });

  app.post('/api/v1/profile/auto_offline', async (request) => {
    const profile = await profileOf(request);
    const accountId = memberAccountId(request.userId, profile);
    store.updateMembership(request.userId, accountId, { auto_offline: castBoolean(profile.auto_offline) });
    return serializeUser(store, request.userId, ctx.baseUrl());
  });

  app.put('/api/v1/profile/set_active_account', async (request, reply) => {
    const profile = await profileOf(request);
    const accountId = castId(profile.account_id);
    // Chatwoot uses a non-bang `find_by(...).update`, so a foreign account is a NoMethodError: 500.
    if (accountId === null || !store.membership(request.userId, accountId)) {
      throw internalError(`No membership in account ${String(profile.account_id)}`);
    }
    store.updateMembership(request.userId, accountId, { active_at: new Date().toISOString() });
    return reply.code(200).send();
  });
}
