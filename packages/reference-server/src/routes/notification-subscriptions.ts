/** `/api/v1/notification_subscriptions`: web-push (and FCM) registrations (chatwoot-api.md §1.6). */
import { CHATWOOT_MESSAGES as MESSAGES } from '@profile-elements/chatwoot-adapter/rules';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { internalError, recordInvalid } from '../http/errors.js';
import { isPlainObject } from '../http/nested-keys.js';
import { castString, readParams, requireObject } from '../http/params.js';
import { serializeSubscription } from '../serializers/notification-subscription.js';
import { RecordErrors } from '../validation/record-errors.js';

/** Which attribute identifies a subscription of each type (`NotificationSubscriptionBuilder`). */
const IDENTIFIER_KEY = { browser_push: 'endpoint', fcm: 'device_id' } as const;
type SubscriptionType = keyof typeof IDENTIFIER_KEY;

const isSubscriptionType = (value: unknown): value is SubscriptionType =>
  typeof value === 'string' && Object.hasOwn(IDENTIFIER_KEY, value);

export function notificationSubscriptionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { store } = ctx;

  // Upsert by identifier: an endpoint already registered (by anyone) is updated and moved to the
  // current user, since one browser can be signed in to several users in turn.
  app.post('/api/v1/notification_subscriptions', async (request) => {
    const sub = requireObject(await readParams(request, ctx.limits), 'notification_subscription');
    const type = sub.subscription_type;
    // Rails' enum raises ArgumentError for an unknown type, unhandled in Chatwoot: a 500.
    if (!isSubscriptionType(type)) throw internalError(`'${String(type)}' is not a valid subscription_type`);
    const attributes = isPlainObject(sub.subscription_attributes) ? sub.subscription_attributes : {};
    const identifier = castString(attributes[IDENTIFIER_KEY[type]]);
    if (identifier == null || identifier.trim() === '') {
      const errors = new RecordErrors();
      errors.add('identifier', MESSAGES.blank);
      throw recordInvalid(errors);
    }
    const row = store.upsertSubscription(request.userId, {
      subscription_type: type,
      subscription_attributes: attributes,
      identifier,
    });
    return serializeSubscription(row);
  });

  // Matches FCM's `push_token` among the user's own subscriptions; always 200 with no body.
  app.delete('/api/v1/notification_subscriptions', async (request, reply) => {
    const pushToken = castString((await readParams(request, ctx.limits)).push_token);
    if (pushToken != null) store.deleteSubscriptionsByPushToken(request.userId, pushToken);
    return reply.code(200).send();
  });
}
