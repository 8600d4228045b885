import { css } from 'lit';

/**
 * The design tokens every element reads, with their defaults. Hosts theme the elements by setting
 * these custom properties anywhere above them (they inherit through shadow roots).
 *
 * Dark mode follows the page: the defaults use `light-dark()`, which picks the dark value when the
 * host page declares `color-scheme: dark` (or `light dark` with a dark OS setting).
 *
 * The focus ring is two rings, the surface then the accent: 3:1 or more against the page (WCAG
 * 1.4.11), and visible around a control of the accent's own colour (the primary button).
 */
export const themeStyles = css`
  :host {
    --_text: var(--pe-color-text, light-dark(#1f2328, #e6edf3));
    --_muted: var(--pe-color-text-muted, light-dark(#59636e, #9198a1));
    --_surface: var(--pe-color-surface, light-dark(#ffffff, #0d1117));
    --_field: var(--pe-color-field, light-dark(#ffffff, #010409));
    --_border: var(--pe-color-border, light-dark(#d1d9e0, #3d444d));
    --_accent: var(--pe-color-accent, light-dark(#1f6feb, #4493f8));
    --_on-accent: var(--pe-color-on-accent, light-dark(#ffffff, #0d1117));
    --_danger: var(--pe-color-danger, light-dark(#cf222e, #f85149));
    --_success: var(--pe-color-success, light-dark(#1a7f37, #3fb950));
    --_radius: var(--pe-radius, 6px);
    --_space: var(--pe-space, 8px);
    --_focus: var(--pe-focus-ring, 0 0 0 2px var(--_surface), 0 0 0 4px var(--_accent));

    display: block;
    color: var(--_text);
    font-family: var(--pe-font-family, inherit);
    font-size: var(--pe-font-size, 0.9375rem);
    line-height: 1.5;
  }
  :host([hidden]),
  :host(:state(unsupported)) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
`;
