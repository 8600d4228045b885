/**
 * `/api/v1/accounts/:accountId/notification_settings` (chatwoot-api.md §1.5). Both lists are
 * assigned on every update: a list that is missing (or not a list of scalars) is cleared.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { accountOfMember } from '../account-access.js';
import type { AppContext } from '../context.js';
import { InvalidFlagError, maskFromFlags } from '../notification-flags.js';
import { internalError } from '../http/errors.js';
import { readParams, requireObject } from '../http/params.js';
import { serializeNotificationSettings } from '../serializers/notification-settings.js';

type AccountRequest = FastifyRequest<{ Params: { accountId: string } }>;

/** `permit(list: [])`: an array whose every element is a scalar, as strings; anything else is nil. */
function permittedList(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  if (!value.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))) return null;
  return value.map((v) => (v === null ? '' : String(v)));
}

export function notificationSettingsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { store } = ctx;
  const URL = '/api/v1/accounts/:accountId/notification_settings';

  /** The user's settings row in the account, after the account checks. */
  const settingsOf = (request: AccountRequest) => {
    const account = accountOfMember(store, request.userId, request.params.accountId);
    const row = store.notificationSetting(request.userId, account.id);
    if (!row) throw new Error('A membership without notification settings');
    return row;
  };

  app.get(URL, async (request: AccountRequest) => serializeNotificationSettings(settingsOf(request)));

  // The Chatwoot UI sends PATCH; PUT is the same action.
  for (const method of ['PUT', 'PATCH'] as const) {
    app.route({
      method,
      url: URL,
      handler: async (request: AccountRequest) => {
        const row = settingsOf(request);
        const settings = requireObject(await readParams(request, ctx.limits), 'notification_settings');
        let masks;
        try {
          masks = {
            email: maskFromFlags('email', permittedList(settings.selected_email_flags)),
            push: maskFromFlags('push', permittedList(settings.selected_push_flags)),
          };
        } catch (error) {
          // flag_shih_tzu's ArgumentError is unhandled in Chatwoot: a 500, and nothing is saved.
          if (error instanceof InvalidFlagError) throw internalError(error.message);
          throw error;
        }
        store.updateNotificationFlags(row.id, masks);
        return serializeNotificationSettings({ ...row, email_flags: masks.email, push_flags: masks.push });
      },
    });
  }
}
