import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg, str } from '../shared/localize.js';
import { formatAlternatives, formatNumber, isolate } from '../locale/format.js';
import { DEFAULT_PROFILE_RULES, checkAvatar, type Profile, type ProfileRules } from '@profile-elements/core';
import { squareAvatar } from './avatar-image.js';

/** `image/jpeg` → `JPEG`: how people name image types. */
const typeName = (mime: string) => mime.replace(/^image\//, '').toUpperCase();

/** The accepted types as people say them, e.g. "JPEG, PNG, or GIF" (in the language shown). */
const typeList = (rules: ProfileRules) => formatAlternatives(rules.avatarTypes.map(typeName));

/** The accepted types as a plain list of names for the hint, e.g. "JPEG, PNG, GIF". */
const typeNames = (rules: ProfileRules) => rules.avatarTypes.map(typeName).join(', ');

/** The largest accepted image in whole megabytes (MiB, as file managers count them). */
const maxMegabytes = (rules: ProfileRules) => formatNumber(Math.floor(rules.avatarMaxBytes / 2 ** 20));

/** Initials of the first and last word of the name, for when there is no profile image. */
export function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  const ends = words.length > 1 ? [words[0]!, words.at(-1)!] : words;
  return ends.map((word) => [...word][0]!.toUpperCase()).join('');
}

/** What the avatar field may offer: the adapter's capabilities, and whether a save is running. */
export interface AvatarFieldOptions {
  canUpload: boolean;
  canRemove: boolean;
  busy: boolean;
  /** The backend's limits on images (the adapter's `profileRules`). */
  rules: ProfileRules;
}

/**
 * The profile image of `<profile-details>`: shows the image (or initials), takes a new one from the
 * "Choose image" button, a drop or a paste, checks it against the backend's rules (type and size), crops it to
 * a square of at most 512 px and shows it as a preview. The preview is only *staged*: the host
 * uploads it with the rest of the profile on "Update Profile". Removing asks first, in a dialog.
 */
export class AvatarField implements ReactiveController {
  /** The cropped image waiting for "Update Profile", and its preview URL. */
  staged: { blob: Blob; url: string } | undefined;
  /** Why the last image was refused (ours or the server's), or null. */
  error: string | null = null;
  /** Share of the upload sent (0 to 1) while uploading, else undefined. */
  progress: number | undefined;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #remove: () => void;
  readonly #staged: () => void;
  #dragging = false;
  #canUpload = false;
  #rules: ProfileRules = DEFAULT_PROFILE_RULES;
  /** Only the last image picked counts, however long the earlier ones take to decode. */
  #picks = 0;

  /** `remove` asks to remove the saved image; `staged` hears that the staged image changed. */
  constructor(host: ReactiveControllerHost & HTMLElement, remove: () => void, staged: () => void = () => {}) {
    this.#host = host;
    this.#remove = remove;
    this.#staged = staged;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.addEventListener('paste', this.#onPaste);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('paste', this.#onPaste);
  }

