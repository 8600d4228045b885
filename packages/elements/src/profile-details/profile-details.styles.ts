import { css } from 'lit';

export const profileDetailsStyles = css`
  .avatar {
    width: var(--pe-avatar-size, 72px);
    height: var(--pe-avatar-size, 72px);
    border-radius: 50%;
    object-fit: cover;
    display: grid;
    place-items: center;
    font-size: calc(var(--pe-avatar-size, 72px) * 0.4);
    font-weight: 600;
    background: color-mix(in srgb, var(--_accent) 15%, var(--_surface));
    color: var(--_accent);
  }
  .avatar-skeleton {
    width: var(--pe-avatar-size, 72px);
    height: var(--pe-avatar-size, 72px);
    border-radius: 50%;
  }
  .loading {
    display: grid;
    gap: calc(var(--_space) * 2);
    max-width: var(--pe-form-max-width, 32rem);
  }
  .pending {
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-left: 3px solid var(--_accent);
    background: color-mix(in srgb, var(--_accent) 8%, transparent);
  }
`;
