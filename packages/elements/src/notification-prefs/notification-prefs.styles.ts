import { css } from 'lit';

export const notificationPrefsStyles = css`
  :host {
    display: grid;
    gap: var(--pe-page-gap, 32px);
  }
  section {
    max-width: var(--pe-form-max-width, 40rem);
  }
  header {
    grid-template-columns: 1fr auto;
    align-items: baseline;
  }
  header > p:last-child:not([role]) {
    grid-column: 1 / -1;
  }
  fieldset {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0 0 var(--_space);
    font-weight: 500;
  }
  [part~='option'] {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
    font-weight: 400;
  }
  [part~='custom'] {
    display: grid;
    gap: var(--_space);
    padding-inline-start: calc(var(--_space) * 3);
  }
  input:is([type='checkbox'], [type='radio']) {
    width: 1.125rem;
    min-height: 1.125rem;
    margin: 0.1875rem 0 0;
    flex: none;
    vertical-align: middle;
    accent-color: var(--_accent);
  }
  .controls,
  .field > div {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 4);
    align-items: center;
  }
  .field > div {
    gap: var(--_space);
  }
  select {
    font: inherit;
    color: inherit;
    background: var(--_field);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-height: 2.5rem;
    padding: 0 var(--_space);
    width: auto;
  }
  [part~='volume'] {
    width: 10rem;
    padding: 0;
    border: 0;
    accent-color: var(--_accent);
  }
  select:focus-visible {
    outline: 2px solid transparent;
    box-shadow: var(--_focus);
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: var(--_space);
    border-bottom: 1px solid var(--_border);
    text-align: start;
    font-weight: 400;
  }
  [part~='corner'] {
    color: var(--_muted);
    vertical-align: bottom;
  }
  [part~='column-header'],
  [part~='cell'] {
    width: 5rem;
    text-align: center;
    font-weight: 500;
  }
  [part~='cell'] input {
    margin: 0;
  }
  [part~='column-header'] input {
    margin: calc(var(--_space) / 2) auto 0;
    display: block;
  }
  tr:has(+ .row-error) > *,
  .row-error td {
    border: 0;
    padding-block: 0;
  }
  [part~='push'] {
    display: grid;
    gap: var(--_space);
    justify-items: start;
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  h3,
  [part~='push'] p {
    margin: 0;
    font-size: 1em;
  }
`;
