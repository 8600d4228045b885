import { html, nothing } from 'lit';
import { msg } from '../shared/localize.js';
import type { SettingsError } from '@profile-elements/core';
import { errorMessage } from './error-message.js';

/** A failure as an alert, with "Try again" when trying again can help. */
export const sectionAlert = (error: SettingsError, retry: () => void) =>
  html`<div part="alert" role="alert">
    <p>${errorMessage(error)}</p>
    ${
      error.retryable
        ? html`<button type="button" part="retry" @click=${retry}>${msg('Try again')}</button>`
        : nothing
    }
  </div>`;
