/**
 * The production stand-in for `./warnings.ts` (the `#dev-warnings` import without the `development`
 * condition): the same functions, doing nothing.
 */
export const ADAPTER_GRACE_MS = 3000;
export function checkAdapter(_element: HTMLElement, _inUse: () => unknown): void {}

/** Only the first class registered under a tag works: say so, briefly. */
export function tagTaken(tag: string, _owner: CustomElementConstructor, _ours: boolean): void {
  console.warn(`profile-elements: <${tag}> is already defined; keeping the first.`);
}
