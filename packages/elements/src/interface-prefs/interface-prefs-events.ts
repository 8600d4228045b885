import type { FontSize } from '@profile-elements/core';

/**
 * The user chose a font size or an interface language in the Interface section: fired at once, before
 * the choice is saved (and again with the old values if saving fails and the choice rolls back), so
 * the host can switch its own UI. `locale` is a BCP 47 tag, or `null` for the account's default.
 *
 * Unless a listener calls `preventDefault()`, the elements apply it to themselves: the outermost of
 * them (`<profile-settings>`, else the section) gets `lang` set to the locale (and `dir` to its direction) and its font size scaled
 * (`--pe-font-size`). A host that applies both to the whole page itself cancels the event.
 */
export class InterfaceChangeEvent extends Event {
  static readonly type = 'pe-interface-change';
  constructor(readonly detail: { fontSize: FontSize; locale: string | null }) {
    super(InterfaceChangeEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pe-interface-change': InterfaceChangeEvent;
  }
}
