import { css } from 'lit';

/** Section frame, fields, buttons and status messages, shared by every section element. */
export const formStyles = css`
  [part~='section'] {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  [part~='header'] {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  h2 {
    margin: 0;
    font-size: 1.125em;
    font-weight: 600;
  }
  [part~='description'] {
    margin: 0;
    color: var(--_muted);
  }
  form {
    display: grid;
    gap: calc(var(--_space) * 2);
    max-width: var(--pe-form-max-width, 32rem);
  }
  .field {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  label {
    font-weight: 500;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_field);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
    min-height: 2.5rem;
    width: 100%;
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  button:focus-visible {
    outline: 2px solid transparent;
    box-shadow: var(--_focus);
    border-color: var(--_accent);
  }
  input[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .error {
    color: var(--_danger);
    font-size: 0.875em;
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  button {
    font: inherit;
    font-weight: 500;
    cursor: pointer;
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 2);
    min-height: 2.5rem;
    border: 1px solid var(--_border);
    background: transparent;
    color: inherit;
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  button:disabled,
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  [part~='status'] {
    margin: 0;
    min-height: 1.5em;
  }
  /* A status line in a section's header takes room only while it says something. */
  [part~='header'] [part~='status']:empty {
    min-height: 0;
  }
  [part~='status'].success {
    color: var(--_success);
  }
  [part~='alert'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    justify-content: space-between;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    color: var(--_danger);
  }
  [part~='alert'] p {
    margin: 0;
  }
  /* Kept edits restored, a save waiting for the network: information, not an error. */
  .notice,
  .waiting {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    justify-content: space-between;
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-inline-start: 3px solid var(--_accent);
    background: color-mix(in srgb, var(--_accent) 8%, transparent);
  }
  .notice p {
    margin: 0;
  }
  .skeleton {
    height: 2.5rem;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_border) 50%, transparent);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: pe-skeleton-pulse 1.2s ease-in-out infinite alternate;
    }
  }
  @keyframes pe-skeleton-pulse {
    to {
      opacity: 0.5;
    }
  }
`;

/** Text for screen readers only. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
