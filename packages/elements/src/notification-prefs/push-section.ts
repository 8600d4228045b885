import { html, nothing } from 'lit';
import { msg } from '../shared/localize.js';
import type { PushState } from './push.js';

/** Where push stands in this browser, as last checked. */
export interface PushStatus {
  state: PushState;
  subscribed: boolean;
}

/** "Push notifications are on (off) in this browser." */
export const pushOnOffText = (on: boolean): string =>
  on ? msg('Push notifications are on in this browser.') : msg('Push notifications are off in this browser.');

/**
 * The browser push block: what push does in this browser now, what to do about it, and the button
 * that turns it on or off (when the browser lets the user choose).
 */
export function renderPush(
  push: PushStatus | undefined,
  vapidPublicKey: string,
  busy: boolean,
  error: string,
  toggle: (on: boolean) => void,
) {
  if (!push) return nothing;
  const on = push.subscribed;
  // Without the site's VAPID key nobody can subscribe: say so rather than offer a button that fails.
  const state = vapidPublicKey || on || push.state === 'denied' ? push.state : 'unset';
  const [text, help] = {
    unset: [msg('Push notifications are not set up on this site.')],
    unsupported: [
      msg('This browser cannot receive push notifications.'),
      msg(
        'Push needs a secure (https) page and a recent Chrome, Edge, Firefox or Safari. In Brave, turn on “Use Google services for push messaging” in its privacy settings. On iPhone and iPad, add this site to the Home Screen first.',
      ),
    ],
    denied: [
      msg('Notifications are blocked for this site.'),
      msg(
        'To allow them again, click the icon left of the address bar, set Notifications to “Allow” in the site settings, then reload this page.',
      ),
    ],
    default: [pushOnOffText(false), msg('Your browser will ask for permission.')],
    granted: [pushOnOffText(on)],
  }[state];
  return html`<div part="push">
    <h3 part="push-title">${msg('This browser')}</h3>
    <p part="push-state">${text}</p>
    ${help ? html`<p part="push-help" class="hint">${help}</p>` : nothing}
    ${
      state === 'default' || state === 'granted'
        ? html`<button
            type="button"
            part="push-button"
            class=${on ? '' : 'primary'}
            aria-disabled=${busy}
            @click=${() => toggle(!on)}
          >
            ${on ? msg('Turn off in this browser') : msg('Enable push notifications')}
          </button>`
        : nothing
    }
    ${error ? html`<p part="field-error" class="error" role="alert">${error}</p>` : nothing}
  </div>`;
}
