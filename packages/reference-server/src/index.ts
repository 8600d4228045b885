/**
 * The reference server: Chatwoot's profile and notification API subset over SQLite, for the demo
 * and the end-to-end tests. `startServer()` opens (or creates and seeds) the database and listens.
 */
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { buildApp } from './app.js';
import { AVATAR_MAX_BYTES } from './avatar/avatar.js';
import { ensureSeed, type DemoCredentials } from './db/seed.js';
import { DEFAULT_BUSY_TIMEOUT_MS, Store } from './db/store.js';
import { FaultController, type FaultControl } from './faults/faults.js';
import {
  DEFAULT_PASSWORD_THROTTLE,
  PasswordThrottle,
  type PasswordThrottleOptions,
} from './security/password-throttle.js';
import { LEGACY_SCRYPT_COST, SCRYPT_COST, type ScryptCost } from './security/passwords.js';

export interface ServerOptions {
  /** TCP port; 0 picks a free one. Default 3000. */
  port?: number;
  /** Interface to listen on. Default 127.0.0.1 (not reachable from other machines). */
  host?: string;
  /** SQLite file, relative to the working directory; ':memory:' for a throwaway database.
   *  Default: `DEFAULT_DATA_FILE` in the working directory. */
  dataFile?: string;
  /** Origin(s) allowed to call the API from a browser (`true`: any). CORS is off when omitted. */
  corsOrigin?: string | string[] | true;
  /** Largest request body (JSON, form, multipart text field) in bytes. Default 1 MiB.
   *  Avatar files have their own limit (15 MiB, a validation error beyond it). */
  bodyLimit?: number;
  /** Wrong current passwords allowed per user within a sliding window before further checks get
   *  429 (ours, not Chatwoot's). Default 5 per 15 minutes; tests pass a short window. */
  passwordThrottle?: PasswordThrottleOptions;
  /** How long a write waits for a lock held by another connection before answering 503, in ms.
   *  Default 1000. The wait blocks the event loop (better-sqlite3 is synchronous): keep it short. */
  busyTimeout?: number;
  /** Cost of new password hashes. Default `SCRYPT_COST` (OWASP's N=2^17, r=8, p=1: 128 MiB and
   *  0.2 s or more a hash). Tests may lower it, as Rails apps do with Devise's `stretches = 1`;
   *  the command line cannot. Stored hashes of another cost are rehashed on the next right check. */
  passwordHashCost?: ScryptCost;
  /** Test-only: turns on fault injection (`RunningServer.faults`). Default false. Deliberately not
   *  reachable from the command line or `npm start`. */
  faults?: boolean;
}

export interface RunningServer {
  /** Origin of the server, e.g. `http://127.0.0.1:3000`. */
  url: string;
  /** The demo agent: its email, seeded password, current access token and account id. */
  demo: DemoCredentials;
  /** Injects faults into API requests and logs them; defined only when started with `faults: true`. */
  readonly faults: FaultControl | undefined;
  /** Stops listening and closes the database. Safe to call twice. */
  close(): Promise<void>;
}

/**
 * The data file when none is given, relative to the working directory (the caller's folder, not
 * this package's, which may be an installed copy in `node_modules`). The folder is created if needed.
 */
export const DEFAULT_DATA_FILE = '.data/demo.sqlite';

const DEFAULT_BODY_LIMIT = 1024 * 1024;

/** URLs need IPv6 literals in brackets. */
const urlHost = (host: string) => (host.includes(':') ? `[${host}]` : host);

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const {
    port = 3000,
    host = '127.0.0.1',
    corsOrigin,
    bodyLimit = DEFAULT_BODY_LIMIT,
    dataFile: given = DEFAULT_DATA_FILE,
    faults: faultsOn = false,
    passwordThrottle = DEFAULT_PASSWORD_THROTTLE,
    busyTimeout = DEFAULT_BUSY_TIMEOUT_MS,
    passwordHashCost = SCRYPT_COST,
  } = options;
  // Resolved now, so a later `process.chdir` cannot move the database.
  const dataFile = given === ':memory:' ? given : resolve(given);

  const throttle = new PasswordThrottle(passwordThrottle);
  const store = new Store(dataFile, { busyTimeoutMs: busyTimeout });
  try {
    const demo = await ensureSeed(store);
    let url = '';
    const faults = faultsOn ? new FaultController() : undefined;
    const app = await buildApp(
      {
        store,
        baseUrl: () => url,
        limits: { fileSize: AVATAR_MAX_BYTES, fieldSize: bodyLimit },
        passwordThrottle: throttle,
        passwordCost: passwordHashCost,
      },
      { corsOrigin, bodyLimit, faults },
    );
    await app.listen({ port, host });
    url = `http://${urlHost(host)}:${(app.server.address() as AddressInfo).port}`;

    let closing: Promise<void> | undefined;
    const close = () => (closing ??= app.close().then(() => store.close()));
    return { url, demo, faults, close };
  } catch (error) {
    store.close();
    throw error;
  }
}

export type { DemoCredentials } from './db/seed.js';
export type { PasswordThrottleOptions } from './security/password-throttle.js';
export { LEGACY_SCRYPT_COST, SCRYPT_COST, type ScryptCost };
export type { FaultControl, FaultKind, FaultLogEntry, FaultRule } from './faults/faults.js';
