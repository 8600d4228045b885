/**
 * This browser's push subscription was turned on or off through `<notification-prefs>` (and the
 * backend was told). The subscription itself is not in `detail`: its keys are the browser's secrets.
 */
export class PushSubscriptionChangeEvent extends Event {
  static readonly type = 'pe-push-change';
  constructor(readonly detail: { subscribed: boolean }) {
    super(PushSubscriptionChangeEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pe-push-change': PushSubscriptionChangeEvent;
  }
}
