import { MessageSignature } from '../message-signature/message-signature.js';
import { define } from '../shared/define.js';

define('message-signature', MessageSignature);

declare global {
  interface HTMLElementTagNameMap {
    'message-signature': MessageSignature;
  }
}
