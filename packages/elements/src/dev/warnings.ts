/**
 * Development-only checks of how a host page uses the elements, with a console warning that says what
 * to do. Loaded through the package's `#dev-warnings` import: bundlers resolve it here under the
 * `development` export condition (Vite's and webpack's dev servers), and to the silent
 * `./silent.ts` in production builds and from the CDN files, so these strings cost a host nothing.
 */

/** How long an element may wait for its adapter before it is worth a warning. */
export const ADAPTER_GRACE_MS = 3000;

/** Said once per page: the same misuse on ten sections is one warning. */
const said = new Set<string>();
function warnOnce(message: string): void {
  if (said.has(message)) return;
  said.add(message);
  console.warn(`profile-elements: ${message}`);
}

/** An element that takes an adapter: `<profile-settings>`, `<settings-provider>` or a section. */
type AdapterHost = HTMLElement & { adapter?: unknown };

/**
 * Checks an element's adapter when it joins the page: an `adapter` *attribute* (a framework set the
 * property as an attribute, typically because the tag was defined after it rendered), a string in
 * the property, and, after a grace period, no adapter at all — which otherwise shows a placeholder
 * forever without a word.
 *
 * @param inUse the adapter the element works with (its own, or the one a provider gives it)
 */
export function checkAdapter(element: AdapterHost, inUse: () => unknown): void {
  const tag = element.localName;
  const attribute = element.getAttribute('adapter');
  if (attribute !== null || typeof element.adapter === 'string') {
    warnOnce(
      `<${tag}> got its adapter as text (${JSON.stringify(attribute ?? element.adapter)}), but an adapter is ` +
        `an object set as a property: element.adapter = new ChatwootAdapter({ … }). A framework sets an ` +
        `attribute when the tag is not defined yet as it renders: import ` +
        `'@profile-elements/elements/define/${baseTag(tag)}.js' before rendering, or use @profile-elements/react.`,
    );
  }
  setTimeout(() => {
    if (!element.isConnected || inUse() || hasProviderAbove(element)) return;
    warnOnce(
      `<${tag}> has had no adapter for ${ADAPTER_GRACE_MS / 1000} s, so it shows a placeholder. Set its ` +
        `adapter property (element.adapter = new ChatwootAdapter({ baseUrl, token }), or your own adapter), ` +
        `or place it inside a <settings-provider> or <profile-settings> that has one.`,
    );
  }, ADAPTER_GRACE_MS);
}

/** A section inside `<profile-settings>` or `<settings-provider>`: the provider warns, not every section. */
function hasProviderAbove(element: Element): boolean {
  for (let node: Node | null = parentOf(element); node; node = parentOf(node)) {
    if (node instanceof HTMLElement && 'adapter' in node) return true;
  }
  return false;
}

/** The next node up, crossing shadow roots. */
function parentOf(node: Node): Node | null {
  return node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
}

/** `acme-profile-settings` → `profile-settings` (every tag of the set is two words), for its define module. */
function baseTag(tag: string): string {
  return tag.split('-').slice(-2).join('-');
}

/**
 * A tag was already registered by something else: say by whom — another copy of this library, or
 * which class of the page — and how to use the elements beside it.
 */
export function tagTaken(tag: string, owner: CustomElementConstructor, ours: boolean): void {
  const who = ours
    ? 'another copy of profile-elements'
    : owner.name
      ? `the page's class ${owner.name}`
      : "an anonymous class of the page's";
  console.warn(
    `profile-elements: <${tag}> is already defined by ${who}; keeping it. To use profile-elements beside ` +
      'it, register them under your own prefix: import { defineWithPrefix } from ' +
      "'@profile-elements/elements/define/with-prefix.js'; defineWithPrefix('acme') gives <acme-profile-settings>.",
  );
}
