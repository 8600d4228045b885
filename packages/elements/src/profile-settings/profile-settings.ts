import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import type { SettingsAdapter } from '@profile-elements/core';
import { adapterContext } from '../shared/adapter-context.js';
import { themeStyles } from '../shared/theme.styles.js';
import { profileSettingsStyles } from './profile-settings.styles.js';

/** The parts of `<profile-details>` that `<profile-settings>` re-exports, prefixed `profile-`. */
const PROFILE_PARTS = [
  'section',
  'header',
  'title',
  'description',
  'form',
  'avatar',
  'field',
  'label',
  'input',
  'hint',
  'field-error',
  'pending-email',
  'alert',
  'retry',
  'submit',
  'status',
]
  .map((part) => `${part}: profile-${part}`)
  .join(', ');

/**
 * The whole Profile Settings page: every section in the product's order, sharing one adapter.
 * Each section is also its own element, for hosts that lay the page out themselves.
 *
 * @summary The signed-in user's settings page, all sections in one tag.
 * @tagname profile-settings
 *
 * @fires pe-saved - A section saved (bubbles from the section). `detail: { section, value }`.
 * @fires pe-failed - A section failed to load or save. `detail: { section, during, error }`.
 * @fires pe-dirty-change - A section's unsaved edits appeared or went away. `detail: { section, dirty }`.
 *
 * @csspart page - The page frame.
 * @csspart profile-* - Every part of the Profile section (`<profile-details>`), prefixed: `profile-input`, `profile-submit`, …
 *
 * @cssproperty [--pe-page-gap] - Space between sections (32px).
 * @cssproperty [--pe-page-max-width] - Widest the page grows (48rem).
 */
export class ProfileSettings extends LitElement {
  static override styles = [themeStyles, profileSettingsStyles];

  /** The backend every section uses. */
  @property({ attribute: false }) adapter: SettingsAdapter | undefined;

  readonly #provider = new ContextProvider(this, { context: adapterContext });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override willUpdate(): void {
    this.#provider.setValue(this.adapter);
  }

  protected override render() {
    return html`<div part="page" role="region" aria-label=${msg('Profile settings')}>
      <profile-details exportparts=${PROFILE_PARTS}></profile-details>
    </div>`;
  }
}
