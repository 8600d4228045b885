/**
 * Which shipped locale a page's language tag gets: the tag itself, else its language with the region
 * or script dropped (`es-MX` → `es`), else the one variant shipped for that language (`pt-PT` →
 * `pt-BR`, `zh-CN` → `zh-Hans`), else English. Traditional Chinese is not shipped: `zh-TW`, `zh-HK`
 * and `zh-Hant` read English rather than a script their readers may not use.
 */
import { sourceLocale, targetLocales } from '../locales/locale-codes.js';

/** English, and the languages of `lit-localize.json` (its generated `locale-codes.ts`). */
export const SOURCE_LOCALE = sourceLocale;
export const TARGET_LOCALES = targetLocales;
export type TargetLocale = (typeof TARGET_LOCALES)[number];
export type ShippedLocale = typeof SOURCE_LOCALE | TargetLocale;

/** A language shipped in one variant only: any tag of that language gets it. */
const ONLY_VARIANT: Record<string, ShippedLocale> = { pt: 'pt-BR', zh: 'zh-Hans', iw: 'he' };
const TRADITIONAL_CHINESE = /^zh-(hant|tw|hk|mo)\b/;

const SHIPPED: readonly ShippedLocale[] = [SOURCE_LOCALE, ...TARGET_LOCALES];

export function matchLocale(tag: string | null | undefined): ShippedLocale {
  const wanted = (tag ?? '').trim().replace(/_/g, '-').toLowerCase();
  if (!wanted) return SOURCE_LOCALE;
  const shipped = SHIPPED.find((l) => l.toLowerCase() === wanted);
  if (shipped) return shipped;
  if (TRADITIONAL_CHINESE.test(wanted)) return SOURCE_LOCALE;
  const language = wanted.split('-')[0]!;
  return SHIPPED.find((l) => l.toLowerCase() === language) ?? ONLY_VARIANT[language] ?? SOURCE_LOCALE;
}
