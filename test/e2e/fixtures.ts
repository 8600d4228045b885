// The end-to-end tests' fixtures: one demo page server per worker (Vite is the slow part), one
// backend per test (a reference server on a fresh SQLite file: tests share no data and run in any
// order), and a page whose errors fail the test.
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { fileURLToPath } from 'node:url';
import { ChatwootAdapter } from '@profile-elements/chatwoot-adapter';
import type { NotificationPreferences } from '@profile-elements/core';
import { LEGACY_SCRYPT_COST, type FaultControl } from '@profile-elements/reference-server';
import { startBackend, startDemoPage, type Backend, type DemoPage } from '../../scripts/demo-server.js';

export { expect };

/** One test's reference server, and the demo page's address for it. */
export interface TestBackend {
  /** The running server; `server.demo.token` is the demo agent's current token. */
  readonly server: Backend['server'];
  /** The demo page, talking to this server. */
  readonly pageUrl: string;
  /** Faults to inject into the server's answers, and the log of the API requests it received. */
  readonly faults: FaultControl;
  /** Stops the server and starts it again on the same database file (on a new port: see `pageUrl`). */
  restart(): Promise<void>;
  /** The notification preferences the server holds, read through the adapter with the current token. */
  preferences(): Promise<NotificationPreferences>;
  /** The demo agent's row and memberships as the server stores them (see `StoredAgent`). */
  stored(): StoredAgent;
  /** Replaces the demo agent's whole `ui_settings` in the database, as a write of Chatwoot's own would. */
  writeUiSettings(ui: Record<string, unknown>): void;
}

/**
 * The demo agent as the database holds it, in Chatwoot's column names: what reached the server,
 * whatever the adapter makes of it. Read over a second connection (WAL lets it read beside the
 * server), so it sends no API request: no fault rule can hit it and the request log stays the page's.
 */
export interface StoredAgent {
  ui_settings: Record<string, unknown>;
  message_signature: string | null;
  /** Each membership by account id. */
  accounts: Record<number, { availability: string; auto_offline: boolean }>;
}

/** Runs `use` on a connection of its own to the backend's database file, closed after. */
function withDatabase<T>(dataFile: string, readonly: boolean, use: (db: Database.Database) => T): T {
  const db = new Database(dataFile, { readonly, fileMustExist: true });
  try {
    return use(db);
  } finally {
    db.close();
  }
}

/** The demo agent's id, which the seed records in `meta`. */
const demoUserId = (db: Database.Database) =>
  Number((db.prepare("SELECT value FROM meta WHERE key = 'demo_user_id'").get() as { value: string }).value);

function readAgent(dataFile: string): StoredAgent {
  return withDatabase(dataFile, true, (db) => {
    const id = demoUserId(db);
    const user = db.prepare('SELECT ui_settings, message_signature FROM users WHERE id = ?').get(id) as {
      ui_settings: string;
      message_signature: string | null;
    };
    const rows = db
      .prepare('SELECT account_id, availability, auto_offline FROM account_users WHERE user_id = ?')
      .all(id) as { account_id: number; availability: string; auto_offline: number }[];
    return {
      ui_settings: JSON.parse(user.ui_settings),
      message_signature: user.message_signature,
      accounts: Object.fromEntries(
        rows.map((r) => [r.account_id, { availability: r.availability, auto_offline: r.auto_offline === 1 }]),
      ),
    };
  });
}

/**
 * Console errors a test expects, as the browser words them. Failed requests show up as console
 * errors ("Failed to load resource: the server responded with a status of 422"), so a test that
 * provokes a refusal allows that one status, and only for itself.
 */
export interface PageErrors {
  allow(pattern: RegExp): void;
}

/** Allows the console line of a request the server refuses (422): the test provokes it on purpose. */
export function allowRefusal(pageErrors: PageErrors): void {
  pageErrors.allow(/Failed to load resource: the server responded with a status of 422/);
}

/** Allows the console lines of failed requests (any status, dropped connections): the test provokes them. */
export function allowFailedRequests(pageErrors: PageErrors): void {
  pageErrors.allow(/Failed to load resource/);
}

