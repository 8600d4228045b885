import { css } from 'lit';

export const messageSignatureStyles = css`
  [part~='section'] {
    max-width: var(--pe-form-max-width, 40rem);
  }
  [part~='editor'] {
    min-block-size: 8rem;
    resize: vertical;
    line-height: 1.5;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_space);
  }
  [part~='counter'] {
    color: var(--_muted);
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  [part~='counter'].over {
    color: var(--_danger);
  }
  [part~='preview-label'] {
    font-weight: 500;
  }
  [part~='preview'] {
    min-block-size: 3rem;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  [part~='preview'] > :first-child {
    margin-block-start: 0;
  }
  [part~='preview'] > :last-child {
    margin-block-end: 0;
  }
  [part~='preview'] img {
    max-inline-size: 100%;
  }
  [part~='preview'] a {
    color: var(--_accent);
  }
  .empty {
    color: var(--_muted);
    font-style: italic;
  }
`;
