import { LitElement, html } from 'lit';
import { ContextProvider } from '@lit/context';
import type { SettingsAdapter } from '@profile-elements/core';
import { adapterContext } from '../section/adapter-context.js';
import { checkAdapter } from '#dev-warnings';

/**
 * Gives one adapter to every section element inside it, so a host that places the sections
 * separately (in its own layout) sets the adapter once. Renders its children as they are.
 *
 * @summary Supplies the adapter to the section elements inside it.
 * @tagname settings-provider
 * @slot - The section elements (and anything else).
 */
export class SettingsProvider extends LitElement {
  static override properties = { adapter: { attribute: false } };
  /** The adapter the sections inside use (a section's own `adapter` property wins). */
  adapter: SettingsAdapter | undefined;

  readonly #provider = new ContextProvider(this, { context: adapterContext });

  override connectedCallback(): void {
    super.connectedCallback();
    checkAdapter(this, () => this.adapter);
  }

  protected override willUpdate(): void {
    this.#provider.setValue(this.adapter);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
