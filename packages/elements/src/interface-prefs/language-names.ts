/**
 * A language's name in that language ("Deutsch", "日本語", "Português (Brasil)"), as people look
 * for their own language in a list. Made once per tag: the first `Intl.DisplayNames` costs a few ms.
 */
const names = new Map<string, string>();

export function languageName(tag: string): string {
  let name = names.get(tag);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
      name = name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
    } catch {
      name = tag;
    }
    names.set(tag, name);
  }
  return name;
}
