import { html, nothing, type PropertyValues } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { live } from 'lit/directives/live.js';
import type { SettingsAdapter } from '@profile-elements/core';
import { msg } from '../shared/localize.js';
import { formatNumber } from '../locale/format.js';
import { SettingsSection } from '../section/settings-section.js';
import { KeptDraft } from '../section/kept-draft.js';
import { themeStyles } from '../shared/theme.styles.js';
import { formStyles, visuallyHidden } from '../shared/form.styles.js';
import { tooLongMessage } from '../shared/too-long.js';
import { messageSignatureStyles } from './message-signature.styles.js';

/** Chatwoot's limit for `message_signature` (a text column), when the adapter declares none. */
const DEFAULT_MAX_LENGTH = 20_000;

/** The edit kept on the device: the text, and the signature it was written against. */
type KeptSignature = { base: string; value: string };

/** Characters as the server counts them (code points): an emoji is one, not two UTF-16 units. */
const characters = (text: string): number => text.length - (text.match(/[\uD800-\uDBFF]/g)?.length ?? 0);

let markdown: Promise<typeof import('./markdown.js')> | undefined;

/**
 * The Message signature section: the agent's signature, written in Markdown, with a live preview
 * under it, saved with its own button ("Save signature").
 *
 * The preview never runs HTML: raw HTML in the text is shown as text, and links with a dangerous
 * protocol lose their URL (micromark, CommonMark, with its safe defaults). The Markdown library is
 * loaded only once there is a signature to preview.
 *
 * The length rule (the adapter's `signatureMaxLength`, else Chatwoot's 20,000) shows as the user
 * types once they have left the field, and on save; the server's message lands on the field. A
 * failed save keeps the text and offers "Try again". The text is kept on the device while it is not
 * saved, so a reload brings it back (with "Discard"); saving offline waits for the network.
 *
 * @summary The agent's Markdown message signature, with a safe live preview.
 * @tagname message-signature
 *
 * @fires {SettingsSavedEvent} pe-saved - The signature was saved. `detail: { section: 'signature', value: string }`.
 * @fires {SettingsFailedEvent} pe-failed - Loading or saving failed. `detail: { section: 'signature', during: 'load' | 'save', error: SettingsError }`.
 * @fires {SettingsDirtyChangeEvent} pe-dirty-change - Unsaved edits appeared or went away. `detail: { section: 'signature', dirty }`.
 * @fires {SettingsLeaveEvent} pe-before-leave - The page is about to unload with unsaved edits; cancelable: `preventDefault()` lets the page go without the browser's "Leave site?". `detail: { section }`.
 * @fires {SessionExpiredEvent} pe-session-expired - The backend refused the credentials; the text is kept and `detail.retry()` saves it once the user is signed in. `detail: { section, during, error, retry }`.
 *
 * @cssstate loading - The signature is loading.
 * @cssstate ready - The signature has loaded.
 * @cssstate saving - The signature is being saved.
 * @cssstate dirty - There are unsaved edits.
 * @cssstate error - The last load or save failed.
 * @cssstate waiting - The save waits for the browser to be back online.
 * @cssstate restored - Unsaved edits were brought back after a reload.
 * @cssstate unsupported - The adapter cannot load and save a signature: the element hides.
 *
 * @csspart section - The section's frame.
 * @csspart header - Title and description.
 * @csspart title - The section title.
 * @csspart description - The text under the title.
 * @csspart form - The form.
 * @csspart field - The editor with its label, hint, counter and error.
 * @csspart label - The editor's label.
 * @csspart editor - The Markdown text area.
 * @csspart hint - What Markdown can do.
 * @csspart counter - Characters used of the limit.
 * @csspart field-error - The length rule's or the server's message.
 * @csspart preview-label - "Preview".
 * @csspart preview - The rendered signature.
 * @csspart draft-notice - "Unsaved changes restored", with Discard.
 * @csspart draft-discard - Its "Discard" button.
 * @csspart waiting - "You're offline…", while the save waits for the network.
 * @csspart alert - A failure, with "Try again" when that can help.
 * @csspart retry - "Try again".
 * @csspart submit - "Save signature".
 * @csspart status - The polite live region ("Signature saved").
 * @csspart skeleton - The placeholder while the signature loads.
 *
 * @cssproperty [--pe-color-text] - Text colour.
 * @cssproperty [--pe-color-text-muted] - Secondary text.
 * @cssproperty [--pe-color-field] - Editor background.
 * @cssproperty [--pe-color-border] - Borders.
 * @cssproperty [--pe-color-accent] - The Save button, links, focus ring.
 * @cssproperty [--pe-color-on-accent] - Text on the accent colour.
 * @cssproperty [--pe-color-danger] - Errors.
 * @cssproperty [--pe-color-success] - "Signature saved".
 * @cssproperty [--pe-radius] - Corner radius.
 * @cssproperty [--pe-space] - The spacing unit (8px).
 * @cssproperty [--pe-font-family] - Font (inherits by default).
 * @cssproperty [--pe-font-size] - Base font size.
 * @cssproperty [--pe-focus-ring] - Box shadow of focused controls.
 * @cssproperty [--pe-form-max-width] - Widest the section grows (40rem).
 */
