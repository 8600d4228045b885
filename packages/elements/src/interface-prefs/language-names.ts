/**
 * Languages' names for the language list: in the page's language, sorted by it, and followed by the
 * language's own name ("German (Deutsch)", "Japanese (日本語)"), which people look for first. Each own
 * name needs an `Intl.DisplayNames` of its own, and Chromium loads a locale's data for each: 12.5 ms
 * for Chatwoot's 41 (measured), the most expensive part of the whole page's first render. So the first
 * render shows the names in the page's language (one `Intl.DisplayNames`, 0.2 ms), and the own names
 * join after paint; the order never changes, so nothing moves under the user.
 */
const autonyms = new Map<string, string>();
let inPage:
  | {
      locale: string;
      names: Intl.DisplayNames;
      collator: Intl.Collator;
      sorted?: { key: string; list: [string, string][] };
    }
  | undefined;

/** A language's name in that language, made once per tag. */
export function autonym(tag: string): string {
  let name = autonyms.get(tag);
  if (name === undefined) {
    name = capitalize(nameIn(tag, tag), tag);
    autonyms.set(tag, name);
  }
  return name;
}

/** "German (Deutsch)"; just "Deutsch" where the page speaks German. */
export function withAutonym(name: string, tag: string): string {
  const own = autonym(tag);
  return own === name ? name : `${name} (${own})`;
}

/** `tags` with their names in `locale` (the page's language), in that language's order. */
export function namedInPage(tags: readonly string[], locale: string): [string, string][] {
  if (inPage?.locale !== locale) {
    try {
      inPage = {
        locale,
        names: new Intl.DisplayNames([locale], { type: 'language' }),
        collator: new Intl.Collator(locale),
      };
    } catch {
      return tags.map((tag) => [tag, tag]);
    }
  }
  // The same list each render (a status line changing, a choice): named and sorted once.
  const key = tags.join(' ');
  if (inPage.sorted?.key !== key) {
    const { names, collator } = inPage;
    const list = tags
      .map((tag): [string, string] => [tag, capitalize(names.of(tag) ?? tag, locale)])
      .sort((a, b) => collator.compare(a[1], b[1]));
    inPage.sorted = { key, list };
  }
  return inPage.sorted.list;
}

function nameIn(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

const capitalize = (name: string, locale: string) => name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
