// The host page's glue, as a host app would write it: register the tags, make an adapter, hand it over.
// The README's quick start: the whole page, its sections below the first loading lazily.
import '@profile-elements/elements/define/profile-settings.js';
import { ChatwootAdapter } from '@profile-elements/chatwoot-adapter';
import { registerServiceWorker } from './service-worker.js';

// The backend: the dev server proxies `/api` to one on this origin; `?api=<origin>` names another,
// called directly (the e2e tests give each test its own).
const api = new URLSearchParams(location.search).get('api');

// A real host knows the signed-in user's token from its own session; the demo asks the dev server,
// which asks the reference server for the demo agent's current token (and the VAPID key for push).
const sessionUrl = api === null ? '/demo-session.json' : `/demo-session.json?api=${encodeURIComponent(api)}`;
const readSession = (): Promise<{ token: string; vapidPublicKey: string }> =>
  fetch(sessionUrl, { cache: 'no-store' }).then((r) => r.json());
const session = await readSession();

const settings = document.querySelector('profile-settings')!;
settings.adapter = new ChatwootAdapter({
  baseUrl: api ?? location.origin,
  // When the backend refuses the token (it expired, or was regenerated in another tab), the adapter
  // asks again: the host's session gives the current one, and the refused call is sent once more.
  token: async ({ rejected }) => (rejected ? (await readSession()).token : session.token),
});
// Browser push: the host's service worker and its VAPID public key.
settings.vapidPublicKey = session.vapidPublicKey;
registerServiceWorker();

const notice = document.getElementById('notice')!;
settings.addEventListener('pe-saved', (e) => (notice.textContent = `Saved: ${e.detail.section}`));
// The session could not be renewed: a real host would send the user to its sign-in page here.
settings.addEventListener(
  'pe-session-expired',
  () => (notice.textContent = 'Your session has ended: sign in again.'),
);
settings.addEventListener(
  'pe-failed',
  (e) => (notice.textContent = `Failed (${e.detail.during} ${e.detail.section}): ${e.detail.error.kind}`),
);

const dark = document.getElementById('dark') as HTMLInputElement;
dark.checked = matchMedia('(prefers-color-scheme: dark)').matches;
const applyTheme = () => document.documentElement.classList.toggle('dark', dark.checked);
dark.addEventListener('change', applyTheme);
applyTheme();

// The page's language, as a host sets it: `<html lang>` (and `dir`), which the elements follow at
// once. It starts from `?lang=`, else the language the agent chose in Chatwoot (`ui_settings.locale`).
const RIGHT_TO_LEFT = ['ar', 'he'];
const language = document.getElementById('language') as HTMLSelectElement;
const speak = (lang: string) => {
  document.documentElement.lang = lang;
  document.documentElement.dir = RIGHT_TO_LEFT.includes(lang.split('-')[0]!) ? 'rtl' : 'ltr';
  language.value = lang;
};
language.addEventListener('change', () => {
  speak(language.value);
  const url = new URL(location.href);
  url.searchParams.set('lang', language.value);
  history.replaceState(null, '', url);
});
// The agent chose a font size or a language in the Interface section: as a host app would, the demo
// applies both to its whole page (and so cancels the elements' own, narrower way of applying them).
settings.addEventListener('pe-interface-change', (e) => {
  e.preventDefault();
  // "Use the account default": the demo account's language is English.
  speak(e.detail.locale ?? 'en');
  document.documentElement.style.fontSize = `${e.detail.fontSize}px`;
});
const chosen = new URLSearchParams(location.search).get('lang');
if (chosen) speak(chosen);
else
  void (settings.adapter as ChatwootAdapter)
    .userLocale()
    .then((lang) => lang && speak(lang))
    .catch(() => undefined);
// And the font size the agent chose, on the whole page from the start.
void (settings.adapter as ChatwootAdapter)
  .loadInterfacePreferences()
  .then(({ fontSize }) => (document.documentElement.style.fontSize = `${fontSize}px`))
  .catch(() => undefined);
