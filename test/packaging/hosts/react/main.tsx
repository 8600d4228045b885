// A React 19 + strict TypeScript host, as packages/react/README.md writes it, installed from the packed
// tarballs outside the workspace (test/packaging/apps.pack.ts). The backend and the token come in the
// query string.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ProfileSettings } from '@profile-elements/react';
import { ChatwootAdapter } from '@profile-elements/chatwoot-adapter';
import type { SectionName } from '@profile-elements/elements';

function App() {
  // One adapter for the page's life.
  const [adapter] = useState(() => {
    const query = new URLSearchParams(location.search);
    return new ChatwootAdapter({ baseUrl: query.get('api')!, token: query.get('token')! });
  });
  const [saved, setSaved] = useState<SectionName[]>([]);
  return (
    <>
      <p id="saved" role="status">
        {saved.length ? `Saved: ${saved.join(' ')}` : ''}
      </p>
      <ProfileSettings
        adapter={adapter}
        onSaved={(event) => setSaved((list) => [...list, event.detail.section])}
      />
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
