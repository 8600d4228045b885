import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import {
  checkDisplayName,
  checkEmail,
  checkName,
  diffProfile,
  type FieldErrors,
  type Profile,
  type ProfilePatch,
  type SettingsAdapter,
} from '@profile-elements/core';
import { SectionController } from '../shared/section-controller.js';
import { SettingsDirtyChangeEvent } from '../shared/events.js';
import { FieldFeedback } from '../shared/field-feedback.js';
import { textField } from '../shared/text-field.js';
import { errorMessage } from '../shared/error-message.js';
import { themeStyles } from '../shared/theme.styles.js';
import { formStyles, visuallyHidden } from '../shared/form.styles.js';
import { profileDetailsStyles } from './profile-details.styles.js';

type Draft = Required<ProfilePatch>;
type Field = keyof Draft;
const FIELDS: Field[] = ['name', 'displayName', 'email'];

const draftOf = (p: Profile): Draft => ({ name: p.name, displayName: p.displayName, email: p.email });

/** Initials of the first and last word of the name, for when there is no profile image. */
function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  const ends = words.length > 1 ? [words[0]!, words.at(-1)!] : words;
  return ends.map((word) => [...word][0]!.toUpperCase()).join('');
}

/**
 * The Profile section: full name, display name and email, saved with "Update Profile".
 * Validates as the user types once they have left a field (and on submit), puts the server's
 * field errors on their fields, keeps every edit when a save fails, and never submits twice.
 *
 * @summary Edit the signed-in user's name, display name and email.
 * @tagname profile-details
 *
 * @fires pe-saved - The profile was saved. `detail: { section: 'profile', value: Profile }`.
 * @fires pe-failed - Loading or saving failed. `detail: { section, during: 'load' | 'save', error: SettingsError }`.
 * @fires pe-dirty-change - Unsaved edits appeared or went away. `detail: { section, dirty }`.
 *
 * @csspart section - The section's frame.
 * @csspart header - Title and description.
 * @csspart title - The section title ("Profile").
 * @csspart description - The text under the title.
 * @csspart form - The form.
 * @csspart avatar - The profile image, or the initials when there is none.
 * @csspart field - Each field's wrapper; also `field-name`, `field-displayName`, `field-email`.
 * @csspart label - Each field's label.
 * @csspart input - Each text input.
 * @csspart hint - Each field's help text.
 * @csspart field-error - Each field's error message.
 * @csspart pending-email - The note about an email change that waits for confirmation.
 * @csspart alert - A load or save failure, with its retry button.
 * @csspart retry - The "Try again" button.
 * @csspart submit - The "Update Profile" button.
 * @csspart status - The polite live region that announces the result ("Your profile has been updated successfully").
 *
 * @cssproperty [--pe-color-text] - Text colour.
 * @cssproperty [--pe-color-text-muted] - Secondary text (hints, descriptions).
 * @cssproperty [--pe-color-surface] - Background behind the section.
 * @cssproperty [--pe-color-field] - Input background.
 * @cssproperty [--pe-color-border] - Borders of inputs and buttons.
 * @cssproperty [--pe-color-accent] - Primary button, focus ring, links.
 * @cssproperty [--pe-color-on-accent] - Text on the accent colour.
 * @cssproperty [--pe-color-danger] - Errors.
 * @cssproperty [--pe-color-success] - Success messages.
 * @cssproperty [--pe-radius] - Corner radius.
 * @cssproperty [--pe-space] - The spacing unit (8px).
 * @cssproperty [--pe-font-family] - Font (inherits by default).
 * @cssproperty [--pe-font-size] - Base font size.
 * @cssproperty [--pe-focus-ring] - Box shadow of focused controls.
 * @cssproperty [--pe-form-max-width] - Widest a form grows (32rem).
 * @cssproperty [--pe-avatar-size] - Diameter of the profile image (72px).
 */
export class ProfileDetails extends LitElement {
  static override styles = [themeStyles, formStyles, visuallyHidden, profileDetailsStyles];

  /** The backend to use. When unset, the nearest `<settings-provider>` or `<profile-settings>` supplies it. */
  @property({ attribute: false }) adapter: SettingsAdapter | undefined;

  @state() private draft: Draft = { name: '', displayName: '', email: '' };
  @state() private announcement = '';

