/** Makes the browser say it is offline until `online()` (which also fires the `online` event). */
export function goOffline(): { online(): void } {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  return {
    online() {
      delete (navigator as { onLine?: boolean }).onLine;
      dispatchEvent(new Event('online'));
    },
  };
}
