import { html, nothing, type PropertyValues } from 'lit';
import { msg, str } from '../shared/localize.js';
import { leftToRight } from '../locale/format.js';
import {
  DEFAULT_PROFILE_RULES,
  checkDisplayName,
  checkEmail,
  checkName,
  diffProfile,
  type Profile,
  type ProfilePatch,
  type ProfileRules,
  type SettingsAdapter,
} from '@profile-elements/core';
import { SettingsSection } from '../section/settings-section.js';
import { KeptDraft } from '../section/kept-draft.js';
import { withTabLock } from '@profile-elements/core';
import { errorMessage } from '../section/error-message.js';
import { textField } from '../shared/text-field.js';
import { tooLongMessage } from '../shared/too-long.js';
import { themeStyles } from '../shared/theme.styles.js';
import { formStyles, visuallyHidden } from '../shared/form.styles.js';
import { profileDetailsStyles } from './profile-details.styles.js';
import { AvatarField } from './avatar-field.js';

type Draft = Required<ProfilePatch>;
type Field = keyof Draft | 'avatar';
const TEXT_FIELDS = ['name', 'displayName', 'email'] as const;

const draftOf = (p: Profile): Draft => ({ name: p.name, displayName: p.displayName, email: p.email });

/**
 * What is kept on the device: the edited fields, the profile they were made against (to tell when
 * the profile has changed since), and whether a save waits for the network.
 */
interface KeptEdits {
  base: Draft;
  values: ProfilePatch;
  /** A picked image, already cropped, not uploaded yet. */
  avatar?: Blob;
  queued: boolean;
}

/** What the notice above the form says about kept edits. */
type Notice = 'restored' | 'stale' | 'discarded' | undefined;

