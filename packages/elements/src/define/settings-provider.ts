import { SettingsProvider } from '../settings-provider/settings-provider.js';
import { define } from '../shared/define.js';

define('settings-provider', SettingsProvider);

declare global {
  interface HTMLElementTagNameMap {
    'settings-provider': SettingsProvider;
  }
}
