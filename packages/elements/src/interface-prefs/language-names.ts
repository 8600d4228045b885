/**
 * Languages' names for the language list. The list names each language in itself ("Deutsch",
 * "日本語"), as people look for their own language; but each of those needs an `Intl.DisplayNames`
 * of its own, and Chromium loads a locale's data for each: 12.5 ms for Chatwoot's 41 (measured), the
 * most expensive part of the whole page's first render. So the first render names them in the page's
 * language, with one `Intl.DisplayNames` (0.2 ms), and the section switches to autonyms after paint.
 */
const autonyms = new Map<string, string>();
let inPage: { locale: string; names: Intl.DisplayNames } | undefined;

/** A language's name in that language, made once per tag. */
export function autonym(tag: string): string {
  let name = autonyms.get(tag);
  if (name === undefined) {
    name = capitalize(nameIn(tag, tag), tag);
    autonyms.set(tag, name);
  }
  return name;
}

/** A language's name in `locale` (the page's language). */
export function nameInPage(tag: string, locale: string): string {
  if (inPage?.locale !== locale) {
    try {
      inPage = { locale, names: new Intl.DisplayNames([locale], { type: 'language' }) };
    } catch {
      return tag;
    }
  }
  return capitalize(inPage.names.of(tag) ?? tag, locale);
}

function nameIn(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

const capitalize = (name: string, locale: string) => name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
