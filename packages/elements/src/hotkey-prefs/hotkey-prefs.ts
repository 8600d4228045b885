import { html } from 'lit';
import type { InterfacePreferences, SendKey, SettingsAdapter } from '@profile-elements/core';
import { SEND_KEYS } from '@profile-elements/core';
import { msg, str } from '../shared/localize.js';
import { InstantSection } from '../section/instant-section.js';
import { changeNoteStyles } from '../section/change-note.js';
import { themeStyles } from '../shared/theme.styles.js';
import { formStyles, visuallyHidden } from '../shared/form.styles.js';
import { isApple } from '../shared/platform.js';
import { hotkeyPrefsStyles } from './hotkey-prefs.styles.js';

/** Key names as printed on keys: not translated (the keyboard shows them so). */
const ENTER = 'Enter';
const SHIFT = 'Shift';

/**
 * The Hotkey section: which key sends a message in the reply box — Enter, or ⌘+Enter (Ctrl+Enter
 * outside Apple devices) — as two cards, each with its keys and what the other keys do then.
 *
 * A choice saves at once (no Save button); a failed save rolls back and says why next to the cards,
 * with "Try again"; offline, it waits for the network.
 *
 * @summary Choose the key that sends a message: Enter, or ⌘/Ctrl+Enter.
 * @tagname hotkey-prefs
 *
 * @fires {SettingsSavedEvent} pe-saved - The choice was saved. `detail: { section: 'hotkey', value: InterfacePreferences }`.
 * @fires {SettingsFailedEvent} pe-failed - Loading or saving failed. `detail: { section: 'hotkey', during: 'load' | 'save', error: SettingsError }`.
 * @fires {SettingsDirtyChangeEvent} pe-dirty-change - A choice started or finished saving. `detail: { section: 'hotkey', dirty }`.
 * @fires {SettingsLeaveEvent} pe-before-leave - The page is about to unload while a choice is still saving; cancelable. `detail: { section }`.
 * @fires {SessionExpiredEvent} pe-session-expired - The backend refused the credentials; `detail.retry()` saves the choice again once the user is signed in. `detail: { section, during, error, retry }`.
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
 * @csspart choices - The group of the two cards.
 * @csspart choice - Each card (a label around its radio button).
 * @csspart choice-label - A card's keys.
 * @csspart choice-text - What the keys do with that choice.
 * @csspart key - Each key (`<kbd>`).
 * @csspart waiting - "Waiting for the network", while the choice waits to be sent.
 * @csspart field-error - Why the choice was not saved.
 * @csspart retry - "Try again".
 * @csspart alert - A load failure, with its retry button.
 * @csspart skeleton - The placeholder while the settings load.
 *
 * @cssproperty [--pe-color-text] - Text colour.
 * @cssproperty [--pe-color-text-muted] - Secondary text.
 * @cssproperty [--pe-color-field] - Key caps.
 * @cssproperty [--pe-color-border] - Card borders.
 * @cssproperty [--pe-color-accent] - The chosen card, focus ring.
 * @cssproperty [--pe-color-danger] - Errors.
 * @cssproperty [--pe-color-success] - "Saved".
 * @cssproperty [--pe-radius] - Corner radius.
 * @cssproperty [--pe-space] - The spacing unit (8px).
 * @cssproperty [--pe-font-family] - Font (inherits by default).
 * @cssproperty [--pe-font-size] - Base font size.
 * @cssproperty [--pe-focus-ring] - Box shadow of the focused card.
 * @cssproperty [--pe-form-max-width] - Widest the section grows (40rem).
 */
export class HotkeyPrefs extends InstantSection<InterfacePreferences> {
  static override styles = [themeStyles, formStyles, visuallyHidden, changeNoteStyles, hotkeyPrefsStyles];

  protected readonly section = 'hotkey';
  protected override readonly keepAs = 'interface';

  protected loadData(adapter: SettingsAdapter, signal: AbortSignal): Promise<InterfacePreferences> {
    return adapter.loadInterfacePreferences!({ signal });
  }

  protected stored(data: InterfacePreferences): unknown {
    return data.sendKey;
  }

  protected send(values: Map<string, unknown>, adapter: SettingsAdapter, signal: AbortSignal) {
    return adapter.updateInterfacePreferences!({ sendKey: values.get('sendKey') as SendKey }, { signal });
  }

  protected renderSection() {
    return this.frame(
      msg('Hotkey to send messages'),
      msg('Choose the key that sends a message from the reply box.'),
      () => this.#choices(),
    );
  }

  #choices() {
    const chosen = this.value('sendKey') as SendKey;
    const mod = isApple() ? '⌘' : 'Ctrl';
    const keys = (names: string[]) =>
      names.map((name, i) => html`${i ? ' + ' : ''}<kbd part="key">${name}</kbd>`);
    const card = (key: SendKey) => {
      const label = keys(key === 'enter' ? [ENTER] : [mod, ENTER]);
      const text =
        key === 'enter'
          ? msg(str`${ENTER} sends the message. ${SHIFT} + ${ENTER} starts a new line.`)
          : msg(str`${mod} + ${ENTER} sends the message. ${ENTER} starts a new line.`);
      return html`<label part="choice">
        <input
          type="radio"
          name="send-key"
          .value=${key}
          .checked=${chosen === key}
          aria-labelledby="label-${key}"
          aria-describedby=${this.describedBy('sendKey', `text-${key}`)}
          @change=${() => this.change('sendKey', { sendKey: key })}
        />
        <!-- Keys read left to right in every language: "⌘ + Enter", never "Enter + ⌘". -->
        <!-- Named by its keys alone: the text under them is its description, not read twice. -->
        <span part="choice-label" id="label-${key}" dir="ltr">${label}</span>
        <span part="choice-text" id="text-${key}">${text}</span>
      </label>`;
    };
    return html`<fieldset part="choices" aria-labelledby="title">${SEND_KEYS.map(card)}</fieldset>
      ${this.note('sendKey')}`;
  }
}
