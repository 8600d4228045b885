/** Inputs the suite sends: real (tiny) image files, and a browser push subscription. */

const bytes = (base64: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));

/** A 1×1 PNG: real bytes, so backends that look at the content (as the reference server does) accept it. */
export const pngFile = (): Blob =>
  new Blob(
    [
      bytes(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      ),
    ],
    { type: 'image/png' },
  );

/** A 1×1 GIF. */
export const gifFile = (): Blob =>
  new Blob([bytes('R0lGODlhAQABAAAAACwAAAAAAQABAAACAkQBADs=')], { type: 'image/gif' });

/** A 1×1 WebP: an image browsers show, but not one of core's default avatar types. */
export const webpFile = (): Blob =>
  new Blob([bytes('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==')], { type: 'image/webp' });

/** A PNG one byte over `maxBytes`, built in memory. */
export const oversizedPngFile = (maxBytes: number): Blob => {
  const png = pngFile();
  return new Blob([png, new Uint8Array(maxBytes + 1 - png.size)], { type: 'image/png' });
};

/** What `PushSubscription.toJSON()` gives (keys are base64url, as browsers make them). */
export const pushSubscription = (endpoint = 'https://push.example/abc'): PushSubscriptionJSON => ({
  endpoint,
  expirationTime: null,
  keys: {
    p256dh: 'BEl62iUYgUivxIkv69yViEuiBIa-Ib9-SkvMeAtA3LFgDzkrxZJjSgSnfckjBJuBkr3qBUYIHBQFLXYp5Nksh8U',
    auth: 'tBHItJI5svbpez7KI4CCXg',
  },
});
