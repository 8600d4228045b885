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
 * Asks permission (when not asked yet) and subscribes; resolves with the subscription, and whether
 * this call made it (`created: false`: the browser was already subscribed, e.g. by the host or
 * another tab — then it is not ours to drop when the backend refuses it). Rejects with a
 * `NotAllowedError` when the user did not allow notifications, else with the browser's error (no
 * service worker, no or a wrong VAPID key, no push service).
 */
export async function subscribe(
  given: ServiceWorkerRegistration | undefined,
  vapidPublicKey: string,
): Promise<{ subscription: PushSubscription; created: boolean }> {
  if (Notification.permission !== 'granted' && (await Notification.requestPermission()) !== 'granted') {
    throw new DOMException('Notifications not allowed', 'NotAllowedError');
  }
  const { pushManager } = (await registrationOf(given))!;
  const existing = await pushManager.getSubscription();
  if (existing) return { subscription: existing, created: false };
  const applicationServerKey = base64UrlToBytes(vapidPublicKey);
  return {
    subscription: await pushManager.subscribe({ userVisibleOnly: true, applicationServerKey }),
    created: true,
  };
}

/** A VAPID key as given by servers (base64url, padding optional) to the bytes `subscribe` wants. */
export function base64UrlToBytes(key: string): Uint8Array<ArrayBuffer> {
  const base64 = key.trim().replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
