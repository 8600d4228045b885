import { LitElement, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '../shared/localize.js';
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
import { sectionAlert } from '../shared/section-alert.js';
import { themeStyles } from '../shared/theme.styles.js';
import { formStyles, visuallyHidden } from '../shared/form.styles.js';
import { profileDetailsStyles } from './profile-details.styles.js';
import { AvatarField } from './avatar-field.js';

type Draft = Required<ProfilePatch>;
type Field = keyof Draft;
const FIELDS: Field[] = ['name', 'displayName', 'email'];

const draftOf = (p: Profile): Draft => ({ name: p.name, displayName: p.displayName, email: p.email });

/**
 * The Profile section: profile image, full name, display name and email, saved with "Update Profile".
 * Validates as the user types once they have left a field (and on submit), puts the server's
 * field errors on their fields, keeps every edit when a save fails, and never submits twice.
 *
 * The profile image is chosen with a button, dropped onto the image, or pasted; it is checked (JPEG,
 * PNG or GIF, at most 15 MB), cropped to a centred square of at most 512 px on the device and shown as
 * a preview. Like the text fields, it is saved by "Update Profile" (with an upload progress bar), so
 * the section has one way to save and a picked image can still be discarded. Removing the image asks
 * for confirmation in a dialog and happens at once. Image controls appear only when the adapter has
 * `uploadAvatar` / `removeAvatar`.
 *
 * @summary Edit the signed-in user's profile image, name, display name and email.
 * @tagname profile-details
 *
 * @fires pe-saved - The profile was saved (or its image uploaded or removed). `detail: { section: 'profile', value: Profile }`.
 * @fires pe-failed - Loading or saving failed. `detail: { section, during: 'load' | 'save', error: SettingsError }`.
 * @fires pe-dirty-change - Unsaved edits (or a picked image) appeared or went away. `detail: { section, dirty }`.
 *
 * @csspart section - The section's frame.
 * @csspart header - Title and description.
 * @csspart title - The section title ("Profile").
 * @csspart description - The text under the title.
 * @csspart form - The form.
 * @csspart avatar-field - The profile image with its buttons; also the drop zone.
 * @csspart avatar - The profile image, the initials when there is none, or the preview of a picked image.
 * @csspart avatar-preview - The preview of a picked image that is not saved yet (also `avatar`).
 * @csspart avatar-choose - The "Choose image" / "Change image" button.
 * @csspart avatar-discard - The "Discard new image" button (while a picked image waits).
 * @csspart avatar-remove - The "Remove image" button.
 * @csspart avatar-hint - The accepted types and size (also `hint`).
 * @csspart avatar-progress - The upload progress bar.
 * @csspart avatar-error - Why an image was refused (also `field-error`).
 * @csspart dialog - The "Remove your profile image?" dialog.
 * @csspart dialog-title - The dialog's question.
 * @csspart dialog-text - The dialog's explanation.
 * @csspart dialog-cancel - The dialog's "Cancel" button.
 * @csspart dialog-confirm - The dialog's "Remove image" button.
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
 * @cssproperty [--pe-color-surface] - Background behind the section (and of the dialog).
 * @cssproperty [--pe-color-field] - Input background.
 * @cssproperty [--pe-color-border] - Borders of inputs and buttons.
 * @cssproperty [--pe-color-accent] - Primary button, focus ring, links, the drop zone and progress bar.
 * @cssproperty [--pe-color-on-accent] - Text on the accent and danger colours.
 * @cssproperty [--pe-color-danger] - Errors, the "Remove image" confirmation.
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
  static override properties = {
    adapter: { attribute: false },
    draft: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** The backend to use. When unset, the nearest `<settings-provider>` or `<profile-settings>` supplies it. */
  adapter: SettingsAdapter | undefined;

  private draft: Draft = { name: '', displayName: '', email: '' };
  private announcement = '';

  readonly #section = new SectionController<Profile>(this, {
    section: 'profile',
    load: (adapter, signal) => adapter.loadProfile({ signal }),
  });
  readonly #feedback = new FieldFeedback<Field>();
  readonly #avatar = new AvatarField(this, () => this.#askRemove());
  /** What "Try again" in the failure banner repeats; unset when the banner has nothing to show. */
  #retry: (() => void) | undefined;
  #removing = false;
  #wasDirty = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** Whether there are edits (or a picked image) that are not saved yet. */
  get dirty(): boolean {
    const profile = this.#section.value;
    return !!profile && (!!this.#avatar.staged || Object.keys(diffProfile(profile, this.draft)).length > 0);
  }

  protected override willUpdate(): void {
    const profile = this.#section.value;
    const source = this.#draftSource;
    if (!profile || profile === source) return;
    if (source?.id !== profile.id) return this.#resetDraft(profile);
    // A newer profile of the same user (an image saved or removed, the adapter swapped): fields the
    // user has not edited follow it, their edits stay.
    const [was, edited] = [draftOf(source), this.draft];
    this.#draftSource = profile;
    this.draft = draftOf(profile);
    for (const f of FIELDS) if (edited[f] !== was[f]) this.draft[f] = edited[f];
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

  /**
   * Saves what changed: first the picked image (when there is one), then the changed fields. A
   * failure stops there and keeps everything not saved yet, so "Try again" or a fix sends only that.
   */
  async #submit(event?: Event) {
    event?.preventDefault();
    const section = this.#section;
    const profile = section.value;
    if (!profile || section.status === 'saving' || !this.dirty) return;
    this.#feedback.submitted = true;
    this.announcement = '';
    this.#retry = undefined;
    if (FIELDS.some((f) => this.#clientError(f))) return this.#focusFirstError();
    const avatar = this.#avatar;
    const file = avatar.staged?.blob;
    if (file) {
      avatar.progress = 0;
      avatar.error = null;
      const uploaded = await section.save((adapter) =>
        adapter.uploadAvatar!(file, {
          onProgress: (share) => {
            avatar.progress = share;
            this.requestUpdate();
          },
        }),
      );
      avatar.progress = undefined;
      if (!uploaded) return this.#saveFailed();
      avatar.discard();
    }
    const patch = diffProfile(section.value!, this.draft);
    if (Object.keys(patch).length) {
      const saved = await section.save((adapter) => adapter.updateProfile(patch));
      if (!saved) return this.#saveFailed();
      this.#resetDraft(saved);
    }
    this.announcement = msg('Your profile has been updated successfully');
  }

  /** Puts a failed save's field errors on their fields (focusing the first), or shows the banner. */
  async #saveFailed() {
    const fields = this.#section.error?.fields ?? {};
    this.#feedback.setServerErrors(firstMessages(fields));
    const avatar = fields.avatar?.join(' ');
    if (avatar) {
      // The server refused the image itself: sending it again cannot help.
      this.#avatar.error = avatar;
      this.#avatar.discard();
    }
    if (!hasFieldErrors(fields)) this.#retry = () => void this.#submit();
    this.requestUpdate();
    if (avatar) {
      await this.updateComplete;
      this.#avatar.focus();
    } else if (FIELDS.some((f) => fields[f]?.length)) await this.#focusFirstError();
  }

  #askRemove() {
    const dialog = this.renderRoot.querySelector('dialog')!;
    dialog.returnValue = '';
    dialog.showModal();
  }

  /** The dialog closed: "Remove image" removes at once; "Cancel" or Escape leave it (focus returns). */
  async #onDialogClose(event: Event) {
    if ((event.target as HTMLDialogElement).returnValue !== 'remove') return;
    this.announcement = '';
    this.#retry = undefined;
    this.#avatar.error = null;
    this.#removing = true;
    const saved = await this.#section.save((adapter) => adapter.removeAvatar!());
    this.#removing = false;
    if (!saved) {
      this.#avatar.error = errorMessage(this.#section.error!);
      this.requestUpdate();
      return;
    }
    this.announcement = msg('Your profile image has been removed');
    // The button the user came from is gone: continue from "Choose image" (or the section title).
    await this.updateComplete;
    const root = this.renderRoot;
    (root.querySelector<HTMLElement>('[part~="avatar-choose"]') ?? root.querySelector('h2')!).focus();
  }

  async #focusFirstError() {
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input[aria-invalid="true"]')?.focus();
  }

  protected override render() {
    const section = this.#section;
    return html`<section part="section" aria-labelledby="title" aria-busy=${section.status === 'loading'}>
      <header part="header">
        <h2 id="title" part="title" tabindex="-1">${msg('Profile')}</h2>
        <p part="description">
          ${msg('Your picture, name and email address, as your team and your customers see them.')}
        </p>
      </header>
      ${
        section.value
          ? this.#renderForm(section.value)
          : section.status === 'error'
            ? sectionAlert(this.#section.error!, () => section.load())
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

  #renderForm(profile: Profile) {
    const adapter = this.#section.adapter;
    const saving = this.#section.status === 'saving';
    const saveFailed = this.#section.status === 'error' && this.#retry;
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
        ${this.#avatar.render(profile, {
          canUpload: !!adapter?.uploadAvatar,
          canRemove: !!adapter?.removeAvatar,
          busy: saving,
        })}
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
        ${saveFailed ? sectionAlert(this.#section.error!, this.#retry!) : nothing}
        <div class="actions">
          <button
            type="submit"
            part="submit"
            class="primary"
            ?disabled=${!this.dirty && !saving}
            aria-disabled=${saving}
          >
            ${saving && !this.#removing ? msg('Saving…') : msg('Update Profile')}
          </button>
          <p part="status" role="status" class="success">${this.announcement}</p>
        </div>
      </form>
      <dialog
        part="dialog"
        aria-labelledby="remove-title"
        aria-describedby="remove-text"
        @close=${this.#onDialogClose}
      >
        <h3 id="remove-title" part="dialog-title">${msg('Remove your profile image?')}</h3>
        <p id="remove-text" part="dialog-text">${msg('Your initials will show in its place.')}</p>
        <form method="dialog" class="actions">
          <button value="" part="dialog-cancel" autofocus>${msg('Cancel')}</button>
          <button value="remove" part="dialog-confirm" class="danger">${msg('Remove image')}</button>
        </form>
      </dialog>`;
  }
}

const hasFieldErrors = (fields: FieldErrors) => Object.values(fields).some((m) => m?.length);

function firstMessages(fields: FieldErrors): Partial<Record<Field, string>> {
  const out: Partial<Record<Field, string>> = {};
  for (const f of FIELDS) if (fields[f]?.length) out[f] = fields[f]!.join(' ');
  return out;
}
