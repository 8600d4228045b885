// The quick start (`define/profile-settings.js`) defines Profile at once and loads the other
// sections lazily: when the page is idle, as they near the viewport, or when chosen in the list.
// Its own file: the page must start with only what the quick start defines.
import { expect, fixture, html } from '@open-wc/testing';
import { MemoryAdapter } from '@profile-elements/core/memory';
import '@profile-elements/elements/define/profile-settings.js';
import type { ProfileSettings } from '@profile-elements/elements';
import { until } from '../helpers/dom.js';

const defined = (tag: string) => !!customElements.get(tag);
const navItems = (el: ProfileSettings) =>
  [...el.shadowRoot!.querySelectorAll('[part~="nav-item"]')].map((b) => b.textContent!.trim());

describe('<profile-settings> from the quick start', () => {
  it('defines Profile at once, lists every section, and loads the rest when idle, except hidden ones', async () => {
    expect(defined('profile-details')).to.equal(true);
    expect(defined('notification-prefs'), 'not in the first download').to.equal(false);
    expect(defined('password-change')).to.equal(false);
    const later = ['availability-prefs', 'interface-prefs', 'message-signature', 'hotkey-prefs'];
    for (const tag of later) expect(defined(tag), `${tag}: not in the first download`).to.equal(false);
    const el = await fixture<ProfileSettings>(
      html`<profile-settings
        style="width: 60rem"
        hidden-sections="access-token"
        .adapter=${new MemoryAdapter()}
      ></profile-settings>`,
    );
    expect(navItems(el)).to.deep.equal([
      'Profile',
      'Availability',
      'Interface',
      'Message signature',
      'Hotkey to send messages',
      'Password',
      'Audio notifications',
      'Email notifications',
      'Push notifications',
    ]);
    await until(() => defined('notification-prefs') && defined('password-change'), 5000);
    await until(() => later.every(defined), 5000);
    await until(() => el.shadowRoot!.querySelector('#email')?.shadowRoot?.querySelector('table'));
    expect(el.querySelector('password-change')!.querySelector('form')).not.to.equal(null);
    expect(defined('access-token'), 'a hidden section is never loaded').to.equal(false);
  });

  it('loads a section chosen in the list, then moves focus to its title', async () => {
    const el = await fixture<ProfileSettings>(
      html`<profile-settings style="width: 60rem" .adapter=${new MemoryAdapter()}></profile-settings>`,
    );
    const item = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="nav-item"]')].find(
      (b) => b.textContent!.trim() === 'Access token',
    )!;
    item.click();
    await until(() => defined('access-token'));
    const section = el.shadowRoot!.querySelector('access-token')!;
    await until(() => section.shadowRoot?.activeElement?.tagName === 'H2');
  });
});
