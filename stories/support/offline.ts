import { pin } from './shadow-section.js';

/**
 * Makes the page look offline for one story (return it from `beforeEach`): `navigator.onLine` reads
 * `false` until the story is left; then the override goes and the page hears `online`, so whatever
 * waited is sent and the next story starts online.
 *
 * Stories that use it are kept off the docs page (`tags: ['!autodocs']`): there every story of the
 * component renders at once, and one of them offline would take the whole page offline.
 */
export function offline(): () => void {
  const restore = pin(navigator, 'onLine', false);
  dispatchEvent(new Event('offline'));
  return () => {
    restore();
    dispatchEvent(new Event('online'));
  };
}
