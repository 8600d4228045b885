/**
 * The theming tokens as the Theming docs page lists them: the `--pe-*` custom properties from the
 * custom-elements manifest (which element reads which, and what for), with the defaults the elements'
 * style sheets fall back to (`var(--pe-x, <default>)`), split into light and dark where the default
 * is a `light-dark()`. Pure: the manifest and the style sheets' text are passed in.
 */

/** The parts of a custom-elements manifest read here. */
export interface Manifest {
  modules: {
    declarations?: { tagName?: string; cssProperties?: { name: string; description?: string }[] }[];
  }[];
}

/** A style sheet's text and whose it is: a tag name, or `shared` for the sheets every element uses. */
export interface StyleText {
  owner: string;
  cssText: string;
}

export interface ThemeToken {
  name: string;
  /** The description most elements give it in the manifest (of those, the longest). */
  description: string;
  /** Each element that reads it, with what it paints there, as its manifest entry says. */
  uses: { element: string; description: string }[];
  /** The default under a light and a dark colour scheme (the same unless it is a `light-dark()`). */
  light: string | null;
  dark: string | null;
  /** Other defaults some elements fall back to, and which. */
  exceptions: { value: string; owners: string[] }[];
}

/** Splits `text` at its top-level commas (none inside parentheses). */
function splitArgs(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

/** The text inside the parentheses that open at `open`, or null when they never close. */
function inside(text: string, open: number): string | null {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return text.slice(open + 1, i);
  }
  return null;
}

/**
 * Every `var(--pe-…, <default>)` in a style sheet, with the sheet's private aliases
 * (`--_accent: var(--pe-color-accent, …)`) written back as the public property they stand for.
 */
export function cssDefaults(cssText: string): { name: string; value: string }[] {
  const aliases = new Map<string, string>();
  for (const [, alias, name] of cssText.matchAll(/(--_[\w-]+)\s*:\s*var\(\s*(--pe-[\w-]+)/g))
    aliases.set(alias!, name!);
  const found: { name: string; value: string }[] = [];
  for (const match of cssText.matchAll(/var\(\s*--pe-/g)) {
    const args = inside(cssText, match.index + 'var'.length);
    if (args === null) continue;
    const [name, ...rest] = splitArgs(args);
    if (!rest.length) continue;
    const value = rest
      .join(', ')
      .replace(/var\(\s*(--_[\w-]+)\s*\)/g, (all, alias: string) =>
        aliases.has(alias) ? `var(${aliases.get(alias)})` : all,
      );
    found.push({ name: name!, value });
  }
  return found;
}

/** `light-dark(a, b)` → both values; anything else is the same in both schemes. */
export function lightDark(value: string): { light: string; dark: string } {
  const match = /^light-dark\((.*)\)$/s.exec(value.trim());
  const args = match ? splitArgs(match[1]!) : [];
  return args.length === 2 ? { light: args[0]!, dark: args[1]! } : { light: value, dark: value };
}

/** The value given most often; of those tied, the longest (it tends to say the most). */
const mostCommon = (values: string[]): string | undefined => {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0];
};

/**
 * The tokens the manifest lists, in the order it first lists them. A token's default is the one the
 * shared sheets give it, else the one most elements give it; other elements' own are `exceptions`.
 */
export function themeTokens(manifest: Manifest, styles: StyleText[]): ThemeToken[] {
  const byName = new Map<string, ThemeToken['uses']>();
  for (const { tagName, cssProperties = [] } of manifest.modules.flatMap((m) => m.declarations ?? [])) {
    if (!tagName) continue;
    for (const { name, description = '' } of cssProperties) {
      const uses = byName.get(name) ?? [];
      if (!uses.some((use) => use.element === tagName)) uses.push({ element: tagName, description });
      byName.set(name, uses);
    }
  }
  const defaults = styles.flatMap(({ owner, cssText }) =>
    cssDefaults(cssText).map((found) => ({ ...found, owner })),
  );
  return [...byName].map(([name, uses]) => {
    const found = defaults.filter((d) => d.name === name);
    const shared = found.filter((d) => d.owner === 'shared').map((d) => d.value);
    const value = mostCommon(shared.length ? shared : found.map((d) => d.value));
    const exceptions = new Map<string, string[]>();
    for (const { value: other, owner } of found) {
      if (other === value) continue;
      const owners = exceptions.get(other) ?? [];
      if (!owners.includes(owner)) owners.push(owner);
      exceptions.set(other, owners);
    }
    const { light, dark } = value === undefined ? { light: null, dark: null } : lightDark(value);
    return {
      name,
      description: mostCommon(uses.map((use) => use.description).filter(Boolean)) ?? '',
      uses,
      light,
      dark,
      exceptions: [...exceptions].map(([other, owners]) => ({ value: other, owners })),
    };
  });
}
