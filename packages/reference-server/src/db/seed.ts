/**
 * Demo data, written once into an empty database: the "Acme Support" account with its demo agent,
 * plus a second account and user so that "email taken" and "not a member" can be exercised, and a
 * third account the agent also works in, so that availability can be set per account.
 */
import { hashPassword, LEGACY_SCRYPT_COST } from '../security/passwords.js';
import { generateToken, tokenDigest } from '../security/tokens.js';
import type { Store } from './store.js';

export const DEMO_ACCOUNT_ID = 1;
export const DEMO_EMAIL = 'agent@example.com';
export const DEMO_PASSWORD = 'Password1!';

/** Another user's address: changing the demo agent's email to it fails with "has already been taken". */
export const TAKEN_EMAIL = 'taken@example.com';
/** An account that exists but the demo agent does not belong to (401 on its routes). */
export const OTHER_ACCOUNT_ID = 2;
/** A second account of the demo agent's (availability is per account). */
export const SECOND_ACCOUNT_ID = 3;

export interface DemoCredentials {
  email: string;
  password: string;
  /** The agent's current access token (read from the database; only while the server runs). */
  readonly token: string;
  accountId: number;
}

const DEMO_USER_KEY = 'demo_user_id';

/**
 * Seeds an empty database, then returns the demo agent's credentials. On an existing database it
 * only reads them back, so a restart keeps the current token (and everything else).
 *
 * `password` is the seeded one: if the agent changed it, the stored hash no longer matches it.
 */
export async function ensureSeed(store: Store): Promise<DemoCredentials> {
  let demoUserId = Number(store.getMeta(DEMO_USER_KEY));
  if (!demoUserId) demoUserId = await seed(store);
  const user = store.getUser(demoUserId);
  if (!user) throw new Error('The database names a demo user that does not exist');
  return {
    email: user.email,
    password: DEMO_PASSWORD,
    // Read on each access: a reset through the API changes it, and the demo page asks for the current one.
    get token() {
      return store.accessToken(demoUserId);
    },
    accountId: DEMO_ACCOUNT_ID,
  };
}

async function seed(store: Store): Promise<number> {
  // The seeded password is public (the banner prints it), so a costly hash would protect nothing,
  // while every test and demo start pays for it: at today's cost a fresh start took 5–8 s on the
  // loaded 2-core CI machine, against 0.4–1.7 s at the old one. So the seed uses the old cost;
  // the first right current password (or a change) brings the hash to today's.
  // Both hashes at once: scrypt runs on libuv's thread pool, so this costs one hash of wall time.
  const [demoHash, otherHash] = await Promise.all([
    hashPassword(DEMO_PASSWORD, LEGACY_SCRYPT_COST),
    hashPassword(DEMO_PASSWORD, LEGACY_SCRYPT_COST),
  ]);
  const confirmedAt = new Date().toISOString();
  const base = {
    provider: 'email',
    unconfirmed_email: null,
    confirmed_at: confirmedAt,
    message_signature: null,
  };

  return store.transaction(() => {
    store.insertAccount({ id: DEMO_ACCOUNT_ID, name: 'Acme Support', status: 'active' });
    store.insertAccount({ id: OTHER_ACCOUNT_ID, name: 'Globex Corporation', status: 'active' });
    store.insertAccount({ id: SECOND_ACCOUNT_ID, name: 'Acme Sales', status: 'active' });

    const demoId = store.insertUser({
      ...base,
      uid: DEMO_EMAIL,
      email: DEMO_EMAIL,
      name: 'Jane Doe',
      display_name: 'Jane',
      encrypted_password: demoHash,
      pubsub_token: generateToken(),
      ui_settings: {},
      custom_attributes: {},
    });
    const otherId = store.insertUser({
      ...base,
      uid: TAKEN_EMAIL,
      email: TAKEN_EMAIL,
      name: 'Sam Taken',
      display_name: null,
      encrypted_password: otherHash,
      pubsub_token: generateToken(),
      ui_settings: {},
      custom_attributes: {},
    });
    for (const id of [demoId, otherId]) {
      const token = generateToken();
      store.setAccessToken(id, token, tokenDigest(token));
    }
    store.insertMembership({ account_id: DEMO_ACCOUNT_ID, user_id: demoId, role: 'agent' });
    store.insertMembership({ account_id: OTHER_ACCOUNT_ID, user_id: otherId, role: 'administrator' });
    store.insertMembership({ account_id: SECOND_ACCOUNT_ID, user_id: demoId, role: 'agent' });
    store.setMeta(DEMO_USER_KEY, String(demoId));
    return demoId;
  });
}
