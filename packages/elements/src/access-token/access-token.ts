import { LitElement, html, nothing } from 'lit';
import { ContextConsumer } from '@lit/context';
import { msg, updateWhenLocaleChanges } from '../shared/localize.js';
import { SettingsError, isSettingsError, type SettingsAdapter } from '@profile-elements/core';
import { adapterContext } from '../shared/adapter-context.js';
import { SettingsFailedEvent, SettingsSavedEvent } from '../shared/events.js';
import { errorMessage } from '../shared/error-message.js';
import { themeStyles } from '../shared/theme.styles.js';
import { formStyles, visuallyHidden } from '../shared/form.styles.js';
import { accessTokenStyles } from './access-token.styles.js';
import { TokenCopiedEvent } from './access-token-events.js';

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
 * @fires pe-token-copied - The token was copied (no detail: the token never travels in an event).
 * @fires pe-saved - A new token was generated; the old one no longer works. `detail: { section: 'access-token', value: null }`.
 * @fires pe-failed - Fetching (`during: 'load'`) or regenerating (`during: 'save'`) the token failed. `detail: { section, during, error }`.
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
 * @csspart error - A failure to fetch or regenerate the token.
 * @csspart dialog - The confirmation dialog.
 * @csspart dialog-title - Its title.
 * @csspart dialog-text - Its warning.
 * @csspart cancel - Its "Cancel" button.
 * @csspart confirm - Its "Regenerate" button.
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
export class AccessToken extends LitElement {
  static override styles = [themeStyles, formStyles, visuallyHidden, accessTokenStyles];
  static override properties = {
    adapter: { attribute: false },
    maskAfter: { type: Number, attribute: 'mask-after' },
    token: { state: true, attribute: false },
    resetting: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    error: { state: true, attribute: false },
    dialogError: { state: true, attribute: false },
  };

  /** The backend to use. When unset, the nearest `<settings-provider>` or `<profile-settings>` supplies it. */
  adapter: SettingsAdapter | undefined;

  /** Seconds a shown token stays visible before it is hidden again (0: until the user hides it). */
  maskAfter = 60;

  /** The token, only while shown (or while being copied). */
  private token = '';
  private resetting = false;
  private announcement = '';
  private error = '';
  private dialogError = '';

  private get dialog() {
    return this.renderRoot.querySelector('dialog')!;
  }
  private get field() {
    return this.renderRoot.querySelector('input')!;
  }

  readonly #context = new ContextConsumer(this, { context: adapterContext, subscribe: true });
  readonly #internals = this.attachInternals();
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #onVisibility = () => document.hidden && this.#mask();

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  get #adapter(): SettingsAdapter | undefined {
    return this.adapter ?? this.#context.value;
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

  protected override willUpdate(): void {
    const adapter = this.#adapter;
    // Without a way to see or renew the token, there is nothing to show: the element hides.
    if (adapter && !adapter.revealAccessToken && !adapter.resetAccessToken)
      this.#internals.states?.add('unsupported');
    else this.#internals.states?.delete('unsupported');
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

  /** Says `text` politely; said again even when it is the same as last time. */
  async #announce(text: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = text;
  }

  /** The token, from memory when shown, else from the adapter (undefined when that failed). */
  async #fetch(): Promise<string | undefined> {
    if (this.token) return this.token;
    const adapter = this.#adapter;
    if (!adapter?.revealAccessToken) return undefined;
    this.error = '';
    try {
      return await adapter.revealAccessToken();
    } catch (e) {
      this.#fail(e, 'load');
      return undefined;
    }
  }

  async #toggle(): Promise<void> {
    if (this.token) return this.#mask();
    const token = await this.#fetch();
    if (token) this.#show(token);
  }

  async #copy(): Promise<void> {
    const token = await this.#fetch();
    if (!token) return;
    try {
      await navigator.clipboard.writeText(token);
      this.dispatchEvent(new TokenCopiedEvent());
      await this.#announce(msg('Copied'));
    } catch {
      // Refused (permissions, an insecure page, an embedding frame): let the user copy it by hand.
      this.#show(token);
      await this.updateComplete;
      this.field.focus();
      this.field.select();
      await this.#announce(
        /Mac|iPhone|iPad/.test(navigator.userAgent) ? msg('Press ⌘C to copy') : msg('Press Ctrl+C to copy'),
      );
    }
  }

  #openDialog(): void {
    this.dialogError = '';
    this.dialog.showModal();
  }

  #closeDialog(): void {
    this.dialog.close();
  }

  async #reset(): Promise<void> {
    const adapter = this.#adapter;
    if (this.resetting || !adapter?.resetAccessToken) return;
    this.resetting = true;
    this.dialogError = '';
    try {
      const token = await adapter.resetAccessToken();
      this.#show(token);
      this.dialog.close();
      this.dispatchEvent(new SettingsSavedEvent({ section: 'access-token', value: null }));
      await this.#announce(
        msg('New token generated. The old one no longer works: update your integrations.'),
      );
      this.renderRoot.querySelector<HTMLElement>('[part~="copy"]')?.focus();
    } catch (e) {
      this.dialogError = this.#fail(e, 'save');
    } finally {
      this.resetting = false;
    }
  }

  #fail(e: unknown, during: 'load' | 'save'): string {
    const error = isSettingsError(e) ? e : new SettingsError('server', String(e), { cause: e });
    this.dispatchEvent(new SettingsFailedEvent({ section: 'access-token', during, error }));
    const text = errorMessage(error);
    if (during === 'load') this.error = text;
    return text;
  }

  protected override render() {
    const adapter = this.#adapter;
    const shown = !!this.token;
    const canSee = shown || !!adapter?.revealAccessToken;
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
      ${this.error ? html`<p part="error" class="error" role="alert">${this.error}</p>` : nothing}
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
        ${this.dialogError ? html`<p class="error" part="error" role="alert">${this.dialogError}</p>` : nothing}
        <div class="actions">
          <button type="button" part="cancel" autofocus @click=${this.#closeDialog}>${msg('Cancel')}</button>
          <button
            type="button"
            part="confirm"
            class="danger"
            aria-disabled=${this.resetting}
            @click=${this.#reset}
          >
            ${this.resetting ? msg('Regenerating…') : msg('Regenerate')}
          </button>
        </div>
      </dialog>
    </section>`;
  }
}
