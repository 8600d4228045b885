/**
 * The user JSON of Chatwoot's `api/v1/models/_user.json.jbuilder` (chatwoot-api.md §2.1), key for
 * key and in the same order, plus one extra key, `unconfirmed_email`, that Chatwoot does not render.
 */
import { avatarUrl } from '../avatar/avatar.js';
import type { MembershipRow, Store } from '../db/store.js';

/**
 * With `auto_offline` on, Chatwoot derives the status from live presence (ActionCable, in Redis).
 * This server has no live connections, so such a user always counts as not present: `offline`.
 */
const availabilityStatus = (m: MembershipRow): string => (m.auto_offline ? 'offline' : m.availability);

/** Ruby's `present?`: a string with something other than white space. */
const present = (value: string | null): value is string => value !== null && value.trim() !== '';

function serializeMembership(m: MembershipRow) {
  return {
    id: m.account_id,
    name: m.account_name,
    status: m.account_status,
    active_at: m.active_at,
    role: m.role,
    permissions: [m.role],
    availability: m.availability,
    availability_status: availabilityStatus(m),
    auto_offline: m.auto_offline,
  };
}

/** The user JSON for `userId`. `baseUrl` makes `avatar_url` absolute, as ActiveStorage URLs are. */
export function serializeUser(store: Store, userId: number, baseUrl: string): Record<string, unknown> {
  const user = store.getUser(userId);
  if (!user) throw new Error(`User ${userId} vanished`);
  const memberships = store.memberships(userId);
  // Chatwoot's active account: the membership with the latest `active_at` (NULLs last).
  const active = memberships[0];

  return {
    access_token: store.accessToken(userId),
    account_id: active?.account_id ?? null,
    available_name: present(user.display_name) ? user.display_name : user.name,
    avatar_url: avatarUrl(baseUrl, user.avatar_key),
    confirmed: user.confirmed_at !== null,
    display_name: user.display_name,
    message_signature: user.message_signature,
    email: user.email,
    id: user.id,
    inviter_id: active?.inviter_id ?? null,
    name: user.name,
    provider: user.provider,
    pubsub_token: user.pubsub_token,
    // Chatwoot renders custom_attributes only when there are some.
    ...(Object.keys(user.custom_attributes).length > 0 ? { custom_attributes: user.custom_attributes } : {}),
    role: active?.role ?? null,
    ui_settings: user.ui_settings,
    uid: user.uid,
    type: null,
    accounts: memberships.map(serializeMembership),
    // Not in Chatwoot's JSON (Devise keeps it on the model only): the address waiting for
    // confirmation after an email change, so a client can show "check your inbox". Null when none.
    unconfirmed_email: user.unconfirmed_email,
  };
}
