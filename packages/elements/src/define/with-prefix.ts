// Every element under the host's own prefix, for pages whose tag names collide (another library's
// `<profile-settings>`): `defineWithPrefix('acme')` registers `<acme-profile-settings>`, which renders
// `<acme-profile-details>` and the other sections inside it. Nothing is registered on import.
import { ProfileSettings } from '../profile-settings/profile-settings.js';
import { ProfileDetails } from '../profile-details/profile-details.js';
import { SettingsProvider } from '../settings-provider/settings-provider.js';
import { afterPaint } from '../shared/frames.js';
import { define } from '../shared/define.js';

type ElementClass = CustomElementConstructor & (new () => HTMLElement);

/** The sections other than Profile, loaded as `define/profile-settings.js` loads them: after paint. */
const LAZY: Record<string, () => Promise<ElementClass>> = {
  'availability-prefs': () =>
    import('../availability-prefs/availability-prefs.js').then((m) => m.AvailabilityPrefs),
  'interface-prefs': () => import('../interface-prefs/interface-prefs.js').then((m) => m.InterfacePrefs),
  'message-signature': () =>
    import('../message-signature/message-signature.js').then((m) => m.MessageSignature),
  'hotkey-prefs': () => import('../hotkey-prefs/hotkey-prefs.js').then((m) => m.HotkeyPrefs),
  'password-change': () => import('../password-change/password-change.js').then((m) => m.PasswordChange),
  'notification-prefs': () =>
    import('../notification-prefs/notification-prefs.js').then((m) => m.NotificationPrefs),
  'access-token': () => import('../access-token/access-token.js').then((m) => m.AccessToken),
};

/** A custom element name's first part: lower-case ASCII letter first, no upper case. */
const PREFIX = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * Registers every element as `<prefix>-<tag>`: `<acme-profile-settings>`, `<acme-profile-details>`,
 * `<acme-settings-provider>` at once, the other sections (`<acme-access-token>`, …) once the first
 * frame is painted or when `<acme-profile-settings>` needs them, whichever comes first. Each is a
 * subclass of the exported class, so `instanceof ProfileSettings` still holds.
 *
 * @param prefix e.g. `acme` (no trailing dash)
 * @returns resolves once every element is registered
 */
export function defineWithPrefix(prefix: string): Promise<void> {
  let defined = byPrefix.get(prefix);
  if (!defined) byPrefix.set(prefix, (defined = defineAll(prefix)));
  return defined;
}

/** A second call with the same prefix is the first one's promise, not a second set of classes. */
const byPrefix = new Map<string, Promise<void>>();

function defineAll(prefix: string): Promise<void> {
  if (!PREFIX.test(prefix)) {
    throw new TypeError(
      `defineWithPrefix: "${prefix}" is not a tag prefix (lower-case letters, digits, dashes)`,
    );
  }
  const tag = (name: string) => `${prefix}-${name}`;
  const loading = new Map<string, Promise<void>>();
  const load = (name: string) => {
    let done = loading.get(name);
    if (!done) {
      done = LAZY[name]!().then((element) => define(tag(name), class extends element {}));
      loading.set(name, done);
    }
    return done;
  };
  define(
    tag('profile-settings'),
    class extends ProfileSettings {
      static override tagPrefix = `${prefix}-`;
      static override sectionLoaders = Object.fromEntries(
        Object.keys(LAZY).map((name) => [name, () => load(name)]),
      );
    },
  );
  define(tag('profile-details'), class extends ProfileDetails {});
  define(tag('settings-provider'), class extends SettingsProvider {});
  return afterPaint().then(() => Promise.all(Object.keys(LAZY).map(load)).then(() => undefined));
}
