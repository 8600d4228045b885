/** Defines every element of the library. */
import './profile-settings.js';
import './profile-details.js';
import './password-change.js';
import './settings-provider.js';
import './notification-prefs.js';
import './access-token.js';
import './availability-prefs.js';
import './interface-prefs.js';
import './message-signature.js';
import './hotkey-prefs.js';
