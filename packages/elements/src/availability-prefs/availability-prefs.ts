import { html, nothing } from 'lit';
import {
  AVAILABILITY_STATUSES,
  type AccountAvailability,
  type Availability,
  type AvailabilityStatus,
  type SettingsAdapter,
} from '@profile-elements/core';
import { msg } from '../shared/localize.js';
import { InstantSection } from '../section/instant-section.js';
import { changeNoteStyles } from '../section/change-note.js';
import { themeStyles } from '../shared/theme.styles.js';
import { formStyles, visuallyHidden } from '../shared/form.styles.js';
import { availabilityPrefsStyles } from './availability-prefs.styles.js';

type Member = 'status' | 'autoOffline';

/**
 * The Availability section: whether the agent is online, busy or offline, and whether to be marked
 * offline automatically when they close the app — for the account in use, or, for an agent in
 * several accounts, the one picked in the Account list.
 *
 * A choice saves at once (no Save button); a failed save rolls back and says why next to it, with
 * "Try again"; offline, it waits for the network.
 *
 * @summary Online, busy or offline, and auto-offline, per account.
 * @tagname availability-prefs
 *
 * @fires {SettingsSavedEvent} pe-saved - A choice was saved. `detail: { section: 'availability', value: Availability }`.
 * @fires {SettingsFailedEvent} pe-failed - Loading or saving failed. `detail: { section: 'availability', during: 'load' | 'save', error: SettingsError }`.
 * @fires {SettingsDirtyChangeEvent} pe-dirty-change - A choice started or finished saving. `detail: { section: 'availability', dirty }`.
 * @fires {SettingsLeaveEvent} pe-before-leave - The page is about to unload while a choice is still saving; cancelable. `detail: { section }`.
 * @fires {SessionExpiredEvent} pe-session-expired - The backend refused the credentials; `detail.retry()` saves the choices again once the user is signed in. `detail: { section, during, error, retry }`.
 *
 * @cssstate loading - The availability is loading.
 * @cssstate ready - The availability has loaded.
 * @cssstate saving - A choice is being saved.
 * @cssstate dirty - A choice waits to be saved.
 * @cssstate error - The last load or save failed.
 * @cssstate waiting - A choice waits for the browser to be back online.
 * @cssstate unsupported - The adapter cannot load and save availability: the element hides.
 *
 * @csspart section - The section's frame.
 * @csspart header - Title, description and status.
 * @csspart title - The section title.
 * @csspart description - The text under the title.
 * @csspart status - The polite live region ("Saved").
 * @csspart field - The account picker with its label (agents in several accounts only).
 * @csspart label - Its label.
 * @csspart account - The account select.
 * @csspart statuses - The group of the three statuses.
 * @csspart legend - Its legend.
 * @csspart option - Each status radio with its label.
 * @csspart dot - The coloured dot of each status.
 * @csspart auto-offline - The "mark me offline" checkbox with its label.
 * @csspart hint - The text under the checkbox.
 * @csspart waiting - "Waiting for the network", next to a choice that waits to be sent.
 * @csspart field-error - Why a choice was not saved.
 * @csspart retry - "Try again".
 * @csspart alert - A load failure, with its retry button.
 * @csspart skeleton - The placeholder while the availability loads.
 *
 * @cssproperty [--pe-color-text] - Text colour.
 * @cssproperty [--pe-color-text-muted] - Secondary text.
 * @cssproperty [--pe-color-field] - Select background.
 * @cssproperty [--pe-color-border] - Borders.
 * @cssproperty [--pe-color-accent] - Checked controls, focus ring.
 * @cssproperty [--pe-color-danger] - Errors.
 * @cssproperty [--pe-color-success] - "Saved".
 * @cssproperty [--pe-color-online] - The dot of Online (#22c55e).
 * @cssproperty [--pe-color-busy] - The dot of Busy (#f59e0b).
 * @cssproperty [--pe-color-offline] - The dot of Offline (#9ca3af).
 * @cssproperty [--pe-radius] - Corner radius.
 * @cssproperty [--pe-space] - The spacing unit (8px).
 * @cssproperty [--pe-font-family] - Font (inherits by default).
 * @cssproperty [--pe-font-size] - Base font size.
 * @cssproperty [--pe-focus-ring] - Box shadow of focused controls.
 * @cssproperty [--pe-form-max-width] - Widest the section grows (32rem).
 */
