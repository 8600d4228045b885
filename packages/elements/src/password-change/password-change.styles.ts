import { css } from 'lit';

/** Written like the other elements' shadow styles; `adoptScopedStyles` scopes them to the tag. */
export const passwordChangeStyles = css`
  /* Passwords are typed left to right in every language: the field and its toggle keep that order. */
  .password {
    position: relative;
    direction: ltr;
  }
  .password input {
    padding-right: 2.75rem;
  }
  .toggle {
    position: absolute;
    inset: 1px 1px 1px auto;
    display: grid;
    place-items: center;
    min-height: 0;
    padding: 0 calc(var(--_space) * 1.25);
    border: 0;
    color: var(--_muted);
  }
  .toggle:hover {
    color: var(--_text);
  }
  .toggle svg {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }
  .toggle[aria-pressed='false'] .slash {
    display: none;
  }
  .rules {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin-top: calc(var(--_space) * -1);
    font-size: 0.875em;
  }
  .rules p,
  .rules ul {
    margin: 0;
    padding: 0;
  }
  .rules p {
    color: var(--_muted);
  }
  li {
    display: flex;
    gap: calc(var(--_space) * 0.75);
    list-style: none;
    overflow-wrap: anywhere;
  }
  /* The mark is decoration (empty alternative text): the words say met / not met. */
  li::before {
    content: '•' / '';
    flex: none;
    width: 1em;
    text-align: center;
    color: var(--_muted);
  }
  [part~='rule-met']::before {
    content: '✓' / '';
    color: var(--_success);
  }
  [part~='rule-unmet']::before {
    content: '✗' / '';
    color: var(--_danger);
  }
  [part~='rule-met'] {
    color: var(--_success);
  }
`;
