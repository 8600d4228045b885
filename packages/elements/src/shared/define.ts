import { ContextRoot } from '@lit/context';

let contextRoot: ContextRoot | undefined;

/**
 * Registers a tag once. Loading two copies of the library (micro-frontends, CDN + bundle) must not
 * throw; a different class under the same tag is worth a warning, because only the first one works.
 *
 * The first registration also attaches a `ContextRoot` to the document, so a section that asks for
 * its adapter before its provider is defined (late upgrade) gets it once the provider arrives.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  // No document during server-side rendering: there is nothing to upgrade late there.
  if (!contextRoot && typeof document !== 'undefined')
    (contextRoot = new ContextRoot()).attach(document.documentElement);
  const existing = customElements.get(tag);
  if (!existing) customElements.define(tag, element);
  else if (existing !== element)
    console.warn(`<${tag}> is already defined by another copy of profile-elements; keeping the first.`);
}
