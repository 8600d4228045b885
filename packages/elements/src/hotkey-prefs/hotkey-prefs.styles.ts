import { css } from 'lit';

/** Two cards side by side (stacked when narrow), the chosen one outlined in the accent colour. */
export const hotkeyPrefsStyles = css`
  [part~='section'] {
    max-width: var(--pe-form-max-width, 40rem);
  }
  [part~='choices'] {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    border: 0;
  }
  [part~='choice'] {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: calc(var(--_space) / 2) var(--_space);
    align-items: start;
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-weight: normal;
    cursor: pointer;
  }
  [part~='choice']:has(input:checked) {
    border-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 8%, transparent);
  }
  [part~='choice']:has(input:focus-visible) {
    box-shadow: var(--_focus);
  }
  input {
    margin: 0.2em 0 0;
    padding: 0;
    min-height: 0;
    accent-color: var(--_accent);
    inline-size: 1.25rem;
    block-size: 1.25rem;
  }
  [part~='choice-label'] {
    /* Its keys run left to right, but it sits at the start of the card in either direction. */
    justify-self: start;
    font-weight: 600;
  }
  [part~='choice-text'] {
    grid-column: 2;
    color: var(--_muted);
    font-size: 0.875em;
  }
  kbd {
    display: inline-block;
    min-inline-size: 1.6em;
    padding: 0 0.4em;
    border: 1px solid var(--_border);
    border-block-end-width: 2px;
    border-radius: 4px;
    font: inherit;
    font-size: 0.875em;
    text-align: center;
    background: var(--_field);
  }
`;