export class MessageSignature extends SettingsSection<string, 'signature'> {
  static override styles = [themeStyles, formStyles, visuallyHidden, messageSignatureStyles];
  static override properties = {
    ...SettingsSection.properties,
    draft: { state: true, attribute: false },
    preview: { state: true, attribute: false },
  };

  protected readonly section = 'signature';
  protected override readonly fields = ['signature'] as const;
  protected override readonly keepAs = 'signature';

  /** The text in the editor. */
  private draft = '';
  /** The preview's HTML, once the Markdown library has loaded (plain text until then). */
  private preview: string | undefined;

  /** The signature the draft was taken from. */
  #draftSource: string | undefined;
  readonly #kept = new KeptDraft<KeptSignature>();
  #restoredFor: string | undefined;
  #restored = false;
  /** "Save signature" was pressed offline: the save waits for the network. */
  #queued = false;

  protected loadData(adapter: SettingsAdapter, signal: AbortSignal): Promise<string> {
    return adapter.loadSignature!({ signal });
  }

  override get dirty(): boolean {
    return this.data !== undefined && this.draft !== this.data;
  }

  protected override get waiting(): boolean {
    return this.#queued;
  }

  protected override get restored(): boolean {
    return this.#restored;
  }

  get #maxLength(): number {
    return this.activeAdapter?.signatureMaxLength ?? DEFAULT_MAX_LENGTH;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    void this.#kept.flush();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const signature = this.data;
    if (signature !== undefined && this.scope && this.painted && this.#restoredFor !== this.scope)
      void this.#restore(signature, this.scope);
    if (signature !== undefined && signature !== this.#draftSource) {
      // A newer signature (saved here or in another tab): an unedited editor follows it.
      if (this.#draftSource === undefined || this.draft === this.#draftSource) this.draft = signature;
      this.#draftSource = signature;
    }
    if (changed.has('draft')) this.#renderPreview();
  }

  /** Brings back the text kept on the device, unless the editor was already edited here. */
  async #restore(signature: string, scope: string) {
    this.#restoredFor = scope;
    this.#kept.key = `${scope}|signature`;
    const kept = await this.#kept.read();
    if (!kept || this.data !== signature || this.draft !== signature) return;
    if (kept.value === signature) return this.#kept.write(undefined);
    this.draft = kept.value;
    this.feedback.touch('signature');
    this.#restored = true;
  }

