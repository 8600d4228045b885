import { PasswordChange } from '../password-change/password-change.js';
import { define } from '../shared/define.js';

define('password-change', PasswordChange);

declare global {
  interface HTMLElementTagNameMap {
    'password-change': PasswordChange;
  }
}
