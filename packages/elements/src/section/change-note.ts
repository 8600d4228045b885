import { css, html, nothing } from 'lit';
import type { SettingsError } from '@profile-elements/core';
import { msg } from '../shared/localize.js';
import { errorMessage } from './error-message.js';
import type { WriteQueue } from './write-queue.js';

/**
 * The note next to a control whose change saves at once: "Waiting for the network", or why it did
 * not save, with "Try again". One look and one wording for every such section.
 */
export function changeNote(writes: WriteQueue, anchor: string, retry: () => void): unknown {
  if (writes.waitsAt(anchor)) {
    return html`<p class="waiting-note" part="waiting" id="waiting-${anchor}">
      ${msg("Waiting for the network: it will be saved when you're back online.")}
    </p>`;
  }
  const failure = writes.failures.get(anchor);
  if (!failure) return nothing;
  return html`<p class="error" part="field-error" id="error-${anchor}">
    ${notSaved(failure.error)}
    ${
      failure.error.retryable
        ? html`<button type="button" part="retry" @click=${retry}>${msg('Try again')}</button>`
        : nothing
    }
  </p>`;
}

/** The `aria-describedby` of a control whose change is anchored at `anchor`: its note, if any. */
export function changeNoteId(writes: WriteQueue, anchor: string): string | typeof nothing {
  return writes.waitsAt(anchor)
    ? `waiting-${anchor}`
    : writes.failures.has(anchor)
      ? `error-${anchor}`
      : nothing;
}

/** Why a change did not save. A rolled-back change is not "kept", whatever the shared wording says. */
export const notSaved = (error: SettingsError): string =>
  error.kind === 'network'
    ? msg("Not saved: couldn't reach the server.")
    : error.kind === 'server'
      ? msg('Not saved: something went wrong on the server.')
      : errorMessage(error);

export const changeNoteStyles = css`
  .waiting-note {
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  /* A hollow dot: "not sent yet" without relying on an emoji font. */
  .waiting-note::before {
    content: '';
    display: inline-block;
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-inline-end: 0.4em;
    border: 2px solid var(--_accent);
    border-radius: 50%;
  }
  [part~='status'].waiting-status {
    color: var(--_muted);
  }
  .error [part~='retry'] {
    min-height: 0;
    padding: 0 var(--_space);
    border: 0;
    color: inherit;
    text-decoration: underline;
  }
`;
