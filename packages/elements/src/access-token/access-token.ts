import { html, nothing } from 'lit';
import { msg } from '../shared/localize.js';
import { SettingsSection } from '../section/settings-section.js';
import { errorMessage } from '../section/error-message.js';
import { sectionAlert } from '../section/section-alert.js';
import { themeStyles } from '../shared/theme.styles.js';
import { formStyles, visuallyHidden } from '../shared/form.styles.js';
import { accessTokenStyles } from './access-token.styles.js';
import { TokenCopiedEvent } from './access-token-events.js';
import { isApple } from '../shared/platform.js';

/** What the field shows while the token is hidden: never the token, nor its length. */
const MASK = '•'.repeat(24);

/**
 * The Access Token section: the user's API access token, hidden until asked for, with copy and
 * regenerate.
 *
 * The token is fetched from the adapter only when the user shows or copies it, is kept in memory
 * only while shown, and is hidden again after `maskAfter` seconds and whenever the page is hidden.
 * It is never stored and never put into an event. When the clipboard is refused, the token is shown
 * selected in the read-only field with "Press Ctrl+C to copy". Regenerating asks first, in a dialog
 * that says the old token stops working at once, then shows the new token.
 *
 * @summary Show, copy and regenerate the user's API access token.
 * @tagname access-token
 *
 * @fires {TokenCopiedEvent} pe-token-copied - The token was copied (no detail: the token never travels in an event).
 * @fires {SettingsSavedEvent} pe-saved - A new token was generated; the old one no longer works. `detail: { section: 'access-token', value: null }`.
 * @fires {SettingsFailedEvent} pe-failed - Fetching (`during: 'load'`) or regenerating (`during: 'save'`) the token failed. `detail: { section: 'access-token', during, error: SettingsError }`.
 * @fires {SessionExpiredEvent} pe-session-expired - The backend refused the credentials (expired, revoked, or replaced: `error.code === 'token-replaced'`); edits are kept, `detail.retry()` repeats what failed once the user is signed in again. `detail: { section, during, error, retry }`.
 *
 * @cssstate ready - The section is ready (the token itself is fetched only when asked for).
 * @cssstate saving - A new token is being generated.
 * @cssstate error - Fetching or regenerating the token failed.
 * @cssstate unsupported - The adapter can neither reveal nor reset the token: the element hides.
 *
 * @csspart section - The section's frame.
 * @csspart header - Title and description.
 * @csspart title - The section title ("Access token").
 * @csspart description - The text under the title.
 * @csspart token - The read-only field with the (hidden) token.
 * @csspart reveal - The "Show token" toggle.
 * @csspart copy - The "Copy" button.
 * @csspart regenerate - The "Regenerate token" button.
 * @csspart status - The polite live region ("Copied", "Press Ctrl+C to copy").
 * @csspart alert - A failure to fetch the token (with "Try again" when that can help), or, in the dialog, to regenerate it.
 * @csspart retry - The "Try again" button.
 * @csspart dialog - The confirmation dialog.
 * @csspart dialog-title - Its title.
 * @csspart dialog-text - Its warning.
 * @csspart dialog-cancel - Its "Cancel" button.
 * @csspart dialog-confirm - Its "Regenerate" button.
 *
 * @cssproperty [--pe-color-text] - Text colour.
 * @cssproperty [--pe-color-text-muted] - Secondary text.
 * @cssproperty [--pe-color-surface] - Background, also of the dialog.
 * @cssproperty [--pe-color-field] - Field background.
 * @cssproperty [--pe-color-border] - Borders.
 * @cssproperty [--pe-color-accent] - Focus ring, pressed toggle.
 * @cssproperty [--pe-color-on-accent] - Text on the accent colour.
 * @cssproperty [--pe-color-danger] - Errors and the confirm button.
 * @cssproperty [--pe-color-success] - "Copied".
 * @cssproperty [--pe-radius] - Corner radius.
 * @cssproperty [--pe-space] - The spacing unit (8px).
 * @cssproperty [--pe-font-family] - Font (inherits by default).
 * @cssproperty [--pe-font-size] - Base font size.
 * @cssproperty [--pe-focus-ring] - Box shadow of focused controls.
 * @cssproperty [--pe-form-max-width] - Widest the section grows (32rem).
 */
export class AccessToken extends SettingsSection<null> {
  static override styles = [themeStyles, formStyles, visuallyHidden, accessTokenStyles];
  static override properties = {
    maskAfter: { type: Number, attribute: 'mask-after' },
    token: { state: true, attribute: false },
  };

  /** Seconds a shown token stays visible before it is hidden again (0: until the user hides it). */
  maskAfter = 60;

  protected readonly section = 'access-token';

  /** The token, only while shown (or while being copied). */
  private token = '';

  private get dialog() {
    return this.renderRoot.querySelector('dialog')!;
  }
  private get field() {
    return this.renderRoot.querySelector('input')!;
  }

  #timer: ReturnType<typeof setTimeout> | undefined;
  /** What "Try again" repeats after the token could not be fetched. */
  #lastAction: (() => void) | undefined;
  readonly #onVisibility = () => document.hidden && this.#mask();

  /** Nothing to load: the token is fetched only when the user asks for it. */
  protected loadData(): Promise<null> {
    return Promise.resolve(null);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.#onVisibility);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#mask();
  }

