import './profile-details.js';
import './password-change.js';
import { ProfileSettings } from '../profile-settings/profile-settings.js';
import { define } from '../shared/define.js';

define('profile-settings', ProfileSettings);

declare global {
  interface HTMLElementTagNameMap {
    'profile-settings': ProfileSettings;
  }
}
