/**
 * The element classes, without registering any tag (no side effects). To register the tags, import
 * `@profile-elements/elements/define/<tag>.js` (or `define/all.js`).
 */
export { ProfileDetails } from './profile-details/profile-details.js';
export { ProfileSettings } from './profile-settings/profile-settings.js';
export { SettingsProvider } from './settings-provider/settings-provider.js';
export { adapterContext } from './shared/adapter-context.js';
export {
  SettingsSavedEvent,
  SettingsFailedEvent,
  SettingsDirtyChangeEvent,
  SECTION_NAMES,
  type SectionName,
} from './shared/events.js';
