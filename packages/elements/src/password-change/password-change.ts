import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '../shared/localize.js';
import {
  checkPassword,
  type PasswordChange as Change,
  type Profile,
  type SettingsAdapter,
} from '@profile-elements/core';
import { SettingsSection } from '../section/settings-section.js';
import { adoptScopedStyles } from '../shared/light-dom-styles.js';
import { kebabCase } from '../shared/text-field.js';
import { themeStyles } from '../shared/theme.styles.js';
import { formStyles, visuallyHidden } from '../shared/form.styles.js';
import { passwordChangeStyles } from './password-change.styles.js';
import { passwordRules } from './password-rules.js';

type Field = keyof Change;
const FIELDS: Field[] = ['currentPassword', 'password', 'passwordConfirmation'];
const EMPTY: Change = { currentPassword: '', password: '', passwordConfirmation: '' };
const STYLES = [themeStyles, formStyles, visuallyHidden, passwordChangeStyles];

let instances = 0;

/**
 * The Password section: current, new and confirmed password, with a live checklist of the adapter's
 * `passwordPolicy`, show/hide toggles and "Change password".
 *
 * Password managers must see these inputs, and browser extensions cannot look into shadow roots: so
 * this element renders into its own **light DOM**, as a real `<form>` with `autocomplete`
 * `current-password` / `new-password` and the account's email in a (visually hidden, read-only)
 * `username` field. Ids are unique per instance. Its styles are adopted by the document, scoped to
 * `password-change` inside `@layer profile-elements`: the `--pe-*` properties theme it, and its nodes
 * can be styled directly, e.g. `password-change [part~='submit']` (parts are attributes here; `::part()`
 * applies only inside `<profile-settings>`' shadow root).
 *
 * Passwords live only in the inputs and this element's memory while typed: never in an event, a draft,
 * storage or a log. They are cleared after a successful change. Without `changePassword` on the
 * adapter, the element renders nothing (`:state(unsupported)`).
 *
 * @summary Change the signed-in user's password; works with password managers.
 * @tagname password-change
 *
 * @fires {SettingsSavedEvent} pe-saved - The password was changed. `detail: { section: 'password', value: null }` (never the password).
 * @fires {SettingsFailedEvent} pe-failed - Loading the account or changing the password failed. `detail: { section: 'password', during: 'load' | 'save', error: SettingsError }`.
 * @fires {SettingsDirtyChangeEvent} pe-dirty-change - Typed passwords appeared or were cleared. `detail: { section: 'password', dirty }`.
 * @fires {SettingsLeaveEvent} pe-before-leave - The page is about to unload with unsaved work here; cancelable: `preventDefault()` lets the page go without the browser's "Leave site?". `detail: { section }`.
 * @fires {SessionExpiredEvent} pe-session-expired - The backend refused the credentials (expired, revoked, or replaced: `error.code === 'token-replaced'`); edits are kept, `detail.retry()` repeats what failed once the user is signed in again. `detail: { section, during, error, retry }`.
 *
 * @cssstate loading - The account is loading.
 * @cssstate ready - The form shows.
 * @cssstate saving - The change is being sent.
 * @cssstate dirty - A password field has text in it.
 * @cssstate error - The last load or change failed.
 * @cssstate unsupported - The adapter has no `changePassword`: the element renders nothing and hides.
 *
 * @csspart section - The section's frame.
 * @csspart header - Title and description.
 * @csspart title - The section title ("Password").
 * @csspart description - The text under the title.
 * @csspart form - The form (also the loading placeholder).
 * @csspart skeleton - Each placeholder bar while the account loads.
 * @csspart field - Each field's wrapper.
 * @csspart field-current-password - The current password field's wrapper (also `field`).
 * @csspart field-password - The new password field's wrapper (also `field`).
 * @csspart field-password-confirmation - The confirmation field's wrapper (also `field`).
 * @csspart label - Each field's label.
 * @csspart input - Each password input.
 * @csspart reveal - Each "Show password" button (`aria-pressed` says whether the password shows).
 * @csspart field-error - Each field's error message.
 * @csspart rules - The checklist of the password policy.
 * @csspart rules-title - The checklist's title.
 * @csspart rule - Each checklist item.
 * @csspart rule-met - A checklist item the typed new password meets (also `rule`).
 * @csspart rule-unmet - A checklist item the typed new password does not meet yet (also `rule`).
 * @csspart alert - A load or save failure, with its retry button.
 * @csspart retry - The "Try again" button.
 * @csspart submit - The "Change password" button.
 * @csspart status - The polite live region that announces the result.
 *
 * @cssproperty [--pe-color-text] - Text colour.
 * @cssproperty [--pe-color-text-muted] - Secondary text, rules not yet checked, the toggles.
 * @cssproperty [--pe-color-field] - Input background.
 * @cssproperty [--pe-color-border] - Borders of inputs and buttons.
 * @cssproperty [--pe-color-accent] - Primary button, focus ring.
 * @cssproperty [--pe-color-on-accent] - Text on the accent colour.
 * @cssproperty [--pe-color-danger] - Errors, rules not met.
 * @cssproperty [--pe-color-success] - Success message, rules met.
 * @cssproperty [--pe-radius] - Corner radius.
 * @cssproperty [--pe-space] - The spacing unit (8px).
 * @cssproperty [--pe-font-family] - Font (inherits by default).
 * @cssproperty [--pe-font-size] - Base font size.
 * @cssproperty [--pe-focus-ring] - Box shadow of focused controls.
 * @cssproperty [--pe-form-max-width] - Widest the form grows (32rem).
 */
