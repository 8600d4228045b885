/**
 * The SQLite schema, created on every start with IF NOT EXISTS so a fresh file and an existing one
 * take the same path. Columns mirror Chatwoot's where the API exposes them; JSON columns are TEXT.
 * Generated ids use AUTOINCREMENT so, as with Postgres sequences, a deleted row's id is never reused
 * (a re-created push subscription must come back with a new id).
 */
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS accounts (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  status     TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
  created_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS users (
  id                INTEGER PRIMARY KEY AUTOINCREMENT,
  provider           TEXT NOT NULL DEFAULT 'email',
  uid                TEXT NOT NULL,
  name               TEXT NOT NULL,
  display_name       TEXT,
  email              TEXT NOT NULL UNIQUE,
  unconfirmed_email  TEXT,
  confirmed_at       TEXT,
  encrypted_password TEXT NOT NULL,
  pubsub_token       TEXT NOT NULL UNIQUE,
  message_signature  TEXT,
  ui_settings        TEXT NOT NULL DEFAULT '{}',
  custom_attributes  TEXT NOT NULL DEFAULT '{}',
  avatar_key         TEXT,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL
);

-- One personal access token per user, as Chatwoot's access_tokens table. The digest is what
-- requests are matched on; the token itself is kept because every profile response shows it.
CREATE TABLE IF NOT EXISTS access_tokens (
  user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  token   TEXT NOT NULL,
  digest  BLOB NOT NULL UNIQUE
);

-- Avatars live apart from users so reading a user never loads the image bytes.
CREATE TABLE IF NOT EXISTS avatars (
  key          TEXT PRIMARY KEY,
  user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  content_type TEXT NOT NULL,
  data         BLOB NOT NULL,
  created_at   TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS account_users (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  account_id   INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role         TEXT NOT NULL DEFAULT 'agent' CHECK (role IN ('agent', 'administrator')),
  inviter_id   INTEGER,
  active_at    TEXT,
  availability TEXT NOT NULL DEFAULT 'online' CHECK (availability IN ('online', 'offline', 'busy')),
  auto_offline INTEGER NOT NULL DEFAULT 1,
  UNIQUE (account_id, user_id)
);

CREATE TABLE IF NOT EXISTS notification_settings (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  email_flags INTEGER NOT NULL DEFAULT 0,
  push_flags  INTEGER NOT NULL DEFAULT 0,
  UNIQUE (account_id, user_id)
);

CREATE TABLE IF NOT EXISTS notification_subscriptions (
  id                     INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id                 INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  subscription_type       TEXT NOT NULL CHECK (subscription_type IN ('browser_push', 'fcm')),
  subscription_attributes TEXT NOT NULL DEFAULT '{}',
  identifier              TEXT UNIQUE,
  created_at              TEXT NOT NULL,
  updated_at              TEXT NOT NULL
);
`;
