import { css } from 'lit';

/**
 * (Comments outside the template: a bundler keeps the template's text as it is, comments included.)
 * The drop zone's frame and tint are drawn around the box (outline, shadow), not laid out beside it:
 * a frame made of a negative margin stuck out of the section and made it scroll sideways in a narrow
 * host (WCAG 1.4.10).
 */
export const profileDetailsStyles = css`
  .avatar {
    flex: none;
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
  /* The drop zone: a dashed frame appears while a file is dragged over it. */
  .avatar-field {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
    border-radius: calc(var(--_radius) * 2);
  }
  .avatar-field.dragging {
    --_tint: color-mix(in srgb, var(--_accent) 8%, transparent);
    outline: 2px dashed var(--_accent);
    outline-offset: calc(var(--_space) - 2px);
    background: var(--_tint);
    box-shadow: 0 0 0 var(--_space) var(--_tint);
  }
  .avatar-controls {
    display: grid;
    gap: calc(var(--_space) / 2);
    flex: 1 1 14rem;
  }
  progress {
    width: 100%;
    max-width: 16rem;
    accent-color: var(--_accent);
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
    border-inline-start: 3px solid var(--_accent);
    background: color-mix(in srgb, var(--_accent) 8%, transparent);
  }
  h2:focus {
    outline: none;
  }
  dialog {
    max-width: min(26rem, calc(100vw - 2rem));
    padding: calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 2);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 8px 32px rgb(0 0 0 / 0.3);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  h3 {
    margin: 0 0 var(--_space);
    font-size: 1.125em;
  }
  dialog p {
    margin: 0 0 calc(var(--_space) * 3);
    color: var(--_muted);
  }
  dialog .actions {
    justify-content: flex-end;
  }
  button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_on-accent);
  }
`;