async function openBackend(demoPage: DemoPage, dataFile: string): Promise<TestBackend> {
  const corsOrigin = new URL(demoPage.url).origin;
  // Faults on, and the cheap password hash cost (as Rails apps set Devise's stretches in tests).
  const options = { port: 0, dataFile, corsOrigin, faults: true, passwordHashCost: LEGACY_SCRYPT_COST };
  let backend = await startBackend(options);
  return {
    get server() {
      return backend.server;
    },
    get faults() {
      return backend.server.faults!;
    },
    get pageUrl() {
      return demoPage.urlFor(backend);
    },
    async restart() {
      demoPage.forget(backend);
      await backend.server.close();
      backend = await startBackend(options);
    },
    preferences() {
      const { url, demo } = backend.server;
      return new ChatwootAdapter({ baseUrl: url, token: demo.token }).loadNotificationPreferences();
    },
    stored: () => readAgent(dataFile),
    writeUiSettings(ui) {
      withDatabase(dataFile, false, (db) =>
        db.prepare('UPDATE users SET ui_settings = ? WHERE id = ?').run(JSON.stringify(ui), demoUserId(db)),
      );
    },
  };
}

export const test = base.extend<{ backend: TestBackend; pageErrors: PageErrors }, { demoPage: DemoPage }>({
  demoPage: [
    // Playwright reads a fixture's dependencies from its first parameter, which must be a pattern.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, workerInfo) => {
      // Vite's dependency cache, one per parallel worker: two optimizers must not share a folder.
      const cacheDir = fileURLToPath(
        new URL(`../../node_modules/.vite/e2e-${workerInfo.parallelIndex}`, import.meta.url),
      );
      const demoPage = await startDemoPage({ port: 0, cacheDir });
      await use(demoPage);
      await demoPage.close();
    },
    { scope: 'worker' },
  ],

  backend: async ({ demoPage }, use, testInfo) => {
    // In the test's output folder: kept with the trace when the test fails, removed when it passes.
    const backend = await openBackend(demoPage, testInfo.outputPath('demo.sqlite'));
    await use(backend);
    await backend.server.close();
  },

  // Every test fails on an uncaught error or unhandled rejection in the page, and on console errors
  // it did not allow.
  pageErrors: [
    async ({ context }, use) => {
      const allowed: RegExp[] = [];
      const errors: string[] = [];
      context.on('weberror', (e) => errors.push(`page error: ${e.error().stack ?? e.error().message}`));
      context.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
      });
      await use({ allow: (pattern) => allowed.push(pattern) });
      expect(
        errors.filter((e) => !allowed.some((pattern) => pattern.test(e))),
        'errors in the page',
      ).toEqual([]);
    },
    { auto: true },
  ],
});

/** `input` shows `message` as its error: described by it, and marked invalid. */
export async function expectFieldError(input: Locator, message: RegExp): Promise<void> {
  await expect(input).toHaveAccessibleDescription(message);
  await expect(input).toHaveAttribute('aria-invalid', 'true');
}

/** Fills the Password section's three fields and presses "Change password". */
export async function changePassword(page: Page, current: string, password: string, confirmation = password) {
  const field = (label: string) => page.getByLabel(label, { exact: true });
  await field('Current password').fill(current);
  await field('New password').fill(password);
  await field('Confirm new password').fill(confirmation);
  await page.getByRole('button', { name: 'Change password' }).click();
}

/** Presses "Update Profile" and waits for the success message. */
export async function saveProfile(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Update Profile' }).click();
  await expect(page.getByText('Your profile has been updated successfully')).toBeVisible();
}

/**
 * Takes the test's browser context offline. The browser then logs each request it cannot send
 * (the dev server's reconnect polling among them): those lines are expected, and allowed.
 */
export async function goOffline(page: Page, pageErrors: PageErrors): Promise<void> {
  pageErrors.allow(/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/);
  await page.context().setOffline(true);
}

/** The sections the quick start loads lazily, after the first one. */
export const LAZY_SECTIONS = ['password-change', 'notification-prefs', 'access-token'];

/**
 * Opens the demo page on the test's backend and waits until the Profile section has loaded and the
 * lazily loaded sections are defined (a test that goes offline at once must not cut their download).
 */
export async function openSettings(page: Page, backend: TestBackend): Promise<void> {
  await page.goto(backend.pageUrl);
  await expect(page.getByLabel('Your full name')).toBeVisible();
  await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), LAZY_SECTIONS);
}

/**
 * Everything the elements keep on the device (IndexedDB), as JSON text; runs in the page. Opens the
 * database only when it exists: opening a missing one would create it without its store.
 */
export async function dumpKept(): Promise<string> {
  if (!(await indexedDB.databases()).some((d) => d.name === 'profile-elements')) return '[]';
  const open = indexedDB.open('profile-elements');
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  try {
    const all = db.transaction('kept', 'readonly').objectStore('kept').getAll();
    return await new Promise((resolve) => (all.onsuccess = () => resolve(JSON.stringify(all.result))));
  } finally {
    db.close();
  }
}