/**
 * The Profile section: profile image, full name, display name and email, saved with "Update Profile".
 * Validates as the user types once they have left a field (and on submit), with the limits the
 * adapter declares (`profileRules`, e.g. 255 characters), puts the server's
 * field errors on their fields, keeps every edit when a save fails, and never submits twice.
 *
 * The profile image is chosen with a button, dropped onto the image, or pasted; it is checked against
 * the adapter's `profileRules` (type and size; Chatwoot: JPEG, PNG or GIF, at most 15 MB), cropped to a centred square of at most 512 px on the device and shown as
 * a preview. Like the text fields, it is saved by "Update Profile" (with an upload progress bar), so
 * the section has one way to save and a picked image can still be discarded. Removing the image asks
 * for confirmation in a dialog and happens at once. Image controls appear only when the adapter has
 * `uploadAvatar` / `removeAvatar`.
 *
 * Nothing typed is lost: with an adapter that has `storageKey`, unsaved field edits (and a picked image) are kept on the
 * device (IndexedDB) as the user types and come back after a reload or a crash, with a notice and
 * "Discard" (and a warning when the profile changed elsewhere since). "Update Profile" while
 * offline waits for the network and saves once the browser is back online, also after a reload.
 * A save in another tab shows here at once; fields the user is editing keep the user's text.
 *
 * @summary Edit the signed-in user's profile image, name, display name and email.
 * @tagname profile-details
 *
 * @fires {SettingsSavedEvent} pe-saved - The profile was saved (or its image uploaded or removed). `detail: { section: 'profile', value: Profile }`.
 * @fires {SettingsFailedEvent} pe-failed - Loading or saving failed. `detail: { section: 'profile', during: 'load' | 'save', error: SettingsError }`.
 * @fires {SettingsDirtyChangeEvent} pe-dirty-change - Unsaved edits (or a picked image) appeared or went away. `detail: { section: 'profile', dirty }`.
 * @fires {SettingsLeaveEvent} pe-before-leave - The page is about to unload with unsaved work here; cancelable: `preventDefault()` lets the page go without the browser's "Leave site?". `detail: { section }`.
 * @fires {SessionExpiredEvent} pe-session-expired - The backend refused the credentials (expired, revoked, or replaced: `error.code === 'token-replaced'`); edits are kept, `detail.retry()` repeats what failed once the user is signed in again. `detail: { section, during, error, retry }`.
 *
 * @cssstate loading - The profile is loading.
 * @cssstate ready - The profile has loaded; the form shows.
 * @cssstate saving - A save (or an image removal) is running.
 * @cssstate dirty - There are unsaved edits or a picked image.
 * @cssstate error - The last load or save failed.
 * @cssstate unsupported - Never set: every adapter can load and save a profile.
 * @cssstate restored - Unsaved edits kept on this device were restored after a reload.
 * @cssstate waiting - A save waits for the browser to be back online.
 *
 * @csspart section - The section's frame.
 * @csspart header - Title and description.
 * @csspart title - The section title ("Profile").
 * @csspart description - The text under the title.
 * @csspart form - The form (also the loading placeholder).
 * @csspart skeleton - Each placeholder bar while the profile loads.
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
 * @csspart field - Each field's wrapper.
 * @csspart field-name - The full name field's wrapper (also `field`).
 * @csspart field-display-name - The display name field's wrapper (also `field`).
 * @csspart field-email - The email field's wrapper (also `field`).
 * @csspart label - Each field's label.
 * @csspart input - Each text input.
 * @csspart hint - Each field's help text.
 * @csspart field-error - Each field's error message.
 * @csspart pending-email - The note about an email change that waits for confirmation.
 * @csspart draft-notice - The note about kept edits ("Unsaved changes restored"), or that this browser keeps none.
 * @csspart draft-discard - Its "Discard" button.
 * @csspart waiting - The note that a save waits for the network.
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
export class ProfileDetails extends SettingsSection<Profile, Field> {
  static override styles = [themeStyles, formStyles, visuallyHidden, profileDetailsStyles];
  static override properties = { draft: { state: true, attribute: false } };

  protected readonly section = 'profile';
  protected override readonly fields: readonly Field[] = [...TEXT_FIELDS, 'avatar'];
  protected override readonly keepAs = 'profile';

  private draft: Draft = { name: '', displayName: '', email: '' };

  readonly #avatar = new AvatarField(
    this,
    () => this.#askRemove(),
    () => this.#keep(),
  );
  /** The profile the draft was taken from. */
  #draftSource: Profile | undefined;
  #removing = false;
  /** The last save was a removal that failed: its message is next to the image, not in a banner. */
  #removeFailed = false;
  readonly #kept = new KeptDraft<KeptEdits>();
  /** The scope whose kept edits were looked for (once per user and backend). */
  #restoredFor: string | undefined;
  #notice: Notice;
  /** "Update Profile" was pressed offline: the save waits for the network. */
  #queued = false;

  protected loadData(adapter: SettingsAdapter, signal: AbortSignal): Promise<Profile> {
    return adapter.loadProfile({ signal });
  }

  /** Whether there are edits (or a picked image) that are not saved yet. */
  override get dirty(): boolean {
    const profile = this.data;
    return !!profile && (!!this.#avatar.staged || Object.keys(diffProfile(profile, this.draft)).length > 0);
  }

  /** Whether the draft's edits are kept on the device (a reload brings them back). */
  protected override get waiting(): boolean {
    return this.#queued;
  }

  protected override get restored(): boolean {
    return this.#notice === 'restored' || this.#notice === 'stale';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    void this.#kept.flush();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const profile = this.data;
    if (profile && this.scope && this.painted && this.#restoredFor !== this.scope)
      void this.#restore(profile, this.scope);
    const source = this.#draftSource;
    if (!profile || profile === source) return;
    if (source?.id !== profile.id) return this.#resetDraft(profile);
    // A newer profile of the same user (an image saved or removed, the adapter swapped): fields the
    // user has not edited follow it, their edits stay.
    const [was, edited] = [draftOf(source), this.draft];
    this.#draftSource = profile;
    this.draft = draftOf(profile);
    for (const f of TEXT_FIELDS) if (edited[f] !== was[f]) this.draft[f] = edited[f];
  }

  #resetDraft(profile: Profile) {
    this.#draftSource = profile;
    this.draft = draftOf(profile);
    this.feedback.reset();
  }

  /**
   * Brings back the edits kept on the device for this user, onto fields the user has not touched on
   * this page yet. Edits made against an older profile than the server's are restored with a warning,
   * never saved silently; a save that waited for the network is sent now (or once back online).
   */
  async #restore(profile: Profile, scope: string) {
    this.#restoredFor = scope;
    this.#kept.key = `${scope}|profile`;
    const kept = await this.#kept.read();
    if (!kept || this.data !== profile) return;
    const server = draftOf(profile);
    const restored = TEXT_FIELDS.filter(
      (f) => kept.values[f] !== undefined && kept.values[f] !== server[f] && this.draft[f] === server[f],
    );
    const image = kept.avatar instanceof Blob && !this.#avatar.staged ? kept.avatar : undefined;
    if (!restored.length && !image) {
      this.#kept.write(undefined);
      return;
    }
    const draft = { ...this.draft };
    for (const f of restored) {
      draft[f] = kept.values[f]!;
      this.feedback.touch(f);
    }
    this.draft = draft;
    this.#notice = restored.some((f) => kept.base[f] !== server[f]) ? 'stale' : 'restored';
    this.#queued = kept.queued && this.#notice === 'restored';
    // After the fields: staging keeps the draft, which must hold them by then.
    if (image) this.#avatar.stage(image);
    if (this.#queued && !this.offline) this.backOnline();
  }

  /** Keeps the edits on the device (or forgets them when there are none). */
  #keep(queued = this.#queued) {
    const profile = this.data;
    if (!profile) return;
    const values = diffProfile(profile, this.draft);
    const avatar = this.#avatar.staged?.blob;
    const edited = Object.keys(values).length > 0 || !!avatar;
    this.#kept.write(
      edited ? { base: draftOf(profile), values, queued, ...(avatar ? { avatar } : {}) } : undefined,
    );
  }

  /** Drops the kept edits and shows the profile as the server has it. */
  #discard() {
    const profile = this.data;
    if (!profile) return;
    this.#resetDraft(profile);
    this.#avatar.discard();
    this.#queued = false;
    this.#notice = 'discarded';
    this.#kept.write(undefined);
    void this.#kept.flush();
    void this.announce(msg('Unsaved changes discarded'));
  }

  /** Back online: the save that waited goes, once, even with this page open in several tabs. */
  protected override backOnline(): void {
    if (!this.#queued) return;
    const key = this.#kept.key;
    if (!key) return void this.#submit();
    void withTabLock(key, async () => {
      await this.#kept.flush();
      // Another tab may have sent it while this one waited for the lock.
      const kept = await this.#kept.read();
      if (kept?.queued || this.#kept.kept === false) await this.#submit();
      else this.#queued = false;
      this.requestUpdate();
    });
  }

  /** Another tab saved the profile: it shows here, and the fields being edited keep the user's text. */
  protected override receive(value: unknown): void {
    this.data = value as Profile;
  }

  protected override retrySave(): void {
    void this.#submit();
  }

  /** The backend's limits, as the adapter declares them (the backend has the last word). */
  get #rules(): ProfileRules {
    return this.activeAdapter?.profileRules ?? DEFAULT_PROFILE_RULES;
  }

  protected override clientError(field: Field): string | null {
    if (field === 'avatar') return null;
    const value = this.draft[field];
    const rules = this.#rules;
    // Made only when a field is too long: this runs for every field on every render.
    const tooLong = () => tooLongMessage(rules.maxLength);
    switch (field) {
      case 'name': {
        const v = checkName(value, rules);
        return v === 'required' ? msg('Enter your full name.') : v ? tooLong() : null;
      }
      case 'displayName':
        return checkDisplayName(value, rules) ? tooLong() : null;
      case 'email': {
        const v = checkEmail(value, rules);
        if (v === 'required') return msg('Enter your email address.');
        if (v === 'too-long') return tooLong();
        return v ? msg('Enter an email address like name@example.com.') : null;
      }
    }
  }

  #onInput(field: keyof Draft, value: string) {
    this.feedback.edit(field);
    this.announcement = '';
    if (this.#notice === 'discarded') this.#notice = undefined;
    this.draft = { ...this.draft, [field]: value };
    this.#keep();
  }

  #onBlur(field: keyof Draft) {
    const profile = this.data;
    if (profile && this.draft[field] !== draftOf(profile)[field]) {
      this.feedback.touch(field);
      this.requestUpdate();
    }
  }

  /**
   * Saves what changed: first the picked image (when there is one), then the changed fields. A
   * failure stops there and keeps everything not saved yet, so "Try again" or a fix sends only that.
   */
  async #submit(event?: Event) {
    event?.preventDefault();
    if (!this.data || this.status === 'saving' || !this.dirty) return;
    this.announcement = '';
    this.#removeFailed = false;
    if (!this.validate()) return;
    if (this.offline) return this.#waitForNetwork();
    const avatar = this.#avatar;
    const file = avatar.staged?.blob;
    if (file) {
      avatar.progress = 0;
      avatar.error = null;
      const uploaded = await this.save((adapter, signal) =>
        adapter.uploadAvatar!(file, {
          signal,
          onProgress: (share) => {
            avatar.progress = share;
            this.requestUpdate();
          },
        }),
      );
      avatar.progress = undefined;
      // The save's last render ran while the bar still showed.
      this.requestUpdate();
      if (!uploaded?.ok) return this.#imageRefused();
      this.data = uploaded.value;
      avatar.discard();
    }
    const patch = diffProfile(this.data, this.draft);
    if (Object.keys(patch).length) {
      const saved = await this.save((adapter, signal) => adapter.updateProfile(patch, { signal }));
      if (!saved) return;
      if (!saved.ok) {
        // The connection went while saving: the save waits for it instead of failing.
        if (saved.error.kind === 'network' && this.offline) return this.#waitForNetwork();
        this.#queued = false;
        return this.#keep(false);
      }
      this.data = saved.value;
      this.#resetDraft(saved.value);
    }
    this.#queued = false;
    this.#notice = undefined;
    this.#kept.write(undefined);
    void this.#kept.flush();
    this.announcement = msg('Your profile has been updated successfully');
  }

  /** Offline: the edits are kept as a save to send once the browser is back online. */
  #waitForNetwork() {
    this.clearError();
    this.#queued = true;
    this.#keep(true);
    void this.#kept.flush();
    this.requestUpdate();
  }

  /** The server refused the image itself: sending it again cannot help, so it goes, with the reason. */
  #imageRefused() {
    const message = this.error?.fields.avatar?.join(' ');
    if (!message) return;
    this.#avatar.error = message;
    this.#avatar.discard();
  }

  protected override async focusFirstError(): Promise<void> {
    if (!this.error?.fields.avatar?.length) return super.focusFirstError();
    this.requestUpdate();
    await this.updateComplete;
    this.#avatar.focus();
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
    this.#avatar.error = null;
    this.#removing = true;
    const removed = await this.save((adapter, signal) => adapter.removeAvatar!({ signal }));
    this.#removing = false;
    if (!removed) return;
    if (!removed.ok) {
      this.#removeFailed = true;
      this.#avatar.error = errorMessage(removed.error);
      this.requestUpdate();
      return;
    }
    this.data = removed.value;
    this.announcement = msg('Your profile image has been removed');
    // The button the user came from is gone: continue from "Choose image" (or the section title).
    await this.updateComplete;
    const root = this.renderRoot;
    (root.querySelector<HTMLElement>('[part~="avatar-choose"]') ?? root.querySelector('h2')!).focus();
  }

  protected renderSection() {
    return html`<section part="section" aria-labelledby="title" aria-busy=${this.status === 'loading'}>
      <header part="header">
        <h2 id="title" part="title" tabindex="-1">${msg('Profile')}</h2>
        <p part="description">
          ${msg('Your picture, name and email address, as your team and your customers see them.')}
        </p>
      </header>
      ${this.data ? this.#renderForm(this.data) : this.status === 'error' ? this.renderAlert() : this.#renderSkeleton()}
    </section>`;
  }

  /** Kept edits came back (with Discard), or this browser cannot keep them. */
  #renderNotice() {
    const notice = this.#notice;
    if (notice === 'restored' || notice === 'stale') {
      return html`<div part="draft-notice" class="notice" role="status">
        <p>
          ${
            notice === 'stale'
              ? msg(
                  'Unsaved changes restored. Your profile was changed elsewhere after you made them: check them before you save.',
                )
              : msg('Unsaved changes restored.')
          }
        </p>
        <button type="button" part="draft-discard" @click=${this.#discard}>${msg('Discard')}</button>
      </div>`;
    }
    if (this.#kept.kept === false && this.dirty && this.scope) {
      return html`<p part="draft-notice" class="notice">
        ${msg("This browser doesn't keep unsaved changes: save them before you leave the page.")}
      </p>`;
    }
    return nothing;
  }

  #renderSkeleton() {
    return html`<div part="form" class="loading" role="status">
      <span class="visually-hidden">${msg('Loading your profile…')}</span>
      <div part="skeleton" class="skeleton avatar-skeleton"></div>
      <div part="skeleton" class="skeleton"></div>
      <div part="skeleton" class="skeleton"></div>
      <div part="skeleton" class="skeleton"></div>
    </div>`;
  }

  #renderForm(profile: Profile) {
    const adapter = this.activeAdapter;
    const saving = this.status === 'saving';
    const field = (
      id: keyof Draft,
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
        error: this.errorFor(id),
        onInput: (value) => this.#onInput(id, value),
        onBlur: () => this.#onBlur(id),
      });
    return html`<form part="form" novalidate @submit=${this.#submit}>
        ${this.#renderNotice()}
        ${this.#avatar.render(profile, {
          canUpload: !!adapter?.uploadAvatar,
          canRemove: !!adapter?.removeAvatar,
          busy: saving,
          rules: this.#rules,
        })}
        ${field('name', msg('Your full name'), 'name', { required: true })}
        ${field('displayName', msg('Display name'), 'nickname', { hint: msg('The name customers see on your replies in the chat.') })}
        ${field('email', msg('Your email address'), 'email', { type: 'email', required: true, hint: msg('The address you sign in with.') })}
        ${
          profile.pendingEmail
            ? html`<p part="pending-email" class="pending">
                ${msg(str`Check ${leftToRight(profile.pendingEmail)} for a confirmation link. Until you confirm it, keep signing in with ${leftToRight(profile.email)}.`)}
              </p>`
            : nothing
        }
        ${
          this.#queued
            ? html`<p part="waiting" class="waiting" role="status">
                ${msg("You're offline. Your changes will be saved when you're back online.")}
              </p>`
            : nothing
        }
        ${this.#removeFailed ? nothing : this.renderAlert(() => void this.#submit())}
        <div class="actions">
          <button type="submit" part="submit" class="primary" aria-disabled=${saving || !this.dirty}>
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
