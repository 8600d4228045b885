/**
 * `<docs-theme-playground>`: the live playground of the Theming docs page. A form of the main
 * `--pe-*` tokens beside a `<profile-settings>`; every edit sets the token on the preview around the
 * element, as a host page would, so each section follows at once. The pickers start at the defaults
 * the elements' style sheets give (the same as the table above it), in the scheme shown.
 */
import type { SettingsAdapter } from '@profile-elements/core';
import { LitElement, css, html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { ThemeToken } from './theme-tokens.js';

/** A length token edited with a slider, in px. */
interface LengthControl {
  name: string;
  min: number;
  max: number;
}

const LENGTHS: LengthControl[] = [
  { name: '--pe-radius', min: 0, max: 24 },
  { name: '--pe-space', min: 4, max: 16 },
  { name: '--pe-font-size', min: 12, max: 22 },
];

const FONTS = [
  { value: 'inherit', label: 'The page’s (inherit)' },
  { value: 'system-ui, sans-serif', label: 'System UI' },
  { value: 'Georgia, serif', label: 'Serif' },
  { value: 'ui-monospace, monospace', label: 'Monospace' },
];

const HEX = /^#[0-9a-f]{6}$/i;

/** `6px` → 6, `0.9375rem` → 15 (at the usual 16px root), anything else → `fallback`. */
function toPx(value: string | null, fallback: number): number {
  const match = /^([\d.]+)(px|rem)$/.exec(value ?? '');
  if (!match) return fallback;
  return Number(match[1]) * (match[2] === 'rem' ? 16 : 1);
}

export class DocsThemePlayground extends LitElement {
  static override properties = {
    adapter: { attribute: false },
    tokens: { attribute: false },
    dark: { type: Boolean, reflect: true },
  };

  declare adapter: SettingsAdapter | undefined;
  /** The tokens with their defaults (`liveThemeTokens()`). */
  declare tokens: ThemeToken[];
  /** Whether the preview shows the dark colour scheme. */
  declare dark: boolean;

  /** The tokens the reader changed, by name. */
  #edits = new Map<string, string>();

  constructor() {
    super();
    this.tokens = [];
    this.dark = false;
  }

  static override styles = css`
    :host {
      display: block;
    }
    .playground {
      display: flex;
      flex-wrap: wrap;
      gap: 24px;
      align-items: flex-start;
    }
    form {
      flex: 1 1 16rem;
      max-width: 22rem;
      display: grid;
      gap: 16px;
      font:
        14px/1.4 system-ui,
        sans-serif;
    }
    fieldset {
      margin: 0;
      padding: 8px 12px 12px;
      border: 1px solid light-dark(#d1d9e0, #3d444d);
      border-radius: 6px;
      display: grid;
      gap: 8px;
    }
    legend {
      font-weight: 600;
      padding-inline: 4px;
    }
    label {
      display: flex;
      align-items: center;
      gap: 8px;
    }
    .length {
      display: grid;
      gap: 2px;
    }
    .length span {
      display: flex;
      justify-content: space-between;
    }
    input[type='color'] {
      inline-size: 2.25rem;
      block-size: 1.75rem;
      padding: 0;
      flex: none;
    }
    button,
    select {
      font: inherit;
    }
    button {
      justify-self: start;
      padding: 4px 12px;
    }
    pre {
      margin: 8px 0 0;
      padding: 8px;
      overflow-x: auto;
      border-radius: 6px;
      background: light-dark(#f6f8fa, #151b23);
      font-size: 12px;
    }
    .preview {
      flex: 3 1 24rem;
      min-inline-size: 0;
      max-block-size: 720px;
      overflow: auto;
      padding: 24px;
      border: 1px solid light-dark(#d1d9e0, #3d444d);
      border-radius: 8px;
      background: var(--pe-color-surface, light-dark(#ffffff, #0d1117));
      color: var(--pe-color-text, light-dark(#1f2328, #e6edf3));
    }
  `;

  /** The value a control shows: the reader's, else the default in the scheme shown. */
  #value(token: ThemeToken | undefined, name: string): string {
    return this.#edits.get(name) ?? (this.dark ? token?.dark : token?.light) ?? '';
  }

  #token(name: string): ThemeToken | undefined {
    return this.tokens.find((token) => token.name === name);
  }

  #onInput(event: Event) {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    if (control.name === 'dark') {
      this.dark = (control as HTMLInputElement).checked;
      return;
    }
    const length = LENGTHS.find((l) => l.name === control.name);
    this.#edits.set(control.name, length ? `${control.value}px` : control.value);
    this.requestUpdate();
  }

  #reset() {
    this.#edits.clear();
    this.requestUpdate();
  }

  /** The edits as the CSS a host page would write. */
  #css(): string {
    const lines = [
      ...(this.dark ? ['color-scheme: dark;'] : []),
      ...[...this.#edits].map(([k, v]) => `${k}: ${v};`),
    ];
    if (!lines.length) return '/* Nothing changed yet: the defaults apply. */';
    return `profile-settings {\n${lines.map((line) => `  ${line}`).join('\n')}\n}`;
  }

  override render() {
    const colours = this.tokens.filter((t) => HEX.test(t.light ?? '') && HEX.test(t.dark ?? ''));
    const font = this.#token('--pe-font-family');
    const preview = {
      'color-scheme': this.dark ? 'dark' : 'light',
      ...Object.fromEntries(this.#edits),
    };
    return html`<div class="playground">
      <form aria-label="Theme tokens" @input=${this.#onInput} @submit=${(e: Event) => e.preventDefault()}>
        <label><input type="checkbox" name="dark" .checked=${this.dark} /> Dark colour scheme</label>
        <fieldset>
          <legend>Colours</legend>
          ${colours.map(
            (token) =>
              html`<label
                ><input type="color" name=${token.name} .value=${this.#value(token, token.name)} /><code
                  >${token.name}</code
                ></label
              >`,
          )}
        </fieldset>
        <fieldset>
          <legend>Shape and type</legend>
          ${LENGTHS.map(({ name, min, max }) => {
            const token = this.#token(name);
            const px = toPx(this.#value(token, name), min);
            // The label names the slider alone (a wrapping label would name the <output> instead).
            return html`<div class="length">
              <span
                ><label for=${name}><code>${name}</code></label> <output for=${name}>${px}px</output></span
              >
              <input
                type="range"
                id=${name}
                name=${name}
                min=${min}
                max=${max}
                step="1"
                .value=${String(px)}
                aria-valuetext=${`${px}px`}
              />
            </div>`;
          })}
          <label class="length"
            ><code>--pe-font-family</code
            ><select name="--pe-font-family">
              ${FONTS.map(
                (f) =>
                  html`<option
                    value=${f.value}
                    .selected=${f.value === this.#value(font, '--pe-font-family')}
                  >
                    ${f.label}
                  </option>`,
              )}
            </select></label
          >
        </fieldset>
        <button type="button" @click=${this.#reset} ?disabled=${!this.#edits.size}>Reset the tokens</button>
        <details>
          <summary>These tokens as CSS</summary>
          <pre><code>${this.#css()}</code></pre>
        </details>
      </form>
      <div class="preview" role="region" aria-label="Themed elements" tabindex="0" style=${styleMap(preview)}>
        ${this.adapter ? html`<profile-settings .adapter=${this.adapter}></profile-settings>` : nothing}
      </div>
    </div>`;
  }
}

if (!customElements.get('docs-theme-playground'))
  customElements.define('docs-theme-playground', DocsThemePlayground);

declare global {
  interface HTMLElementTagNameMap {
    'docs-theme-playground': DocsThemePlayground;
  }
}
