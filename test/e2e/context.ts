// The demo every end-to-end test drives: started once by run.ts on free ports with a fresh SQLite
// file. Tests may restart it (`restartDemo`) to check what survives a restart.
import type { Page } from 'playwright-core';
import { ChatwootAdapter } from '@profile-elements/chatwoot-adapter';
import type { NotificationPreferences } from '@profile-elements/core';
import { startDemo, type Demo } from '../../scripts/demo-server.js';

let demo: Demo | undefined;
let dataFile = '';

export async function openDemo(file: string): Promise<Demo> {
  dataFile = file;
  demo = await startDemo({ port: 0, serverPort: 0, dataFile });
  return demo;
}

export function currentDemo(): Demo {
  if (!demo) throw new Error('the demo is not running');
  return demo;
}

export async function restartDemo(): Promise<Demo> {
  await currentDemo().close();
  return openDemo(dataFile);
}

export async function closeDemo(): Promise<void> {
  await demo?.close();
  demo = undefined;
}

/** Opens the demo page and waits until the Profile section has loaded. */
export async function openSettings(page: Page): Promise<void> {
  await page.goto(currentDemo().url);
  await page.getByLabel('Your full name').waitFor();
}

/**
 * Waits until the reference server holds notification preferences that pass `check`, read with the
 * demo agent's current token: quick changes are saved one after another, and a reload must not cut
 * the last one off.
 */
export async function untilServer(check: (prefs: NotificationPreferences) => boolean): Promise<void> {
  const { url, demo } = currentDemo().server;
  for (let i = 0; i < 100; i++) {
    const adapter = new ChatwootAdapter({ baseUrl: url, token: demo.token });
    if (check(await adapter.loadNotificationPreferences())) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the server never got the change');
}
