// The floor: a bare lit element with the same four fields as a profile form (native inputs, labels,
// a submit button), no adapter, no data to wait for.
// First: it wraps lit's `update` before any element class (or decorator) captures it.
import { measure } from './harness.js';
import { LitElement, css, html } from 'lit';

class BareForm extends LitElement {
  static override styles = css`
    form {
      display: grid;
      gap: 12px;
      max-width: 32rem;
      font:
        16px system-ui,
        sans-serif;
    }
    label {
      display: grid;
      gap: 4px;
    }
    input {
      font: inherit;
      padding: 8px;
      border: 1px solid #888;
      border-radius: 6px;
    }
  `;
  override render() {
    return html`<form @submit=${(e: Event) => e.preventDefault()}>
      <label>Full name <input name="name" autocomplete="name" value="Ada Lovelace" /></label>
      <label>Display name <input name="displayName" autocomplete="nickname" value="ada" /></label>
      <label>Email <input name="email" type="email" autocomplete="email" value="ada@example.com" /></label>
      <label>Password <input name="password" type="password" autocomplete="current-password" /></label>
      <button type="submit">Update Profile</button>
    </form>`;
  }
}
customElements.define('bare-form', BareForm);

void measure(
  () => document.body.append(document.createElement('bare-form')),
  () => !!document.querySelector('bare-form')?.shadowRoot?.querySelector('form'),
);
