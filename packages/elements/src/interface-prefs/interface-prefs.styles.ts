import { css } from 'lit';

export const interfacePrefsStyles = css`
  [part~='section'] {
    max-width: var(--pe-form-max-width, 32rem);
  }
`;
