import { noChange, type PropertyPart } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import { setCommittedValue } from 'lit/directive-helpers.js';

/**
 * lit's `live()` for the one kind of binding the elements use it on, property bindings
 * (`.value`, `.checked`): sets the value whenever it differs from the element's *current* one (which
 * the user may have changed), not from the last rendered one. Without lit's checks for the other
 * binding kinds, which it would only have to reject.
 */
class LiveProperty extends Directive {
  render(value: unknown) {
    return value;
  }

  override update(part: PropertyPart, [value]: [unknown]) {
    if (value === (part.element as unknown as Record<string, unknown>)[part.name]) return noChange;
    // Forget the last value, so lit sets this one even when it is the same.
    setCommittedValue(part);
    return value;
  }
}

export const live = directive(LiveProperty);
