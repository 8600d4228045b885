// Type-checked only, with TypeScript's older `moduleResolution: node10` (tsconfig.node10.json), which
// ignores `exports`: the packages' `typesVersions` must still lead it to every subpath's types.
import type { SettingsAdapter } from '@profile-elements/core';
import { MemoryAdapter } from '@profile-elements/core/memory';
import { ChatwootAdapter } from '@profile-elements/chatwoot-adapter';
import type { ProfileSettings } from '@profile-elements/elements';
import '@profile-elements/elements/define/profile-settings.js';

const adapter: SettingsAdapter = new MemoryAdapter();
const chatwoot: SettingsAdapter = new ChatwootAdapter({ baseUrl: 'https://chat.example.com', token: 't' });
export const settings: ProfileSettings = Object.assign(document.createElement('profile-settings'), {
  adapter: adapter ?? chatwoot,
});