  #show(token: string): void {
    this.token = token;
    clearTimeout(this.#timer);
    if (this.maskAfter > 0) this.#timer = setTimeout(() => this.#mask(), this.maskAfter * 1000);
  }

  #mask(): void {
    clearTimeout(this.#timer);
    this.token = '';
  }

  /** The token, from memory when shown, else from the adapter (undefined when that failed). */
  async #fetch(): Promise<string | undefined> {
    if (this.token) return this.token;
    if (!this.activeAdapter?.revealAccessToken) return undefined;
    const fetched = await this.call('load', (adapter, signal) => adapter.revealAccessToken!({ signal }));
    return fetched?.ok ? fetched.value : undefined;
  }

  #toggle = async (): Promise<void> => {
    this.#lastAction = this.#toggle;
    if (this.token) return this.#mask();
    const token = await this.#fetch();
    // The tab was hidden while the token was on its way: it stays masked (as a hidden tab masks it).
    if (token && !document.hidden) this.#show(token);
  };

  #copy = async (): Promise<void> => {
    this.#lastAction = this.#copy;
    const token = await this.#fetch();
    if (!token) return;
    try {
      await navigator.clipboard.writeText(token);
      this.dispatchEvent(new TokenCopiedEvent());
      await this.announce(msg('Copied'));
    } catch {
      // Refused (permissions, an insecure page, an embedding frame): let the user copy it by hand.
      this.#show(token);
      await this.updateComplete;
      this.field.focus();
      this.field.select();
      await this.announce(isApple() ? msg('Press ⌘C to copy') : msg('Press Ctrl+C to copy'));
    }
  };

  #openDialog(): void {
    if (this.failedDuring === 'save') this.error = this.failedDuring = undefined;
    this.dialog.showModal();
  }

  #closeDialog(): void {
    this.dialog.close();
  }

  async #reset(): Promise<void> {
    if (this.status === 'saving') return;
    const reset = await this.save((adapter, signal) => adapter.resetAccessToken!({ signal }), {
      secret: true,
    });
    if (!reset?.ok) return;
    // Shown only to someone looking: a reset that finished in a hidden tab leaves it masked ("Show token").
    if (!document.hidden) this.#show(reset.value);
    this.dialog.close();
    await this.announce(msg('New token generated. The old one no longer works: update your integrations.'));
    this.renderRoot.querySelector<HTMLElement>('[part~="copy"]')?.focus();
  }

  protected renderSection() {
    const adapter = this.activeAdapter;
    const shown = !!this.token;
    const canSee = shown || !!adapter?.revealAccessToken;
    const resetting = this.status === 'saving';
    const error = this.error;
    // The reset failed in a way another try cannot fix (signed out, or the token already replaced).
    const hopeless =
      !!error && this.failedDuring === 'save' && !error.retryable && error.kind !== 'validation';
    return html`<section part="section" aria-labelledby="title">
      <header part="header">
        <h2 id="title" part="title">${msg('Access token')}</h2>
        <p part="description">
          ${msg('This token can be used if you are building an API based integration.')}
        </p>
      </header>
      <div class="row">
        <input
          part="token"
          dir="ltr"
          readonly
          spellcheck="false"
          autocomplete="off"
          aria-labelledby="title"
          aria-describedby=${shown ? nothing : 'masked'}
          .value=${shown ? this.token : MASK}
          @copy=${() => shown && this.dispatchEvent(new TokenCopiedEvent())}
        />
        <span id="masked" class="visually-hidden">${msg('Hidden')}</span>
        ${
          canSee
            ? html`<button type="button" part="reveal" aria-pressed=${shown} @click=${this.#toggle}>
                  ${msg('Show token')}
                </button>
                <button type="button" part="copy" @click=${this.#copy}>${msg('Copy')}</button>`
            : nothing
        }
        <p part="status" role="status" class="success">${this.announcement}</p>
      </div>
      ${error && this.failedDuring === 'load' ? sectionAlert(error, () => void this.#lastAction?.()) : nothing}
      ${
        adapter?.resetAccessToken
          ? html`<div>
              <button type="button" part="regenerate" @click=${this.#openDialog}>
                ${msg('Regenerate token')}
              </button>
            </div>`
          : nothing
      }
      <dialog part="dialog" aria-labelledby="dialog-title" aria-describedby="dialog-text">
        <h3 id="dialog-title" part="dialog-title">${msg('Regenerate your access token?')}</h3>
        <p id="dialog-text" part="dialog-text">
          ${msg('The current token stops working at once. Integrations that use it will fail until you give them the new one.')}
        </p>
        ${
          error && this.failedDuring === 'save'
            ? html`<p class="error" part="alert" role="alert">${errorMessage(error)}</p>`
            : nothing
        }
        <div class="actions">
          <button type="button" part="dialog-cancel" autofocus @click=${this.#closeDialog}>
            ${hopeless ? msg('Close') : msg('Cancel')}
          </button>
          ${
            hopeless
              ? nothing
              : html`<button
                  type="button"
                  part="dialog-confirm"
                  class="danger"
                  aria-disabled=${resetting}
                  @click=${this.#reset}
                >
                  ${resetting ? msg('Regenerating…') : msg('Regenerate')}
                </button>`
          }
        </div>
      </dialog>
    </section>`;
  }
}
