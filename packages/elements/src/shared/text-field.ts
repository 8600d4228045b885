import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';

export interface TextFieldOptions {
  /** Used as the input's id and name, and, in kebab-case, in its wrapper's part (`field-<id>`). */
  id: string;
  label: string;
  value: string;
  type?: 'text' | 'email';
  autocomplete: string;
  required?: boolean;
  hint?: string | undefined;
  /** The message to show, or `null` when the field is fine (or it is too early to say). */
  error: string | null;
  onInput: (value: string) => void;
  onBlur: () => void;
}

/**
 * A labelled text input with its hint and error, wired for assistive technology: the label names it,
 * `aria-describedby` reads the hint and the error, `aria-invalid` flags it. No `maxlength`: a pasted
 * long value is kept and explained rather than silently cut.
 */
export function textField(o: TextFieldOptions) {
  const hintId = `${o.id}-hint`;
  const errorId = `${o.id}-error`;
  const describedBy = [o.hint ? hintId : '', o.error ? errorId : ''].filter(Boolean).join(' ');
  return html`<div class="field" part="field field-${kebabCase(o.id)}">
    <label for=${o.id} part="label">${o.label}</label>
    <input
      id=${o.id}
      name=${o.id}
      part="input"
      type=${o.type ?? 'text'}
      dir=${o.type === 'email' ? 'ltr' : nothing}
      autocomplete=${o.autocomplete}
      spellcheck="false"
      ?required=${o.required}
      aria-invalid=${!!o.error}
      aria-describedby=${describedBy || nothing}
      .value=${live(o.value)}
      @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
      @blur=${o.onBlur}
    />
    ${o.hint ? html`<span id=${hintId} class="hint" part="hint">${o.hint}</span>` : nothing}
    ${o.error ? html`<p id=${errorId} class="error" part="field-error">${o.error}</p>` : nothing}
  </div>`;
}

/** `displayName` → `display-name`: part names are kebab-case, field ids follow the adapter's names. */
export const kebabCase = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
