import { chatwootMemoryRules } from '@profile-elements/chatwoot-adapter/rules';
import { MemoryAdapter, type MemoryAdapterOptions } from '@profile-elements/core/memory';

/**
 * Core's in-memory adapter in Chatwoot mode: Chatwoot's password policy, limits and messages, for
 * element tests that check those (the live password checklist, the server's words on a field).
 */
export class ChatwootMemoryAdapter extends MemoryAdapter {
  constructor(options: MemoryAdapterOptions = {}) {
    super({ rules: chatwootMemoryRules, ...options });
  }
}
