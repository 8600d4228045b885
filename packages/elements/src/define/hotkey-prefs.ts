import { HotkeyPrefs } from '../hotkey-prefs/hotkey-prefs.js';
import { define } from '../shared/define.js';

define('hotkey-prefs', HotkeyPrefs);

declare global {
  interface HTMLElementTagNameMap {
    'hotkey-prefs': HotkeyPrefs;
  }
}
