import { ProfileDetails } from '../profile-details/profile-details.js';
import { define } from '../shared/define.js';

define('profile-details', ProfileDetails);

declare global {
  interface HTMLElementTagNameMap {
    'profile-details': ProfileDetails;
  }
}
