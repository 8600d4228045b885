import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  FONT_SIZES,
  type FontSize,
  type InterfacePreferences,
  type InterfacePreferencesPatch,
  type SettingsAdapter,
} from '@profile-elements/core';
import { msg, str } from '../shared/localize.js';
import { formatNumber, leftToRight } from '../locale/format.js';
import { InstantSection } from '../section/instant-section.js';
import { changeNoteStyles } from '../section/change-note.js';
import { themeStyles } from '../shared/theme.styles.js';
import { formStyles, visuallyHidden } from '../shared/form.styles.js';
import { interfacePrefsStyles } from './interface-prefs.styles.js';
import { InterfaceChangeEvent } from './interface-prefs-events.js';
import { namedInPage, withAutonym } from './language-names.js';
import { getLocale } from '../locale/page-locale.js';
import { afterPaint } from '../shared/frames.js';

/** "16 px", kept in that order inside right-to-left text. */
const pixels = (size: number) => leftToRight(`${formatNumber(size)}\u00a0px`);

/** The section's base font size (`--pe-font-size`'s default) at Chatwoot's default of 16 px. */
const BASE_REM = 0.9375;

/**
 * The Interface section: the font size (Chatwoot's five, 14 to 20 px) and the interface language
 * ("Use the account default" or one of the adapter's `interfaceLocales`, named in the page's language
 * and in its own: "German (Deutsch)").
 *
 * Both apply at once: a choice fires `pe-interface-change` for the host, and unless the host cancels
 * it, the elements take it themselves — the language through `lang` and `dir` on the outermost element
 * (so every section switches), the font size through `--pe-font-size`. The choice saves in the
 * background; a failed save rolls it back (and applies the old values again) and says why next to
 * its control, with "Try again"; offline, it waits for the network.
 *
 * @summary Font size and interface language, applied at once.
 * @tagname interface-prefs
 *
 * @fires {InterfaceChangeEvent} pe-interface-change - The font size or language shown changed (a choice, or its rollback); cancelable: `preventDefault()` keeps the elements from applying it themselves. `detail: { fontSize, locale }`.
 * @fires {SettingsSavedEvent} pe-saved - A choice was saved. `detail: { section: 'interface', value: InterfacePreferences }`.
 * @fires {SettingsFailedEvent} pe-failed - Loading or saving failed. `detail: { section: 'interface', during: 'load' | 'save', error: SettingsError }`.
 * @fires {SettingsDirtyChangeEvent} pe-dirty-change - A choice started or finished saving. `detail: { section: 'interface', dirty }`.
 * @fires {SettingsLeaveEvent} pe-before-leave - The page is about to unload while a choice is still saving; cancelable. `detail: { section }`.
 * @fires {SessionExpiredEvent} pe-session-expired - The backend refused the credentials; `detail.retry()` saves the choices again once the user is signed in. `detail: { section, during, error, retry }`.
 *
 * @cssstate loading - The settings are loading.
 * @cssstate ready - The settings have loaded.
 * @cssstate saving - A choice is being saved.
 * @cssstate dirty - A choice waits to be saved.
 * @cssstate error - The last load or save failed.
 * @cssstate waiting - A choice waits for the browser to be back online.
 * @cssstate unsupported - The adapter cannot load and save interface settings: the element hides.
 *
 * @csspart section - The section's frame.
 * @csspart header - Title, description and status.
 * @csspart title - The section title.
 * @csspart description - The text under the title.
 * @csspart status - The polite live region ("Saved").
 * @csspart field - Each label with its select.
 * @csspart label - Each select's label.
 * @csspart hint - The text under a select.
 * @csspart font-size - The font size select.
 * @csspart language - The language select.
 * @csspart waiting - "Waiting for the network", next to a choice that waits to be sent.
 * @csspart field-error - Why a choice was not saved.
 * @csspart retry - "Try again".
 * @csspart alert - A load failure, with its retry button.
 * @csspart skeleton - The placeholder while the settings load.
 *
 * @cssproperty [--pe-color-text] - Text colour.
 * @cssproperty [--pe-color-text-muted] - Secondary text.
 * @cssproperty [--pe-color-field] - Select background.
 * @cssproperty [--pe-color-border] - Borders.
 * @cssproperty [--pe-color-accent] - Focus ring.
 * @cssproperty [--pe-color-danger] - Errors.
 * @cssproperty [--pe-color-success] - "Saved".
 * @cssproperty [--pe-radius] - Corner radius.
 * @cssproperty [--pe-space] - The spacing unit (8px).
 * @cssproperty [--pe-font-family] - Font (inherits by default).
 * @cssproperty [--pe-font-size] - Base font size; set by a font size choice unless the host cancels `pe-interface-change`.
 * @cssproperty [--pe-focus-ring] - Box shadow of focused controls.
 * @cssproperty [--pe-form-max-width] - Widest the section grows (32rem).
 */
export class InterfacePrefs extends InstantSection<InterfacePreferences> {
  static override styles = [themeStyles, formStyles, visuallyHidden, changeNoteStyles, interfacePrefsStyles];

  protected readonly section = 'interface';
  protected override readonly keepAs = 'interface';

  /** Languages also show their own name from the first frame after paint on (see `language-names.ts`). */
  #autonyms = false;

  /** What is applied now (`undefined` until the user first changes something). */
  #applied: { fontSize: FontSize; locale: string | null } | undefined;

