import { css } from 'lit';

export const accessTokenStyles = css`
  [part~='section'] {
    max-width: var(--pe-form-max-width, 32rem);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  [part~='token'] {
    flex: 1 1 16rem;
    width: auto;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    letter-spacing: 0.02em;
  }
  [part~='reveal'][aria-pressed='true'] {
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
    border-color: var(--_accent);
  }
  [part~='status'] {
    align-self: center;
    min-height: 0;
  }
  dialog {
    max-width: min(28rem, calc(100vw - 2rem));
    padding: calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  dialog h3 {
    margin: 0 0 var(--_space);
    font-size: 1.125em;
  }
  dialog p {
    margin: 0 0 calc(var(--_space) * 2);
  }
  .actions {
    justify-content: flex-end;
  }
  button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_on-accent);
  }
`;
