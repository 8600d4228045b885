import { AvailabilityPrefs } from '../availability-prefs/availability-prefs.js';
import { define } from '../shared/define.js';

define('availability-prefs', AvailabilityPrefs);

declare global {
  interface HTMLElementTagNameMap {
    'availability-prefs': AvailabilityPrefs;
  }
}
