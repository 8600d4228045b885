/**
 * Chatwoot's language codes (`pt_BR`, `zh_CN`: its `enabledLanguages`) and the page's BCP 47 tags
 * (`pt-BR`, `zh-Hans`), both ways. Chatwoot answers record validation messages in the language of
 * `?locale=` (the contract, "Locale"), and keeps an agent's own choice in `ui_settings.locale`.
 */

/** Chatwoot codes with a region or script; every other language goes by its language subtag. */
const WITH_REGION: Record<string, string> = {
  'pt-br': 'pt_BR',
  'zh-hans': 'zh_CN',
  'zh-cn': 'zh_CN',
  'zh-sg': 'zh_CN',
  'zh-hant': 'zh_TW',
  'zh-tw': 'zh_TW',
  'zh-hk': 'zh_TW',
};

/** `pt-BR` → `pt_BR`, `zh-Hans` → `zh_CN`, `de-CH` → `de`; nothing for no tag. */
export function toChatwootLocale(tag: string | null | undefined): string | undefined {
  const wanted = (tag ?? '').trim().replace(/_/g, '-').toLowerCase();
  if (!wanted) return undefined;
  return WITH_REGION[wanted] ?? WITH_REGION[wanted.split('-').slice(0, 2).join('-')] ?? wanted.split('-')[0];
}

/** `pt_BR` → `pt-BR`, `zh_CN` → `zh-Hans`, `zh_TW` → `zh-Hant`; `null` for none (the account default). */
export function fromChatwootLocale(code: unknown): string | null {
  if (typeof code !== 'string' || !code.trim()) return null;
  const tag = code.trim().replace(/_/g, '-');
  return { 'zh-CN': 'zh-Hans', 'zh-TW': 'zh-Hant' }[tag] ?? tag;
}