  readonly #section = new SectionController<Profile>(this, {
    section: 'profile',
    load: (adapter, signal) => adapter.loadProfile({ signal }),
  });
  readonly #feedback = new FieldFeedback<Field>();
  #wasDirty = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** Whether there are edits that are not saved yet. */
  get dirty(): boolean {
    const profile = this.#section.value;
    return !!profile && Object.keys(diffProfile(profile, this.draft)).length > 0;
  }

  protected override willUpdate(): void {
    // A newly loaded profile replaces the draft; a failed save leaves it alone (the edits are the user's).
    const profile = this.#section.value;
    if (profile && profile !== this.#draftSource) this.#resetDraft(profile);
  }

  protected override updated(): void {
    const dirty = this.dirty;
    if (dirty !== this.#wasDirty) {
      this.#wasDirty = dirty;
      this.dispatchEvent(new SettingsDirtyChangeEvent({ section: 'profile', dirty }));
    }
  }

  /** The profile the draft was taken from. */
  #draftSource: Profile | undefined;

  #resetDraft(profile: Profile) {
    this.#draftSource = profile;
    this.draft = draftOf(profile);
    this.#feedback.reset();
  }

  /** The client-side rule's message for a field, whether or not it is time to show it. */
  #clientError(field: Field): string | null {
    const value = this.draft[field];
    const tooLong = msg('Use at most 255 characters.');
    switch (field) {
      case 'name': {
        const v = checkName(value);
        return v === 'required' ? msg('Enter your full name.') : v ? tooLong : null;
      }
      case 'displayName':
        return checkDisplayName(value) ? tooLong : null;
      case 'email': {
        const v = checkEmail(value);
        if (v === 'required') return msg('Enter your email address.');
        if (v === 'too-long') return tooLong;
        return v ? msg('Enter an email address like name@example.com.') : null;
      }
    }
  }

  #errorFor(field: Field) {
    return this.#feedback.message(field, this.#clientError(field));
  }

  #onInput(field: Field, value: string) {
    this.#feedback.edit(field);
    this.announcement = '';
    this.draft = { ...this.draft, [field]: value };
  }

  #onBlur(field: Field) {
    const profile = this.#section.value;
    if (profile && this.draft[field] !== draftOf(profile)[field]) {
      this.#feedback.touch(field);
      this.requestUpdate();
    }
  }

  async #submit(event?: Event) {
    event?.preventDefault();
    const profile = this.#section.value;
    if (!profile || this.#section.status === 'saving') return;
    this.#feedback.submitted = true;
    this.announcement = '';
    if (FIELDS.some((f) => this.#clientError(f))) return this.#focusFirstError();
    const patch = diffProfile(profile, this.draft);
    if (!Object.keys(patch).length) return;
    const saved = await this.#section.save((adapter) => adapter.updateProfile(patch));
    if (saved) {
      this.#resetDraft(saved);
      this.announcement = msg('Your profile has been updated successfully');
      return;
    }
    const fields = this.#section.error?.fields ?? {};
    this.#feedback.setServerErrors(firstMessages(fields));
    this.requestUpdate();
    if (FIELDS.some((f) => fields[f]?.length)) await this.#focusFirstError();
  }

  async #focusFirstError() {
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input[aria-invalid="true"]')?.focus();
  }

  protected override render() {
    const section = this.#section;
    return html`<section
      part="section"
      aria-labelledby="title"
      aria-busy=${section.status === 'loading' ? 'true' : 'false'}
    >
      <header part="header">
        <h2 id="title" part="title">${msg('Profile')}</h2>
        <p part="description">
          ${msg('Your name and email address, as your team and your customers see them.')}
        </p>
      </header>
      ${
        section.value
          ? this.#renderForm(section.value)
          : section.status === 'error'
            ? this.#renderAlert(() => section.load())
            : this.#renderSkeleton()
      }
    </section>`;
  }

  #renderSkeleton() {
    return html`<div part="form" class="loading" role="status">
      <span class="visually-hidden">${msg('Loading your profile…')}</span>
      <div class="skeleton avatar-skeleton"></div>
      <div class="skeleton"></div>
      <div class="skeleton"></div>
      <div class="skeleton"></div>
    </div>`;
  }

  #renderAlert(retry: () => void) {
    const error = this.#section.error!;
    return html`<div part="alert" role="alert">
      <p>${errorMessage(error)}</p>
      ${
        error.retryable
          ? html`<button type="button" part="retry" @click=${retry}>${msg('Try again')}</button>`
          : nothing
      }
    </div>`;
  }

  #renderForm(profile: Profile) {
    const saving = this.#section.status === 'saving';
    const saveFailed = this.#section.status === 'error' && this.#section.failedDuring === 'save';
    const field = (
      id: Field,
      label: string,
      autocomplete: string,
      extra: { type?: 'email'; hint?: string; required?: boolean } = {},
    ) =>
      textField({
        id,
        label,
        autocomplete,
        ...extra,
        value: this.draft[id],
        error: this.#errorFor(id),
        onInput: (value) => this.#onInput(id, value),
        onBlur: () => this.#onBlur(id),
      });
    return html`<form part="form" novalidate @submit=${this.#submit}>
      ${
        profile.avatarUrl
          ? html`<img
              part="avatar"
              class="avatar"
              src=${profile.avatarUrl}
              alt=${msg('Your profile image')}
            />`
          : html`<span
              part="avatar"
              class="avatar"
              role="img"
              aria-label=${msg('Your initials (no profile image)')}
              >${initialsOf(profile.name) || '?'}</span
            >`
      }
      ${field('name', msg('Your full name'), 'name', { required: true })}
      ${field('displayName', msg('Display name'), 'nickname', { hint: msg('The name customers see on your replies in the chat.') })}
      ${field('email', msg('Your email address'), 'email', { type: 'email', required: true, hint: msg('The address you sign in with.') })}
      ${
        profile.pendingEmail
          ? html`<p part="pending-email" class="pending">
              ${msg(str`Check ${profile.pendingEmail} for a confirmation link. Until you confirm it, keep signing in with ${profile.email}.`)}
            </p>`
          : nothing
      }
      ${saveFailed && !hasFieldErrors(this.#section.error!.fields) ? this.#renderAlert(() => void this.#submit()) : nothing}
      <div class="actions">
        <button
          type="submit"
          part="submit"
          class="primary"
          ?disabled=${!this.dirty && !saving}
          aria-disabled=${saving ? 'true' : 'false'}
        >
          ${saving ? msg('Saving…') : msg('Update Profile')}
        </button>
        <p part="status" role="status" class="success">${this.announcement}</p>
      </div>
    </form>`;
  }
}

const hasFieldErrors = (fields: FieldErrors) => Object.values(fields).some((m) => m?.length);

function firstMessages(fields: FieldErrors): Partial<Record<Field, string>> {
  const out: Partial<Record<Field, string>> = {};
  for (const f of FIELDS) if (fields[f]?.length) out[f] = fields[f]!.join(' ');
  return out;
}
