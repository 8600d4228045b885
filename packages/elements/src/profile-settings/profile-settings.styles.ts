import { css } from 'lit';

export const profileSettingsStyles = css`
  [part='page'] {
    display: grid;
    gap: var(--pe-page-gap, 32px);
    max-width: var(--pe-page-max-width, 48rem);
  }
`;
