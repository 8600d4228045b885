/** Defines every element of the library. */
import './profile-settings.js';
import './profile-details.js';
import './settings-provider.js';
