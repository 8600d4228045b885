/**
 * The access token was copied: with the Copy button, or by the user from the selected field when
 * the clipboard was refused. `detail` is empty on purpose: the token never travels in an event.
 */
export class TokenCopiedEvent extends Event {
  static readonly type = 'pe-token-copied';
  constructor() {
    super(TokenCopiedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pe-token-copied': TokenCopiedEvent;
  }
}
