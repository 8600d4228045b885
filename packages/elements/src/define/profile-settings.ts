// The quick start: `<profile-settings>` with every section. The first section (Profile) comes with it;
// the others load once the first frame is painted or as they near the viewport, so the first download stays
// small. A host that hides a section (`hidden-sections`) never loads its code.
import './profile-details.js';
import { ProfileSettings } from '../profile-settings/profile-settings.js';
import { define } from '../shared/define.js';

ProfileSettings.sectionLoaders = {
  'availability-prefs': () => import('./availability-prefs.js'),
  'interface-prefs': () => import('./interface-prefs.js'),
  'message-signature': () => import('./message-signature.js'),
  'hotkey-prefs': () => import('./hotkey-prefs.js'),
  'password-change': () => import('./password-change.js'),
  'notification-prefs': () => import('./notification-prefs.js'),
  'access-token': () => import('./access-token.js'),
};
define('profile-settings', ProfileSettings);

declare global {
  interface HTMLElementTagNameMap {
    'profile-settings': ProfileSettings;
  }
}
