/**
 * All SQL lives here. Routes talk to the store in terms of rows and patches; nothing else knows
 * the schema. better-sqlite3 is synchronous, which keeps every read-modify-write step atomic
 * within the one Node thread.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { SCHEMA } from './schema.js';
import { DEFAULT_FLAGS, type FlagChannel } from '../notification-flags.js';

export type JsonObject = Record<string, unknown>;

export interface UserRow {
  id: number;
  provider: string;
  uid: string;
  name: string;
  display_name: string | null;
  email: string;
  unconfirmed_email: string | null;
  confirmed_at: string | null;
  encrypted_password: string;
  pubsub_token: string;
  message_signature: string | null;
  ui_settings: JsonObject;
  custom_attributes: JsonObject;
  avatar_key: string | null;
  created_at: string;
  updated_at: string;
}

/** The user columns a profile update may write. */
export type UserPatch = Partial<
  Pick<
    UserRow,
    'name' | 'display_name' | 'unconfirmed_email' | 'message_signature' | 'ui_settings' | 'custom_attributes'
  >
>;

export interface AccountRow {
  id: number;
  name: string;
  status: 'active' | 'suspended';
}

export type Availability = 'online' | 'offline' | 'busy';

/** A membership joined with its account, as the user JSON's `accounts[]` needs it. */
export interface MembershipRow {
  id: number;
  account_id: number;
  account_name: string;
  account_status: string;
  role: 'agent' | 'administrator';
  inviter_id: number | null;
  active_at: string | null;
  availability: Availability;
  auto_offline: boolean;
}

export interface NotificationSettingRow {
  id: number;
  user_id: number;
  account_id: number;
  email_flags: number;
  push_flags: number;
}

export interface SubscriptionRow {
  id: number;
  user_id: number;
  subscription_type: 'browser_push' | 'fcm';
  subscription_attributes: JsonObject;
  identifier: string | null;
  created_at: string;
  updated_at: string;
}

export interface AvatarRow {
  key: string;
  content_type: string;
  data: Buffer;
}

const now = () => new Date().toISOString();

/**
 * How long a statement waits for a lock another connection holds (an `sqlite3` shell, a backup, a
 * test) before failing with SQLITE_BUSY. better-sqlite3 is synchronous: that wait blocks the event
 * loop, so every request stalls with it. Hence short — far below the driver's 5 s default — and
 * the failure is answered as a retryable 503 (see `isBusyError`).
 */
export const DEFAULT_BUSY_TIMEOUT_MS = 1000;

/** Whether `error` is SQLite's "database is locked" (by another connection, after the busy timeout). */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    error instanceof Database.SqliteError &&
    typeof code === 'string' &&
    (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
  );
}

type RawUser = Omit<UserRow, 'ui_settings' | 'custom_attributes'> & {
  ui_settings: string;
  custom_attributes: string;
};
type RawSubscription = Omit<SubscriptionRow, 'subscription_attributes'> & { subscription_attributes: string };

export class Store {
  readonly db: Database.Database;