export class AvailabilityPrefs extends InstantSection<Availability> {
  static override styles = [
    themeStyles,
    formStyles,
    visuallyHidden,
    changeNoteStyles,
    availabilityPrefsStyles,
  ];
  static override properties = {
    ...InstantSection.properties,
    accountId: { state: true, attribute: false },
  };

  protected readonly section = 'availability';
  protected override readonly keepAs = 'availability';

  /** The account picked in the list (default: the one in use). */
  private accountId: string | undefined;

  protected loadData(adapter: SettingsAdapter, signal: AbortSignal): Promise<Availability> {
    return adapter.loadAvailability!({ signal });
  }

  /** Keys are `<accountId>.status` and `<accountId>.autoOffline`. */
  protected stored(data: Availability, key: string): unknown {
    const [accountId, member] = splitKey(key);
    return data.accounts.find((a) => a.accountId === accountId)?.[member];
  }

  protected send(values: Map<string, unknown>, adapter: SettingsAdapter, signal: AbortSignal) {
    const [key, value] = [...values][0]!;
    const [accountId, member] = splitKey(key);
    return adapter.updateAvailability!({ accountId, [member]: value }, { signal });
  }

  protected renderSection() {
    return this.frame(msg('Availability'), msg('Whether new conversations can be assigned to you.'), (data) =>
      this.#fields(data),
    );
  }

  #fields(data: Availability) {
    const account =
      data.accounts.find((a) => a.accountId === this.accountId) ??
      data.accounts.find((a) => a.accountId === data.currentAccountId) ??
      data.accounts[0];
    if (!account) return html`<p part="hint" class="hint">${msg('You are not a member of any account.')}</p>`;
    const id = account.accountId;
    const status = this.value(`${id}.status`) as AvailabilityStatus;
    const names: Record<AvailabilityStatus, string> = {
      online: msg('Online'),
      busy: msg('Busy'),
      offline: msg('Offline'),
    };
    return html`${data.accounts.length > 1 ? this.#accountPicker(data.accounts, id) : nothing}
      <!-- The note describes each radio, not the fieldset: radios are what is read and focused. -->
      <fieldset part="statuses">
        <legend part="legend">${msg('Your status')}</legend>
        ${AVAILABILITY_STATUSES.map(
          (s) =>
            html`<label part="option">
              <input
                type="radio"
                name="status"
                .value=${s}
                .checked=${status === s}
                aria-describedby=${this.describedBy(`${id}.status`)}
                @change=${() => this.change(`${id}.status`, { [`${id}.status`]: s })}
              />
              <span part="dot" class=${s} aria-hidden="true"></span>
              ${names[s]}
            </label>`,
        )}
      </fieldset>
      ${this.note(`${id}.status`)}
      <div class="field">
        <label part="auto-offline">
          <input
            type="checkbox"
            .checked=${this.value(`${id}.autoOffline`) as boolean}
            aria-describedby=${this.describedBy(`${id}.autoOffline`, 'auto-offline-hint')}
            @change=${(e: Event) =>
              this.change(`${id}.autoOffline`, {
                [`${id}.autoOffline`]: (e.target as HTMLInputElement).checked,
              })}
          />
          ${msg('Mark me offline automatically when I close the app')}
        </label>
        <span id="auto-offline-hint" part="hint" class="hint">
          ${msg('When it is off, you stay online until you change your status yourself.')}
        </span>
        ${this.note(`${id}.autoOffline`)}
      </div>`;
  }

  #accountPicker(accounts: AccountAvailability[], chosen: string) {
    return html`<div class="field" part="field">
      <label for="account" part="label">${msg('Account')}</label>
      <select
        id="account"
        part="account"
        @change=${(e: Event) => (this.accountId = (e.target as HTMLSelectElement).value)}
      >
        ${accounts.map(
          (a) =>
            html`<option value=${a.accountId} ?selected=${a.accountId === chosen}>${a.accountName}</option>`,
        )}
      </select>
    </div>`;
  }
}

function splitKey(key: string): [string, Member] {
  const dot = key.lastIndexOf('.');
  return [key.slice(0, dot), key.slice(dot + 1) as Member];
}