  protected loadData(adapter: SettingsAdapter, signal: AbortSignal): Promise<InterfacePreferences> {
    return adapter.loadInterfacePreferences!({ signal });
  }

  protected stored(data: InterfacePreferences, key: string): unknown {
    return data[key as keyof InterfacePreferences];
  }

  protected send(values: Map<string, unknown>, adapter: SettingsAdapter, signal: AbortSignal) {
    return adapter.updateInterfacePreferences!(Object.fromEntries(values) as InterfacePreferencesPatch, {
      signal,
    });
  }

  protected override firstUpdated(changed: Map<PropertyKey, unknown>): void {
    super.firstUpdated(changed);
    void afterPaint().then(() => {
      this.#autonyms = true;
      this.requestUpdate();
    });
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    // Only after the user chose: what the page shows at load is the host's to decide.
    if (!this.#applied || !this.data) return;
    const shown = {
      fontSize: this.value('fontSize') as FontSize,
      locale: this.value('locale') as string | null,
    };
    if (shown.fontSize === this.#applied.fontSize && shown.locale === this.#applied.locale) return;
    this.#apply(shown);
  }

  #choose(patch: InterfacePreferencesPatch) {
    this.#applied ??= { fontSize: this.data!.fontSize, locale: this.data!.locale };
    this.change(Object.keys(patch)[0]!, patch);
  }

  /** Tells the host, and unless it takes over, applies the choice to the elements themselves. */
  #apply(shown: { fontSize: FontSize; locale: string | null }) {
    this.#applied = shown;
    if (!this.dispatchEvent(new InterfaceChangeEvent(shown))) return;
    const top = this.#outermost();
    if (shown.locale) {
      top.lang = shown.locale;
      top.dir = direction(shown.locale);
    } else {
      // The account's default: the page's language and direction apply again.
      top.removeAttribute('lang');
      top.removeAttribute('dir');
    }
    top.style.setProperty('--pe-font-size', `${(BASE_REM * shown.fontSize) / 16}rem`);
  }

  /** `<profile-settings>` when this section is one of its, else the section itself. */
  #outermost(): HTMLElement {
    const host = (this.getRootNode() as ShadowRoot).host as HTMLElement | undefined;
    return host?.localName.endsWith('profile-settings') ? host : this;
  }

  protected renderSection() {
    return this.frame(msg('Interface'), msg('How the app looks to you. Changes apply at once.'), () =>
      this.#fields(),
    );
  }

  #fields() {
    const fontSize = this.value('fontSize') as FontSize;
    const locale = this.value('locale') as string | null;
    const sizeName: Record<FontSize, string> = {
      14: msg('Smaller'),
      15: msg('Small'),
      16: msg('Default'),
      18: msg('Large'),
      20: msg('Larger'),
    };
    const locales = this.activeAdapter?.interfaceLocales;
    // A language the backend has that the list lacks still shows, rather than a wrong choice.
    const choices = locales && locale && !locales.includes(locale) ? [...locales, locale] : locales;
    // `.value` as well as `selected`: once the user picked an option, the browser ignores `selected`
    // on it, so a rollback, a retry or another tab's choice would not show without it.
    return html`<div class="field" part="field">
        <label for="font-size" part="label">${msg('Font size')}</label>
        <select
          id="font-size"
          part="font-size"
          .value=${live(String(fontSize))}
          aria-describedby=${this.describedBy('fontSize')}
          @change=${(e: Event) =>
            this.#choose({ fontSize: Number((e.target as HTMLSelectElement).value) as FontSize })}
        >
          ${FONT_SIZES.map(
            (size) =>
              html`<option value=${size} ?selected=${size === fontSize}>
                ${msg(str`${sizeName[size]} (${pixels(size)})`)}
              </option>`,
          )}
        </select>
        ${this.note('fontSize')}
      </div>
      ${
        choices
          ? html`<div class="field" part="field">
              <label for="language" part="label">${msg('Language')}</label>
              <select
                id="language"
                part="language"
                .value=${live(locale ?? '')}
                aria-describedby=${this.describedBy('locale', 'language-hint')}
                @change=${(e: Event) => this.#choose({ locale: (e.target as HTMLSelectElement).value || null })}
              >
                <option value="" ?selected=${!locale}>${msg('Use the account default')}</option>
                ${namedInPage(choices, getLocale()).map(
                  ([tag, name]) =>
                    html`<option value=${tag} ?selected=${tag === locale}>
                      ${this.#autonyms ? withAutonym(name, tag) : name}
                    </option>`,
                )}
              </select>
              <span id="language-hint" class="hint" part="hint">
                ${msg('The language of the app and of the emails it sends you.')}
              </span>
              ${this.note('locale')}
            </div>`
          : nothing
      }`;
  }
}

/** The writing direction of a language: Arabic, Hebrew, Persian, Urdu… run right to left. */
function direction(tag: string): 'ltr' | 'rtl' {
  const locale = new Intl.Locale(tag) as Intl.Locale & { getTextInfo?(): { direction: string } };
  const info = locale.getTextInfo?.();
  if (info) return info.direction === 'rtl' ? 'rtl' : 'ltr';
  return /^(ar|he|fa|ur|ps|sd|ug|yi|dv|ckb)\b/.test(tag) ? 'rtl' : 'ltr';
}
