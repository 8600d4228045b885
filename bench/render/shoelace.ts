// A design-system peer: the same four fields with Shoelace 2.20.1 (cherry-picked components and its
// light theme, as its docs suggest), rendered by a lit element like the floor.
// First: it wraps lit's `update` before any element class (or decorator) captures it.
import { measure } from './harness.js';
import { LitElement, html } from 'lit';
import '@shoelace-style/shoelace/dist/themes/light.css';
import '@shoelace-style/shoelace/dist/components/input/input.js';
import '@shoelace-style/shoelace/dist/components/button/button.js';

class ShoelaceForm extends LitElement {
  override render() {
    return html`<form @submit=${(e: Event) => e.preventDefault()}>
      <sl-input label="Full name" name="name" autocomplete="name" value="Ada Lovelace"></sl-input>
      <sl-input label="Display name" name="displayName" autocomplete="nickname" value="ada"></sl-input>
      <sl-input
        label="Email"
        name="email"
        type="email"
        autocomplete="email"
        value="ada@example.com"
      ></sl-input>
      <sl-input label="Password" name="password" type="password" autocomplete="current-password"></sl-input>
      <sl-button type="submit" variant="primary">Update Profile</sl-button>
    </form>`;
  }
}
customElements.define('shoelace-form', ShoelaceForm);

void measure(
  () => {
    document.documentElement.classList.add('sl-theme-light');
    document.body.append(document.createElement('shoelace-form'));
  },
  () => {
    const root = document.querySelector('shoelace-form')?.shadowRoot;
    const controls = [...(root?.querySelectorAll<LitElement>('sl-input, sl-button') ?? [])];
    return controls.length === 5 && controls.every((c) => c.hasUpdated);
  },
);
