import { css } from 'lit';

export const availabilityPrefsStyles = css`
  [part~='section'] {
    max-width: var(--pe-form-max-width, 32rem);
  }
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 3);
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-block-end: calc(var(--_space) / 2);
    font-weight: 500;
  }
  [part~='option'],
  [part~='auto-offline'] {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    min-block-size: 1.5rem;
    font-weight: normal;
    cursor: pointer;
  }
  input {
    margin: 0;
    padding: 0;
    min-height: 0;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    accent-color: var(--_accent);
  }
  /* The status colours Chatwoot's avatar badge uses; the word says it too. */
  [part~='dot'] {
    inline-size: 0.625rem;
    block-size: 0.625rem;
    border-radius: 50%;
    forced-color-adjust: none;
  }
  .online {
    background: var(--pe-color-online, #22c55e);
  }
  .busy {
    background: var(--pe-color-busy, #f59e0b);
  }
  .offline {
    background: var(--pe-color-offline, #9ca3af);
  }
`;
