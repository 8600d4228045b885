import { AccessToken } from '../access-token/access-token.js';
import { define } from '../shared/define.js';

define('access-token', AccessToken);

declare global {
  interface HTMLElementTagNameMap {
    'access-token': AccessToken;
  }
}
