import { elementUpdated } from '@open-wc/testing';
import type { LitElement } from 'lit';

/** The element inside `host`'s shadow root matching `selector` (fails loudly when absent). */
export function $<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = host.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`${selector} not found in <${host.localName}>`);
  return found;
}

/** The input labelled `label` inside `host`'s shadow root. */
export function field(host: Element, label: string): HTMLInputElement {
  const labelEl = [...host.shadowRoot!.querySelectorAll('label')].find(
    (l) => l.textContent?.trim() === label,
  );
  if (!labelEl) throw new Error(`no field labelled "${label}"`);
  return host.shadowRoot!.getElementById(labelEl.htmlFor) as HTMLInputElement;
}

/** The error message shown for an input (through its aria-describedby), or null. */
export function errorOf(input: HTMLInputElement): string | null {
  const root = input.getRootNode() as ShadowRoot;
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids.map((id) => root.getElementById(id)).find((el) => el?.classList.contains('error'));
  return error?.textContent?.trim() ?? null;
}

/** Types into an input the way the browser reports it (value + input event), then lets lit render. */
export async function type(host: LitElement, input: HTMLInputElement, value: string): Promise<void> {
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await elementUpdated(host);
}

export async function blur(host: LitElement, input: HTMLInputElement): Promise<void> {
  input.dispatchEvent(new FocusEvent('blur'));
  await elementUpdated(host);
}

/** Waits until `predicate` holds (re-checked every animation frame), or fails after `ms`. */
export async function until(predicate: () => unknown, ms = 3000): Promise<void> {
  const end = performance.now() + ms;
  while (!predicate()) {
    if (performance.now() > end) throw new Error(`condition not met in ${ms} ms: ${predicate}`);
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/** Clicks like a user: the button takes focus first. */
export function click(button: HTMLElement): void {
  button.focus();
  button.click();
}