export class PasswordChange extends SettingsSection<Profile, Field> {
  static override properties = {
    values: { state: true, attribute: false },
    shown: { state: true, attribute: false },
  };

  protected readonly section = 'password';
  protected override readonly fields = FIELDS;

  private values: Change = EMPTY;
  private shown: Partial<Record<Field, boolean>> = {};

  readonly #id = `pe-password-${++instances}`;

  /** The account's email is the username password managers file the new password under. */
  protected loadData(adapter: SettingsAdapter, signal: AbortSignal): Promise<Profile> {
    return adapter.loadProfile({ signal });
  }

  /** Renders into the element itself (light DOM), where password managers can find the inputs. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptScopedStyles(this, STYLES);
  }

  /** Whether any password field has text in it. */
  override get dirty(): boolean {
    return FIELDS.some((f) => this.values[f]);
  }

  protected override clientError(field: Field): string | null {
    const { currentPassword, password, passwordConfirmation } = this.values;
    const policy = this.activeAdapter?.passwordPolicy;
    switch (field) {
      case 'currentPassword':
        return currentPassword ? null : msg('Enter your current password.');
      case 'password':
        if (!password) return msg('Enter a new password.');
        return policy && checkPassword(policy, password).failed.length
          ? msg('Choose a password that meets every rule below.')
          : null;
      case 'passwordConfirmation':
        if (!passwordConfirmation) return msg('Enter the new password again.');
        return passwordConfirmation === password ? null : msg("The passwords don't match.");
    }
  }

