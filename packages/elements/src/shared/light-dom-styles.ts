import type { CSSResult } from 'lit';

const sheets = new Map<string, CSSStyleSheet>();

/**
 * Styles for an element that renders into its own light DOM (so that password managers can reach its
 * inputs). The same shadow-DOM style sheets the other elements use, scoped to the tag with CSS nesting
 * (`:host` becomes the element itself), inside `@layer profile-elements` so the page's own rules win,
 * adopted once by the document (or shadow root) the element is in. The `--pe-*` tokens apply as usual.
 */
export function adoptScopedStyles(element: Element, styles: CSSResult[]): void {
  const tag = element.localName;
  let sheet = sheets.get(tag);
  if (!sheet) {
    const text = styles
      .map((s) => s.cssText)
      .join('\n')
      .replace(/:host\(([^)]+)\)/g, '&$1')
      .replace(/:host/g, '&');
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`@layer profile-elements{${tag}{${text}}}`);
    sheets.set(tag, sheet);
  }
  const root = element.getRootNode() as Document | ShadowRoot;
  if (root.adoptedStyleSheets && !root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}
