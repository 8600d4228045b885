// A plain Vite + strict TypeScript host, as the README's quick start writes it. Installed from the
// packed tarballs, outside the workspace (test/packaging/apps.pack.ts). The backend and the
// token come in the query string.
import '@profile-elements/elements/define/profile-settings.js';
import { ChatwootAdapter } from '@profile-elements/chatwoot-adapter';
import type { SectionName } from '@profile-elements/elements';

const query = new URLSearchParams(location.search);
const settings = document.querySelector('profile-settings')!;
settings.adapter = new ChatwootAdapter({ baseUrl: query.get('api')!, token: query.get('token')! });

const saved: SectionName[] = [];
settings.addEventListener('pe-saved', (event) => {
  saved.push(event.detail.section);
  document.getElementById('saved')!.textContent = `Saved: ${saved.join(' ')}`;
});
