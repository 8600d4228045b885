import type { CSSResult } from 'lit';

const sheets = new Map<string, CSSStyleSheet>();

/** A `@keyframes` block (its steps hold one level of braces). */
const KEYFRAMES = /@keyframes\s+[\w-]+\s*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g;

/**
 * Styles for an element that renders into its own light DOM (so that password managers can reach its
 * inputs). The same shadow-DOM style sheets the other elements use, scoped to the tag with CSS nesting
 * (`:host` becomes the element itself), inside `@layer profile-elements` so the page's own rules win,
 * adopted once by the document (or shadow root) the element is in. The `--pe-*` tokens apply as usual.
 *
 * `@keyframes` cannot be nested in a style rule (the browser drops them there, and the animation would
 * then run the page's own keyframes of that name): they stay at the layer's top level, under the
 * library's own `pe-` names.
 */
export function adoptScopedStyles(element: Element, styles: CSSResult[]): void {
  const tag = element.localName;
  let sheet = sheets.get(tag);
  if (!sheet) {
    const css = styles.map((s) => s.cssText).join('\n');
    const keyframes = css.match(KEYFRAMES) ?? [];
    const rules = css
      .replace(KEYFRAMES, '')
      .replace(/:host\(([^)]+)\)/g, '&$1')
      .replace(/:host/g, '&');
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`@layer profile-elements{${keyframes.join('')}${tag}{${rules}}}`);
    sheets.set(tag, sheet);
  }
  const root = element.getRootNode() as Document | ShadowRoot;
  if (root.adoptedStyleSheets && !root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}
