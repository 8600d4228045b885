/**
 * Numbers, lists and words that change with a number, in the locale shown (`getLocale`), through
 * `Intl` — never glued by hand. Formatters are made once per locale.
 *
 * Words that change with a number, chosen by `Intl.PluralRules` for the locale shown ("1 character",
 * "2 characters"; Arabic has six forms, Japanese one). Each message has a form for every CLDR
 * category, each its own `msg()` with an explicit id (`<name>.<category>`) so that translators can
 * write the forms their language needs; English uses `one` and `other` and repeats `other` for the
 * rest. Numbers inside go through `formatNumber` (Arabic digits in Arabic, and so on).
 */
import { getLocale } from './page-locale.js';

export type PluralForms = Record<Intl.LDMLPluralRule, () => string>;

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

export function plural(count: number, forms: PluralForms): string {
  const locale = getLocale();
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  return forms[rule.select(count)]();
}

/**
 * A number as the locale shown writes it. Whole numbers under 1,000 are written with ASCII digits
 * and no separator in every shipped locale (Arabic too, by CLDR's default), so they skip
 * `Intl.NumberFormat`, whose first use costs Chromium 2–6 ms of a section's first render (a test
 * holds the two equal for every shipped locale).
 */
export function formatNumber(value: number): string {
  if (Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
  const locale = getLocale();
  let format = numbers.get(locale);
  if (!format) numbers.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
}

const percents = new Map<string, Intl.NumberFormat>();

/** A share (0–1) as a percentage, e.g. "80%" or "٨٠٪". */
export function formatPercent(share: number): string {
  const locale = getLocale();
  let format = percents.get(locale);
  if (!format) percents.set(locale, (format = new Intl.NumberFormat(locale, { style: 'percent' })));
  return format.format(share);
}

const lists = new Map<string, Intl.ListFormat>();

/**
 * Items as the locale lists alternatives ("JPEG, PNG, or GIF"). The first `Intl.ListFormat` of a
 * page costs Chromium 10–12 ms: use it for messages that follow an action, not in a first render.
 */
export function formatAlternatives(items: string[]): string {
  const locale = getLocale();
  let format = lists.get(locale);
  if (!format) lists.set(locale, (format = new Intl.ListFormat(locale, { type: 'disjunction' })));
  return format.format(items);
}

/**
 * Text from outside (a file name, an address) set apart from the sentence around it, so that a
 * right-to-left one does not reorder a left-to-right sentence or the other way round (Unicode's
 * first-strong isolate: the text takes its own direction).
 */
export const isolate = (text: string) => `\u2068${text}\u2069`;

/** An email address, URL or token: left to right in every language (left-to-right isolate). */
export const leftToRight = (text: string) => `\u2066${text}\u2069`;
