import { InterfacePrefs } from '../interface-prefs/interface-prefs.js';
import { define } from '../shared/define.js';

define('interface-prefs', InterfacePrefs);

declare global {
  interface HTMLElementTagNameMap {
    'interface-prefs': InterfacePrefs;
  }
}