  #update(): void {
    this.#host.requestUpdate();
  }

  /** Checks, crops and stages `file`, or explains why it cannot be used. */
  async take(file: File): Promise<void> {
    const pick = ++this.#picks;
    // A file name may be written right to left: kept apart from the sentence around it.
    const name = isolate(file.name);
    const rules = this.#rules;
    const problem = checkAvatar(file, rules);
    let blob: Blob | undefined;
    if (!problem) blob = await squareAvatar(file).catch(() => undefined);
    if (pick !== this.#picks) return;
    if (!blob) {
      this.error =
        problem === 'type'
          ? msg(str`“${name}” is not a ${typeList(rules)} image.`)
          : problem
            ? msg(str`“${name}” is larger than ${maxMegabytes(rules)} MB. Choose a smaller image.`)
            : msg(str`“${name}” could not be read as an image. Choose a ${typeList(rules)} image.`);
    } else {
      this.stage(blob);
    }
    this.#update();
  }

  /** Stages an image that is already cropped (a picked one, or one kept from before a reload). */
  stage(blob: Blob): void {
    if (this.staged) URL.revokeObjectURL(this.staged.url);
    this.staged = { blob, url: URL.createObjectURL(blob) };
    this.error = null;
    this.#staged();
    this.#update();
  }

  /** Drops the staged image (after it was uploaded, or when the user changes their mind). */
  discard = (): void => {
    if (!this.staged) return;
    URL.revokeObjectURL(this.staged.url);
    this.staged = undefined;
    this.#staged();
    this.#update();
  };

  /** Moves focus to the button that explains the image's error (after a refused save). */
  focus(): void {
    this.#host.shadowRoot?.querySelector<HTMLElement>('[part~="avatar-choose"]')?.focus();
  }

  #choose = () => this.#host.shadowRoot?.querySelector<HTMLInputElement>('input[type="file"]')?.click();

  #onChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    // Cleared, so choosing the same file again is a change again.
    input.value = '';
    if (file) void this.take(file);
  };

  #onPaste = (event: ClipboardEvent) => {
    const file = event.clipboardData?.files[0];
    const target = event.composedPath()[0];
    // Text pasted into a field stays text (Word puts a picture of the text on the clipboard too).
    const intoText = target instanceof HTMLInputElement && event.clipboardData?.types.includes('text/plain');
    if (!this.#canUpload || !file || intoText) return;
    event.preventDefault();
    void this.take(file);
  };

  #onDrag = (event: DragEvent) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    // Also while uploading: a file dropped here must not open in the tab instead.
    event.preventDefault();
    const over = event.type === 'dragover' && this.#canUpload;
    // Leaving for a child of the drop zone is not leaving it.
    if (!over && (event.currentTarget as Element).contains(event.relatedTarget as Node | null)) return;
    if (this.#dragging !== over) {
      this.#dragging = over;
      this.#update();
    }
    if (event.type === 'drop' && this.#canUpload) {
      const file = event.dataTransfer.files[0];
      if (file) void this.take(file);
    }
  };

  render(profile: Profile, o: AvatarFieldOptions) {
    // No new image while one uploads (the upload's end would discard it).
    this.#canUpload = o.canUpload && !o.busy;
    this.#rules = o.rules;
    const staged = this.staged;
    const image = staged
      ? html`<img
          part="avatar avatar-preview"
          class="avatar"
          src=${staged.url}
          alt=${msg('Preview of your new profile image')}
        />`
      : profile.avatarUrl
        ? html`<img part="avatar" class="avatar" src=${profile.avatarUrl} alt=${msg('Your profile image')} />`
        : html`<span
            part="avatar"
            class="avatar"
            role="img"
            aria-label=${msg('Your initials (no profile image)')}
            >${initialsOf(profile.name) || '?'}</span
          >`;
    if (!o.canUpload && !o.canRemove)
      return html`<div part="avatar-field" class="avatar-field">${image}</div>`;
    const drag = o.canUpload ? this.#onDrag : null;
    return html`<div
      part="avatar-field"
      class="avatar-field ${this.#dragging ? 'dragging' : ''}"
      @dragover=${drag}
      @dragleave=${drag}
      @drop=${drag}
    >
      ${image}
      <div class="avatar-controls">
        <div class="actions">
          ${
            o.canUpload
              ? html`<button
                    type="button"
                    part="avatar-choose"
                    aria-describedby=${this.error ? 'avatar-hint avatar-error' : 'avatar-hint'}
                    ?disabled=${o.busy}
                    @click=${this.#choose}
                  >
                    ${staged || profile.avatarUrl ? msg('Change image') : msg('Choose image')}
                  </button>
                  <input
                    type="file"
                    hidden
                    accept=${o.rules.avatarTypes.join(',')}
                    @change=${this.#onChange}
                  />`
              : nothing
          }
          ${
            staged
              ? html`<button type="button" part="avatar-discard" ?disabled=${o.busy} @click=${this.discard}>
                  ${msg('Discard new image')}
                </button>`
              : profile.avatarUrl && o.canRemove
                ? html`<button type="button" part="avatar-remove" ?disabled=${o.busy} @click=${this.#remove}>
                    ${msg('Remove image')}
                  </button>`
                : nothing
          }
        </div>
        ${
          o.canUpload
            ? html`<span id="avatar-hint" part="hint avatar-hint" class="hint"
                >${
                  staged
                    ? msg('A preview: select Update Profile to save it.')
                    : msg(
                        str`${typeNames(o.rules)}: up to ${maxMegabytes(o.rules)} MB. You can also drop or paste an image here.`,
                      )
                }</span
              >`
            : nothing
        }
        ${
          this.progress === undefined
            ? nothing
            : html`<progress
                part="avatar-progress"
                max="100"
                value=${Math.round(this.progress * 100)}
                aria-label=${msg('Uploading your profile image')}
              ></progress>`
        }
        ${
          this.error
            ? html`<p id="avatar-error" part="field-error avatar-error" class="error" role="alert">
                ${this.error}
              </p>`
            : nothing
        }
      </div>
    </div>`;
  }
}
