/**
 * Interface settings in Chatwoot's `ui_settings` (the contract, §4): `font_size` ("16px"), `locale`
 * (Chatwoot's codes, `null` for the account default) and `editor_message_key`; and the memberships
 * of the user JSON (§2.1), with each account's availability.
 */
import {
  AVAILABILITY_STATUSES,
  FONT_SIZES,
  SEND_KEYS,
  type AccountAvailability,
  type FontSize,
  type InterfacePreferences,
  type InterfacePreferencesPatch,
  type SendKey,
} from '@profile-elements/core';
import { fromChatwootLocale, toChatwootLocale } from './chatwoot-locale.js';

/** `config/initializers/languages.rb`, in Chatwoot's order. */
export const CHATWOOT_LANGUAGES = [
  'en', 'ar', 'nl', 'fr', 'de', 'hi', 'it', 'ja', 'ko', 'pt', 'ru', 'zh', 'es', 'ml', 'ca', 'el',
  'pt_BR', 'ro', 'ta', 'fa', 'zh_TW', 'vi', 'da', 'tr', 'cs', 'fi', 'id', 'sv', 'hu', 'no', 'zh_CN',
  'pl', 'sk', 'uk', 'th', 'lv', 'is', 'he', 'lt', 'sr', 'bg',
]; // prettier-ignore

/** What `ui_settings` says, with Chatwoot's defaults for what it does not (16 px; §4's send-key fallback). */
export function interfaceFrom(ui: Record<string, unknown>): InterfacePreferences {
  const size = Number.parseInt(String(ui['font_size'] ?? ''), 10);
  const key = ui['editor_message_key'];
  return {
    fontSize: (FONT_SIZES as readonly number[]).includes(size) ? (size as FontSize) : 16,
    locale: fromChatwootLocale(ui['locale']),
    sendKey: (SEND_KEYS as readonly unknown[]).includes(key)
      ? (key as SendKey)
      : ui['enter_to_send_enabled'] === true
        ? 'enter'
        : 'cmd_enter',
  };
}

/** The `ui_settings` keys a change writes (merged over the whole object by the caller). */
export function interfaceToUiSettings(patch: InterfacePreferencesPatch): Record<string, unknown> {
  const keys: Record<string, unknown> = {};
  if (patch.fontSize !== undefined) keys['font_size'] = `${patch.fontSize}px`;
  if (patch.locale !== undefined)
    keys['locale'] = patch.locale === null ? null : toChatwootLocale(patch.locale);
  if (patch.sendKey !== undefined) keys['editor_message_key'] = patch.sendKey;
  return keys;
}

/** What Chatwoot's UI cannot set: another size or key, a language it does not offer. */
export function interfaceProblems(patch: InterfacePreferencesPatch, locales: readonly string[]): string[] {
  const problems: string[] = [];
  if (patch.fontSize !== undefined && !(FONT_SIZES as readonly number[]).includes(patch.fontSize))
    problems.push(`Not a font size: ${String(patch.fontSize)}`);
  if (patch.sendKey !== undefined && !(SEND_KEYS as readonly string[]).includes(patch.sendKey))
    problems.push(`Not a send key: ${String(patch.sendKey)}`);
  if (patch.locale != null && !locales.includes(patch.locale))
    problems.push(`Not an interface language: ${String(patch.locale)}`);
  return problems;
}

/** The memberships that read as one (an id, a name, a known availability); others are left out. */
export function readMemberships(accounts: Record<string, unknown>[] | undefined): AccountAvailability[] {
  return (accounts ?? []).flatMap((a) =>
    Number.isFinite(a['id']) && (AVAILABILITY_STATUSES as readonly unknown[]).includes(a['availability'])
      ? [
          {
            accountId: String(a['id']),
            accountName: typeof a['name'] === 'string' ? a['name'] : '',
            status: a['availability'] as AccountAvailability['status'],
            autoOffline: a['auto_offline'] !== false,
          },
        ]
      : [],
  );
}
