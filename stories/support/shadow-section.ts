/**
 * Testing Library queries inside one element's shadow root, for `play` functions: the story's own
 * element, or the one inside `<profile-settings>`' shadow root.
 */
import { waitFor, within } from 'storybook/test';
import type { LitElement } from 'lit';

export async function shadowSection(canvasElement: HTMLElement, tag: string, selector = tag) {
  const host = await waitFor(() => {
    const el =
      canvasElement.querySelector<LitElement>(selector) ??
      canvasElement.querySelector('profile-settings')?.shadowRoot?.querySelector<LitElement>(selector);
    if (!el?.shadowRoot) throw new Error(`<${tag}> has not rendered yet`);
    return el;
  });
  await host.updateComplete;
  const root = host.shadowRoot!;
  // Queries work on any container node; the ShadowRoot is typed as an element only for `within`.
  return { host, root, ...within(root as unknown as HTMLElement) };
}

/**
 * Replaces a global's property for one story, undone when the story is left (return it from
 * `beforeEach`). For browser APIs whose state a story must pin: permissions, the clipboard.
 */
export function pin(target: object, key: string, value: unknown): () => void {
  const before = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { configurable: true, writable: true, value });
  return () => {
    if (before) Object.defineProperty(target, key, before);
    else delete (target as Record<string, unknown>)[key];
  };
}

/** Waits for the node with `part` in a shadow root: for notes that have no role to find them by. */
export function findPart(root: ParentNode, part: string): Promise<Element> {
  return waitFor(() => {
    const node = root.querySelector(`[part~="${part}"]`);
    if (!node) throw new Error(`no [part~="${part}"] yet`);
    return node;
  });
}
