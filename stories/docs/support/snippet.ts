/**
 * Source files shown as snippets on the docs pages are the repository's own type-checked files
 * (imported with `?raw`). Their opening comment speaks to the repository's developers (why the file
 * exists, which test checks it): the page has its own words, so the snippet starts after it.
 */
const HEADER = /^\s*(?:(?:\/\/[^\n]*\n)+|\/\*[\s\S]*?\*\/\s*\n|<!--[\s\S]*?-->\s*\n)\s*/;

/** `source` without its opening comment (`//` lines, a `/* … *\/` block or an HTML comment). */
export function withoutHeader(source: string): string {
  return source.replace(HEADER, '');
}

/** `source` from the doc comment of `declaration` (e.g. `export interface X`) to the end. */
export function fromDeclaration(source: string, declaration: string): string {
  const at = source.indexOf(declaration);
  if (at < 0) throw new Error(`the snippet has no \`${declaration}\``);
  const comment = source.lastIndexOf('/**', at);
  const between = comment < 0 ? '' : source.slice(source.indexOf('*/', comment) + 2, at);
  return source.slice(comment >= 0 && !between.trim() ? comment : at);
}

/** `source` up to (not including) the line that starts with `marker`; all of it without one. */
export function upTo(source: string, marker: string): string {
  const at = source.indexOf(`\n${marker}`);
  return at < 0 ? source : `${source.slice(0, at).trimEnd()}\n`;
}
