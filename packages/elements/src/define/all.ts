/** Defines every element of the library. */
import './profile-settings.js';
import './profile-details.js';
import './password-change.js';
import './settings-provider.js';
import './notification-prefs.js';
import './access-token.js';
