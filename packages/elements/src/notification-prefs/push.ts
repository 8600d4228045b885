/**
 * Browser push, platform only: what this browser can do, and subscribing with the host's service
 * worker and VAPID key. The element turns the outcomes into words.
 */

/** Where push stands in this browser for this site. */
export type PushState = 'unsupported' | NotificationPermission;

export function pushState(): PushState {
  // Browsers also hide these on plain http pages (push needs https, or localhost).
  return 'Notification' in window && 'PushManager' in window && 'serviceWorker' in navigator
    ? Notification.permission
    : 'unsupported';
}

/** The host's registration, else this page's (undefined when the page registered none). */
export async function registrationOf(
  given: ServiceWorkerRegistration | undefined,
): Promise<ServiceWorkerRegistration | undefined> {
  if (given) return given;
  // `ready` never settles on a page without a service worker: ask whether there is one first.
  return (await navigator.serviceWorker.getRegistration()) && navigator.serviceWorker.ready;
}

/**
 * Asks permission (when not asked yet) and subscribes; resolves with the subscription. Rejects with
 * a `NotAllowedError` when the user did not allow notifications, else with the browser's error
 * (no service worker, no or a wrong VAPID key, no push service).
 */
export async function subscribe(
  given: ServiceWorkerRegistration | undefined,
  vapidPublicKey: string,
): Promise<PushSubscription> {
  if (Notification.permission !== 'granted' && (await Notification.requestPermission()) !== 'granted') {
    throw new DOMException('Notifications not allowed', 'NotAllowedError');
  }
  const { pushManager } = (await registrationOf(given))!;
  return (
    (await pushManager.getSubscription()) ??
    pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: base64UrlToBytes(vapidPublicKey) })
  );
}

/** A VAPID key as given by servers (base64url, padding optional) to the bytes `subscribe` wants. */
export function base64UrlToBytes(key: string): Uint8Array<ArrayBuffer> {
  const base64 = key.trim().replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