  /** The preview follows the text; the Markdown library loads with the first text to show. */
  #renderPreview() {
    const text = this.draft;
    if (!text.trim()) {
      this.preview = '';
      return;
    }
    markdown ??= import('./markdown.js');
    void markdown.then(
      ({ markdownToHtml }) => {
        // Still the text shown (the user may have typed on while it loaded).
        if (this.draft === text) this.preview = markdownToHtml(text);
      },
      () => {
        // The chunk did not load (offline): the preview stays plain text; the next edit tries again.
        markdown = undefined;
      },
    );
  }

  protected override clientError(): string | null {
    return characters(this.draft) > this.#maxLength ? tooLongMessage(this.#maxLength) : null;
  }

  #onInput(value: string) {
    this.feedback.edit('signature');
    this.announcement = '';
    this.#restored = false;
    this.draft = value;
    this.#kept.write(value === this.data ? undefined : { base: this.data ?? '', value });
  }

  #onBlur() {
    if (this.dirty) {
      this.feedback.touch('signature');
      this.requestUpdate();
    }
  }

  #discard() {
    this.draft = this.data ?? '';
    this.#restored = false;
    this.#kept.write(undefined);
    void this.#kept.flush();
    this.feedback.reset();
    void this.announce(msg('Unsaved changes discarded'));
  }

  protected override backOnline(): void {
    if (this.#queued) void this.#submit();
  }

  /** Another tab saved the signature: it shows here unless this editor has edits. */
  protected override receive(value: unknown): void {
    this.data = value as string;
  }

  protected override retrySave(): void {
    void this.#submit();
  }

  async #submit(event?: Event) {
    event?.preventDefault();
    if (this.data === undefined || this.status === 'saving' || !this.dirty) return;
    this.announcement = '';
    if (!this.validate()) return;
    if (this.offline) {
      this.clearError();
      this.#queued = true;
      void this.#kept.flush();
      return this.requestUpdate();
    }
    const text = this.draft;
    const saved = await this.save((adapter, signal) => adapter.updateSignature!(text, { signal }));
    if (!saved) return;
    if (!saved.ok) {
      // The connection went while saving: the save waits for it instead of failing.
      if (saved.error.kind === 'network' && this.offline) {
        this.clearError();
        this.#queued = true;
      }
      return;
    }
    this.#queued = this.#restored = false;
    this.data = this.#draftSource = saved.value;
    // Typed on while it saved: those edits stay (and stay kept).
    if (this.draft === text) {
      this.draft = saved.value;
      this.#kept.write(undefined);
      void this.#kept.flush();
    }
    this.feedback.reset();
    this.announcement = msg('Signature saved');
  }

  protected renderSection() {
    return html`<section part="section" aria-labelledby="title" aria-busy=${this.status === 'loading'}>
      <header part="header">
        <h2 id="title" part="title">${msg('Message signature')}</h2>
        <p part="description">${msg('Added to the end of the replies you send.')}</p>
      </header>
      ${this.renderLoaded(() => this.#renderForm())}
    </section>`;
  }

  #renderForm() {
    const saving = this.status === 'saving';
    const error = this.errorFor('signature');
    const max = this.#maxLength;
    const length = characters(this.draft);
    return html`<form part="form" novalidate @submit=${this.#submit}>
      ${
        this.#restored
          ? html`<div part="draft-notice" class="notice" role="status">
              <p>${msg('Unsaved changes restored.')}</p>
              <button type="button" part="draft-discard" @click=${this.#discard}>${msg('Discard')}</button>
            </div>`
          : nothing
      }
      <div class="field" part="field">
        <label for="signature" part="label">${msg('Signature')}</label>
        <textarea
          id="signature"
          name="signature"
          part="editor"
          rows="5"
          aria-invalid=${!!error}
          aria-describedby=${['signature-hint', 'signature-counter', error ? 'signature-error' : ''].join(' ').trim()}
          .value=${live(this.draft)}
          @input=${(e: Event) => this.#onInput((e.target as HTMLTextAreaElement).value)}
          @blur=${this.#onBlur}
        ></textarea>
        <div class="meta">
          <span id="signature-hint" part="hint" class="hint">
            ${msg('Markdown works: **bold**, _italic_, [link](https://example.com), lists.')}
          </span>
          <span id="signature-counter" part="counter" class=${length > max ? 'over' : ''}>
            ${formatNumber(length)} / ${formatNumber(max)}
          </span>
        </div>
        ${error ? html`<p id="signature-error" class="error" part="field-error">${error}</p>` : nothing}
      </div>
      <div class="field">
        <span id="preview-label" part="preview-label">${msg('Preview')}</span>
        <div part="preview" role="region" aria-labelledby="preview-label">
          ${
            !this.draft.trim()
              ? html`<p class="empty">${msg('No signature yet.')}</p>`
              : this.preview
                ? unsafeHTML(this.preview)
                : html`<p>${this.draft}</p>`
          }
        </div>
      </div>
      ${
        this.#queued
          ? html`<p part="waiting" class="waiting" role="status">
              ${msg("You're offline. Your changes will be saved when you're back online.")}
            </p>`
          : nothing
      }
      ${this.renderAlert(() => void this.#submit())}
      <div class="actions">
        <button type="submit" part="submit" class="primary" aria-disabled=${saving || !this.dirty}>
          ${saving ? msg('Saving…') : msg('Save signature')}
        </button>
        <p part="status" role="status" class="success">${this.announcement}</p>
      </div>
    </form>`;
  }
}
