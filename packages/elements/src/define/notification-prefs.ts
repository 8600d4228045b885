import { NotificationPrefs } from '../notification-prefs/notification-prefs.js';
import { define } from '../shared/define.js';

define('notification-prefs', NotificationPrefs);

declare global {
  interface HTMLElementTagNameMap {
    'notification-prefs': NotificationPrefs;
  }
}
