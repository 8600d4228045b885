import { ContextRoot } from '@lit/context';
import { tagTaken } from '#dev-warnings';

let contextRoot: ContextRoot | undefined;

/** Marks the classes this library registers, in every copy of it (hence `Symbol.for`). */
const OURS = Symbol.for('profile-elements.element');

/**
 * Registers a tag once. Loading two copies of the library (micro-frontends, CDN + bundle) must not
 * throw; a different class under the same tag is worth a warning (in development, one that names who
 * owns the tag and what to do), because only the first one works.
 *
 * The first registration also attaches a `ContextRoot` to the document, so a section that asks for
 * its adapter before its provider is defined (late upgrade) gets it once the provider arrives.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  // No registry during server-side rendering (Node): the browser defines the tags when the module
  // loads there.
  if (typeof customElements === 'undefined') return;
  if (!contextRoot && typeof document !== 'undefined')
    (contextRoot = new ContextRoot()).attach(document.documentElement);
  const existing = customElements.get(tag);
  if (!existing) {
    (element as unknown as Record<symbol, boolean>)[OURS] = true;
    customElements.define(tag, element);
  } else if (existing !== element) {
    tagTaken(tag, existing, !!(existing as unknown as Record<symbol, boolean>)[OURS]);
  }
}