  #onInput(field: Field, value: string) {
    this.feedback.edit(field);
    // The server judges the confirmation against the password: a new password voids both verdicts.
    if (field === 'password') this.feedback.edit('passwordConfirmation');
    this.announcement = '';
    this.values = { ...this.values, [field]: value };
  }

  #onBlur(field: Field) {
    if (this.values[field]) {
      this.feedback.touch(field);
      this.requestUpdate();
    }
  }

  #toggle(field: Field) {
    this.shown = { ...this.shown, [field]: !this.shown[field] };
  }

  async #submit(event: Event) {
    event.preventDefault();
    if (!this.data || this.status === 'saving') return;
    this.announcement = '';
    if (!this.validate()) return;
    const change = this.values;
    // Masked again before anything leaves, so a password manager sees password fields on submit.
    this.shown = {};
    const saved = await this.save((adapter, signal) => adapter.changePassword!(change, { signal }), {
      secret: true,
    });
    if (!saved?.ok) return;
    this.values = EMPTY;
    this.feedback.reset();
    this.announcement = msg('Your password has been changed');
    // The fields just emptied; continue from the button that did it.
    await this.updateComplete;
    this.querySelector<HTMLElement>('[part~="submit"]')!.focus();
  }

  protected renderSection() {
    const id = this.#id;
    return html`<section part="section" aria-labelledby="${id}-title" aria-busy=${this.status === 'loading'}>
      <header part="header">
        <h2 id="${id}-title" part="title" tabindex="-1">${msg('Password')}</h2>
        <p part="description">${msg('Choose a strong password that you do not use anywhere else.')}</p>
      </header>
      ${
        this.data
          ? this.#renderForm(this.data)
          : this.status === 'error'
            ? this.renderAlert()
            : html`<div part="form" class="loading" role="status">
                <span class="visually-hidden">${msg('Loading…')}</span>
                <div part="skeleton" class="skeleton"></div>
                <div part="skeleton" class="skeleton"></div>
                <div part="skeleton" class="skeleton"></div>
              </div>`
      }
    </section>`;
  }

  #renderField(field: Field, label: string, toggleLabel: string, autocomplete: string, describedBy = '') {
    const id = `${this.#id}-${field}`;
    const error = this.errorFor(field);
    const shown = !!this.shown[field];
    return html`<div class="field" part="field field-${kebabCase(field)}">
      <label for=${id} part="label">${label}</label>
      <div class="password">
        <input
          id=${id}
          name=${field}
          part="input"
          type=${shown ? 'text' : 'password'}
          dir="ltr"
          autocomplete=${autocomplete}
          autocapitalize="off"
          spellcheck="false"
          required
          aria-invalid=${!!error}
          aria-describedby=${[describedBy, error ? `${id}-error` : ''].join(' ').trim() || nothing}
          .value=${live(this.values[field])}
          @input=${(e: Event) => this.#onInput(field, (e.target as HTMLInputElement).value)}
          @blur=${() => this.#onBlur(field)}
        />
        <button
          type="button"
          part="reveal"
          class="toggle"
          aria-label=${toggleLabel}
          aria-controls=${id}
          aria-pressed=${shown}
          @click=${() => this.#toggle(field)}
        >
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
            <path d="M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12z" />
            <circle cx="12" cy="12" r="3" />
            <path class="slash" d="M4 4l16 16" />
          </svg>
        </button>
      </div>
      ${error ? html`<p id="${id}-error" class="error" part="field-error">${error}</p>` : nothing}
    </div>`;
  }

  #renderForm(profile: Profile) {
    const id = this.#id;
    const saving = this.status === 'saving';
    const policy = this.activeAdapter?.passwordPolicy;
    const typed = !!this.values.password;
    // `method="post"`: should a submit ever go through to the browser, passwords stay out of the URL.
    return html`<form part="form" method="post" novalidate @submit=${this.#submit}>
      <input
        class="visually-hidden"
        type="text"
        name="username"
        autocomplete="username"
        .value=${profile.email}
        readonly
        tabindex="-1"
        aria-hidden="true"
      />
      ${this.#renderField('currentPassword', msg('Current password'), msg('Show current password'), 'current-password')}
      ${this.#renderField('password', msg('New password'), msg('Show new password'), 'new-password', policy ? `${id}-rules` : '')}
      ${
        policy
          ? html`<div class="rules" part="rules">
              <p id="${id}-rules-title" part="rules-title">${msg('Your new password needs')}</p>
              <ul id="${id}-rules" role="list" aria-labelledby="${id}-rules-title">
                ${passwordRules(policy, this.values.password).map(
                  (rule) =>
                    html`<li part="rule ${typed ? (rule.met ? 'rule-met' : 'rule-unmet') : ''}">
                      ${rule.text}<span class="visually-hidden">
                        ${rule.met ? msg('(met)') : msg('(not met)')}</span
                      >
                    </li>`,
                )}
              </ul>
            </div>`
          : nothing
      }
      ${this.#renderField('passwordConfirmation', msg('Confirm new password'), msg('Show confirmed password'), 'new-password')}
      ${this.renderAlert(() => this.#resubmit())}
      <div class="actions">
        <button type="submit" part="submit" class="primary" aria-disabled=${saving}>
          ${saving ? msg('Changing password…') : msg('Change password')}
        </button>
        <p part="status" role="status" class="success">${this.announcement}</p>
      </div>
    </form>`;
  }

  #resubmit() {
    this.querySelector('form')!.requestSubmit();
  }
}
