// The demo's service worker: shows what the backend pushes. A host app has its own; the
// <notification-prefs> element only needs a registration to subscribe with.
self.addEventListener('push', (event) => {
  const data = event.data?.json?.() ?? {};
  event.waitUntil(
    self.registration.showNotification(data.title ?? 'Acme Support', { body: data.body ?? '' }),
  );
});