  /** Opens (creating if needed) the database file, or an in-memory one for `:memory:`. */
  constructor(file: string, options: { busyTimeoutMs?: number } = {}) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    // `timeout` is SQLite's busy_timeout.
    this.db = new Database(file, { timeout: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS });
    // WAL lets a second process (e.g. a test, or sqlite3 on the command line) read while we write.
    if (file !== ':memory:') this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.db.exec(SCHEMA);
  }

  close(): void {
    this.db.close();
  }

  /** Runs `fn` in one transaction: all of its writes land, or none. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  // --- meta -------------------------------------------------------------------------------

  getMeta(key: string): string | undefined {
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as
      { value: string } | undefined;
    return row?.value;
  }

  setMeta(key: string, value: string): void {
    this.db
      .prepare(
        'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      )
      .run(key, value);
  }

  // --- accounts and memberships -----------------------------------------------------------

  insertAccount(account: AccountRow): void {
    this.db
      .prepare(
        'INSERT INTO accounts (id, name, status, created_at) VALUES (@id, @name, @status, @created_at)',
      )
      .run({ ...account, created_at: now() });
  }

  getAccount(id: number): AccountRow | undefined {
    return this.db.prepare('SELECT id, name, status FROM accounts WHERE id = ?').get(id) as
      AccountRow | undefined;
  }

  /** Adds a membership and, as `AccountUser#create_notification_setting` does, its default flags. */
  insertMembership(m: { account_id: number; user_id: number; role: MembershipRow['role'] }): void {
    this.db
      .prepare('INSERT INTO account_users (account_id, user_id, role) VALUES (@account_id, @user_id, @role)')
      .run(m);
    this.db
      .prepare(
        'INSERT INTO notification_settings (account_id, user_id, email_flags, push_flags) VALUES (?, ?, ?, ?)',
      )
      .run(m.account_id, m.user_id, DEFAULT_FLAGS.email, DEFAULT_FLAGS.push);
  }

  /** Memberships, most recently active first (NULLs last), as Chatwoot picks the active account. */
  memberships(userId: number): MembershipRow[] {
    const rows = this.db
      .prepare(
        `SELECT au.id, au.account_id, a.name AS account_name, a.status AS account_status, au.role,
                au.inviter_id, au.active_at, au.availability, au.auto_offline
           FROM account_users au JOIN accounts a ON a.id = au.account_id
          WHERE au.user_id = ?
          ORDER BY au.active_at IS NULL, au.active_at DESC, au.id`,
      )
      .all(userId) as (Omit<MembershipRow, 'auto_offline'> & { auto_offline: number })[];
    return rows.map((row) => ({ ...row, auto_offline: row.auto_offline === 1 }));
  }

  membership(userId: number, accountId: number): MembershipRow | undefined {
    return this.memberships(userId).find((m) => m.account_id === accountId);
  }

  updateMembership(
    userId: number,
    accountId: number,
    patch: Partial<Pick<MembershipRow, 'availability' | 'auto_offline' | 'active_at'>>,
  ): void {
    const columns = Object.keys(patch) as (keyof typeof patch)[];
    if (columns.length === 0) return;
    const values = Object.fromEntries(
      columns.map((c) => [c, typeof patch[c] === 'boolean' ? Number(patch[c]) : patch[c]]),
    );
    this.db
      .prepare(
        `UPDATE account_users SET ${columns.map((c) => `${c} = @${c}`).join(', ')}
          WHERE user_id = @userId AND account_id = @accountId`,
      )
      .run({ ...values, userId, accountId });
  }

  // --- users ------------------------------------------------------------------------------

  insertUser(user: Omit<UserRow, 'id' | 'created_at' | 'updated_at' | 'avatar_key'>): number {
    const stamp = now();
    const result = this.db
      .prepare(
        `INSERT INTO users (provider, uid, name, display_name, email, unconfirmed_email, confirmed_at,
                            encrypted_password, pubsub_token, message_signature, ui_settings,
                            custom_attributes, created_at, updated_at)
         VALUES (@provider, @uid, @name, @display_name, @email, @unconfirmed_email, @confirmed_at,
                 @encrypted_password, @pubsub_token, @message_signature, @ui_settings,
                 @custom_attributes, @stamp, @stamp)`,
      )
      .run({
        ...user,
        ui_settings: JSON.stringify(user.ui_settings),
        custom_attributes: JSON.stringify(user.custom_attributes),
        stamp,
      });
    return Number(result.lastInsertRowid);
  }

  getUser(id: number): UserRow | undefined {
    const raw = this.db.prepare('SELECT * FROM users WHERE id = ?').get(id) as RawUser | undefined;
    return (
      raw && {
        ...raw,
        ui_settings: JSON.parse(raw.ui_settings),
        custom_attributes: JSON.parse(raw.custom_attributes),
      }
    );
  }

  /** The id of the user whose confirmed email is `email` (already normalised), if any. */
  userIdByEmail(email: string): number | undefined {
    const row = this.db.prepare('SELECT id FROM users WHERE email = ?').get(email) as
      { id: number } | undefined;
    return row?.id;
  }

  updateUser(id: number, patch: UserPatch): void {
    const columns = Object.keys(patch) as (keyof UserPatch)[];
    if (columns.length === 0) return;
    const values = Object.fromEntries(
      columns.map((c) => [
        c,
        c === 'ui_settings' || c === 'custom_attributes' ? JSON.stringify(patch[c]) : patch[c],
      ]),
    );
    this.db
      .prepare(
        `UPDATE users SET ${columns.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @stamp WHERE id = @id`,
      )
      .run({ ...values, stamp: now(), id });
  }

  /** A new password always comes with a new pubsub token (Chatwoot's `Pubsubable`). */
  updatePassword(id: number, encryptedPassword: string, pubsubToken: string): void {
    this.db
      .prepare('UPDATE users SET encrypted_password = ?, pubsub_token = ?, updated_at = ? WHERE id = ?')
      .run(encryptedPassword, pubsubToken, now(), id);
  }

  /**
   * Replaces a hash by another of the same password (a cost upgrade), unless the password changed
   * meanwhile: the new hash must not undo a change made while it was being computed.
   */
  upgradePasswordHash(id: number, from: string, to: string): void {
    this.db
      .prepare('UPDATE users SET encrypted_password = ? WHERE id = ? AND encrypted_password = ?')
      .run(to, id, from);
  }

  // --- access tokens ----------------------------------------------------------------------

  /** Sets (or replaces: the old token stops matching at once) the user's access token. */
  setAccessToken(userId: number, token: string, digest: Buffer): void {
    this.db
      .prepare(
        `INSERT INTO access_tokens (user_id, token, digest) VALUES (?, ?, ?)
         ON CONFLICT(user_id) DO UPDATE SET token = excluded.token, digest = excluded.digest`,
      )
      .run(userId, token, digest);
  }

  accessToken(userId: number): string {
    const row = this.db.prepare('SELECT token FROM access_tokens WHERE user_id = ?').get(userId) as {
      token: string;
    };
    return row.token;
  }

  tokenOwner(digest: Buffer): { user_id: number; digest: Buffer } | undefined {
    return this.db.prepare('SELECT user_id, digest FROM access_tokens WHERE digest = ?').get(digest) as
      { user_id: number; digest: Buffer } | undefined;
  }

  // --- avatars ----------------------------------------------------------------------------

  /** Stores a new avatar under a fresh key and drops the old one, so old URLs stop resolving. */
  replaceAvatar(userId: number, avatar: AvatarRow): void {
    this.transaction(() => {
      this.db.prepare('DELETE FROM avatars WHERE user_id = ?').run(userId);
      this.db
        .prepare('INSERT INTO avatars (key, user_id, content_type, data, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(avatar.key, userId, avatar.content_type, avatar.data, now());
      this.db
        .prepare('UPDATE users SET avatar_key = ?, updated_at = ? WHERE id = ?')
        .run(avatar.key, now(), userId);
    });
  }

  deleteAvatar(userId: number): void {
    this.transaction(() => {
      this.db.prepare('DELETE FROM avatars WHERE user_id = ?').run(userId);
      this.db.prepare('UPDATE users SET avatar_key = NULL, updated_at = ? WHERE id = ?').run(now(), userId);
    });
  }

  avatar(key: string): AvatarRow | undefined {
    return this.db.prepare('SELECT key, content_type, data FROM avatars WHERE key = ?').get(key) as
      AvatarRow | undefined;
  }

  // --- notification settings --------------------------------------------------------------

  notificationSetting(userId: number, accountId: number): NotificationSettingRow | undefined {
    return this.db
      .prepare(
        'SELECT id, user_id, account_id, email_flags, push_flags FROM notification_settings WHERE user_id = ? AND account_id = ?',
      )
      .get(userId, accountId) as NotificationSettingRow | undefined;
  }

  updateNotificationFlags(id: number, masks: Record<FlagChannel, number>): void {
    this.db
      .prepare('UPDATE notification_settings SET email_flags = ?, push_flags = ? WHERE id = ?')
      .run(masks.email, masks.push, id);
  }

  // --- push subscriptions -----------------------------------------------------------------

  subscriptionByIdentifier(identifier: string): SubscriptionRow | undefined {
    const raw = this.db
      .prepare('SELECT * FROM notification_subscriptions WHERE identifier = ?')
      .get(identifier) as RawSubscription | undefined;
    return raw && { ...raw, subscription_attributes: JSON.parse(raw.subscription_attributes) };
  }

  /** Inserts or updates (moving it to `userId`) the subscription with this identifier. */
  upsertSubscription(
    userId: number,
    sub: Pick<SubscriptionRow, 'subscription_type' | 'subscription_attributes' | 'identifier'>,
  ): SubscriptionRow {
    const stamp = now();
    const existing = this.subscriptionByIdentifier(sub.identifier as string);
    const attributes = JSON.stringify(sub.subscription_attributes);
    if (existing) {
      this.db
        .prepare(
          'UPDATE notification_subscriptions SET user_id = ?, subscription_type = ?, subscription_attributes = ?, updated_at = ? WHERE id = ?',
        )
        .run(userId, sub.subscription_type, attributes, stamp, existing.id);
    } else {
      this.db
        .prepare(
          `INSERT INTO notification_subscriptions (user_id, subscription_type, subscription_attributes, identifier, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?)`,
        )
        .run(userId, sub.subscription_type, attributes, sub.identifier, stamp, stamp);
    }
    return this.subscriptionByIdentifier(sub.identifier as string) as SubscriptionRow;
  }

  /** Chatwoot matches `subscription_attributes->>'push_token'` among the user's own rows. */
  deleteSubscriptionsByPushToken(userId: number, pushToken: string): void {
    this.db
      .prepare(
        "DELETE FROM notification_subscriptions WHERE user_id = ? AND json_extract(subscription_attributes, '$.push_token') = ?",
      )
      .run(userId, pushToken);
  }
}
