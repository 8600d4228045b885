/**
 * The rest of the profile page: interface settings (font size, language, send key), the message
 * signature and availability. Each change is kept, changes only what it names, and never undoes
 * another setting kept beside it (Chatwoot keeps audio alerts and interface settings in one object).
 */
import { FONT_SIZES, SEND_KEYS, type InterfacePreferences } from '../interface-preferences.js';
import { isSettingsError } from '../errors.js';
import { deepEqual, equal, expectSettingsError, fail, ok, rejectionOf, show } from './assert.js';
import type { ContractSuite } from './harness.js';

const LOAD = 'loadInterfacePreferences';
const UPDATE = 'updateInterfacePreferences';

/** Another value of `list` than `value`. */
const other = <T>(list: readonly T[], value: T): T => list.find((v) => v !== value)!;

export function interfaceTests(suite: ContractSuite): void {
  suite.describe(`interface (${LOAD}, ${UPDATE})`, () => {
    suite.test('loads a font size, a language or none, and a send key', [LOAD], async ({ adapter }) => {
      const prefs = await adapter.loadInterfacePreferences!();
      ok((FONT_SIZES as readonly number[]).includes(prefs.fontSize), `fontSize ${show(prefs.fontSize)}`);
      ok((SEND_KEYS as readonly string[]).includes(prefs.sendKey), `sendKey ${show(prefs.sendKey)}`);
      ok(prefs.locale === null || typeof prefs.locale === 'string', `locale ${show(prefs.locale)}`);
    });

    suite.test('each change is kept and changes only itself', [LOAD, UPDATE], async ({ adapter }) => {
      const before = await adapter.loadInterfacePreferences!();
      const locale = adapter.interfaceLocales?.find((l) => l !== before.locale) ?? before.locale;
      const changes: Partial<InterfacePreferences>[] = [
        { fontSize: other(FONT_SIZES, before.fontSize) },
        { sendKey: other(SEND_KEYS, before.sendKey) },
        { locale },
      ];
      let expected = before;
      for (const change of changes) {
        expected = { ...expected, ...change };
        deepEqual(await adapter.updateInterfacePreferences!(change), expected, `after ${show(change)}`);
      }
      deepEqual(await adapter.loadInterfacePreferences!(), expected, 'the reloaded settings');
      deepEqual(
        await adapter.updateInterfacePreferences!({ locale: null }),
        { ...expected, locale: null },
        'back to the account default language',
      );
    });

    suite.test(
      'never undoes the audio alerts kept beside them, nor they the interface settings',
      [LOAD, UPDATE, 'loadNotificationPreferences', 'updateNotificationPreferences'],
      async ({ adapter }) => {
        const audio = (await adapter.loadNotificationPreferences!()).audio;
        const tone = audio.tone === 'bell' ? 'chime' : 'bell';
        await adapter.updateNotificationPreferences!({ audio: { tone } });
        const size = other(FONT_SIZES, (await adapter.loadInterfacePreferences!()).fontSize);
        await adapter.updateInterfacePreferences!({ fontSize: size });
        equal(
          (await adapter.loadNotificationPreferences!()).audio.tone,
          tone,
          'the tone after a font change',
        );
        await adapter.updateNotificationPreferences!({ audio: { alwaysPlay: !audio.alwaysPlay } });
        equal(
          (await adapter.loadInterfacePreferences!()).fontSize,
          size,
          'the font size after an audio change',
        );
      },
    );

    suite.test('refuses a font size it does not know', [UPDATE], async ({ adapter }) => {
      await expectSettingsError(
        adapter.updateInterfacePreferences!({ fontSize: 17 as never }),
        'validation',
        'font size 17',
      );
    });
  });

  suite.describe('signature (loadSignature, updateSignature)', () => {
    suite.test(
      'keeps Markdown as given, and an empty one',
      ['loadSignature', 'updateSignature'],
      async ({ adapter }) => {
        const text = '**Jane Doe** · Support\n\n[Acme](https://acme.example) <b>not html</b> 😀';
        equal(await adapter.updateSignature!(text), text, 'the saved signature');
        equal(await adapter.loadSignature!(), text, 'the reloaded signature');
        equal(await adapter.updateSignature!(''), '', 'an empty signature');
        equal(await adapter.loadSignature!(), '', 'the reloaded empty signature');
      },
    );

    suite.test(
      'refuses one over signatureMaxLength on the signature field, and keeps the old one',
      ['loadSignature', 'updateSignature', 'signatureMaxLength'],
      async ({ adapter }) => {
        const max = adapter.signatureMaxLength!;
        await adapter.updateSignature!('Kept');
        equal(await adapter.updateSignature!('x'.repeat(max)), 'x'.repeat(max), 'a signature at the limit');
        await adapter.updateSignature!('Kept');
        await expectSettingsError(
          adapter.updateSignature!('x'.repeat(max + 1)),
          'validation',
          'one over',
          'signature',
        );
        equal(await adapter.loadSignature!(), 'Kept', 'the signature afterwards');
      },
    );
  });

  suite.describe('availability (loadAvailability, updateAvailability)', () => {
    const NEEDS = ['loadAvailability', 'updateAvailability'] as const;

    suite.test(
      'loads each account, with the one in use among them',
      ['loadAvailability'],
      async ({ adapter }) => {
        const { accounts, currentAccountId } = await adapter.loadAvailability!();
        ok(accounts.length > 0, 'at least one account');
        ok(
          accounts.some((a) => a.accountId === currentAccountId),
          `the current account ${show(currentAccountId)} is listed`,
        );
        for (const a of accounts) {
          ok(['online', 'busy', 'offline'].includes(a.status), `status ${show(a.status)}`);
          equal(typeof a.autoOffline, 'boolean', 'autoOffline');
          equal(typeof a.accountName, 'string', 'accountName');
        }
      },
    );

    suite.test('sets a status and auto-offline, and keeps them', NEEDS, async ({ adapter }) => {
      const { currentAccountId: accountId, accounts } = await adapter.loadAvailability!();
      const before = accounts.find((a) => a.accountId === accountId)!;
      const status = before.status === 'busy' ? 'offline' : 'busy';
      const saved = await adapter.updateAvailability!({ accountId, status });
      equal(saved.accounts.find((a) => a.accountId === accountId)?.status, status, 'the saved status');
      const toggled = await adapter.updateAvailability!({ accountId, autoOffline: !before.autoOffline });
      const after = toggled.accounts.find((a) => a.accountId === accountId)!;
      deepEqual([after.status, after.autoOffline], [status, !before.autoOffline], 'status and auto-offline');
      const reloaded = (await adapter.loadAvailability!()).accounts.find((a) => a.accountId === accountId)!;
      deepEqual([reloaded.status, reloaded.autoOffline], [status, !before.autoOffline], 'after a reload');
    });

    suite.test('refuses an unknown status or account, changing nothing', NEEDS, async ({ adapter }) => {
      const before = await adapter.loadAvailability!();
      const { currentAccountId: accountId } = before;
      const refusals = [
        adapter.updateAvailability!({ accountId, status: 'away' as never }),
        adapter.updateAvailability!({ accountId: '999999', status: 'busy' }),
      ];
      for (const refusal of refusals) {
        const error = await rejectionOf(refusal, 'the refused change');
        if (!isSettingsError(error)) fail(`expected a SettingsError, got ${show(error)}`);
      }
      deepEqual(await adapter.loadAvailability!(), before, 'the availability afterwards');
    });
  });
}
