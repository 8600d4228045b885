/** `api/v1/accounts/notification_settings/show.json.jbuilder` (chatwoot-api.md §2.2). */
import type { NotificationSettingRow } from '../db/store.js';
import { allFlags, flagsFromMask } from '../notification-flags.js';

export function serializeNotificationSettings(row: NotificationSettingRow) {
  return {
    id: row.id,
    user_id: row.user_id,
    account_id: row.account_id,
    all_email_flags: allFlags('email'),
    selected_email_flags: flagsFromMask('email', row.email_flags),
    all_push_flags: allFlags('push'),
    selected_push_flags: flagsFromMask('push', row.push_flags),
  };
}
