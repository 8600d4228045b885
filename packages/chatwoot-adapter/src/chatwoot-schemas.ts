/**
 * The parts of Chatwoot's JSON this adapter reads (see the contract, §2 and §1.3). Loose objects:
 * Chatwoot sends many more keys, and new ones must not break the adapter.
 */
import * as z from 'zod/mini';

/** `app/views/api/v1/models/_user.json.jbuilder`, the keys the elements need. */
export const ChatwootUserSchema = z.looseObject({
  id: z.number(),
  name: z.string(),
  display_name: z.nullish(z.string()),
  email: z.string(),
  /** Not in Chatwoot's JSON; the reference server adds it. Without it the adapter remembers what it sent. */
  unconfirmed_email: z.nullish(z.string()),
  avatar_url: z.nullish(z.string()),
  access_token: z.optional(z.string()),
  /** The account of the most recently active membership: where notification settings live. */
  account_id: z.nullish(z.number()),
  /** Free-form; the audio alert keys live here (§4). */
  ui_settings: z.nullish(z.record(z.string(), z.unknown())),
});
export type ChatwootUser = z.infer<typeof ChatwootUserSchema>;

/** `app/views/api/v1/accounts/notification_settings/show.json.jbuilder` (§2.2). */
export const ChatwootNotificationSettingsSchema = z.looseObject({
  all_email_flags: z.array(z.string()),
  selected_email_flags: z.array(z.string()),
  all_push_flags: z.array(z.string()),
  selected_push_flags: z.array(z.string()),
});
export type ChatwootNotificationSettings = z.infer<typeof ChatwootNotificationSettingsSchema>;

/** The three error envelopes: `{error}`, `{message, attributes}` and devise's `{errors: []}`. */
export const ChatwootErrorSchema = z.looseObject({
  error: z.optional(z.string()),
  message: z.optional(z.string()),
  attributes: z.optional(z.array(z.string())),
  errors: z.optional(z.array(z.string())),
});
export type ChatwootErrorBody = z.infer<typeof ChatwootErrorSchema>;
