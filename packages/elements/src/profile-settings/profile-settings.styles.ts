import { css } from 'lit';

// The current entry of the section list, focused, shows the ring and the bar together: the bar's own
// rule would otherwise hide the ring.
export const profileSettingsStyles = css`
  :host {
    /* Wide or narrow is the element's own width, not the viewport's: it may sit in a side panel. */
    container-type: inline-size;
  }
  .page,
  .sections {
    display: grid;
    gap: var(--pe-page-gap, 32px);
  }
  .sections {
    max-width: var(--pe-page-max-width, 48rem);
  }
  .sections > *,
  ::slotted(*) {
    scroll-margin-top: var(--pe-nav-top, 0px);
  }
  /* A rule between sections, so each reads as its own block. */
  .sections > :not(:first-child),
  ::slotted(*) {
    padding-top: var(--pe-page-gap, 32px);
    border-top: 1px solid var(--_border);
  }
  /* A section whose code is still loading keeps its place, so the page does not jump when it comes. */
  .sections > :not(:defined),
  ::slotted(:not(:defined)) {
    display: block;
    min-height: 16rem;
  }
  nav {
    display: none;
  }
  @container (min-width: 46rem) {
    .page {
      grid-template-columns: 11rem minmax(0, 1fr);
      align-items: start;
    }
    nav {
      display: block;
      position: sticky;
      top: var(--pe-nav-top, 0px);
    }
  }
  ul {
    display: grid;
    gap: 2px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  nav button {
    width: 100%;
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 1.5);
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: var(--_muted);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  nav button:hover {
    color: var(--_text);
    background: color-mix(in srgb, var(--_border) 35%, transparent);
  }
  nav button:focus-visible {
    outline: 2px solid transparent;
    box-shadow: var(--_focus);
  }
  nav button[aria-current='true'] {
    color: var(--_text);
    font-weight: 600;
    background: color-mix(in srgb, var(--_accent) 12%, transparent);
    /* The bar at the start of the line: on the right in a right-to-left page. */
    box-shadow: inset 3px 0 var(--_accent);
  }
  nav button[aria-current='true']:dir(rtl) {
    box-shadow: inset -3px 0 var(--_accent);
  }
  nav button[aria-current='true']:focus-visible {
    box-shadow:
      var(--_focus),
      inset 3px 0 var(--_accent);
  }
  nav button[aria-current='true']:focus-visible:dir(rtl) {
    box-shadow:
      var(--_focus),
      inset -3px 0 var(--_accent);
  }
`;
