// `defineWithPrefix('acme')`: the whole set under the host's own tag names, for pages where ours are
// taken. Its own file: nothing of the library is registered under its own names here.
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { MemoryAdapter } from '@profile-elements/core/memory';
import { ProfileSettings, ProfileDetails, AccessToken } from '@profile-elements/elements';
import { defineWithPrefix } from '@profile-elements/elements/define/with-prefix.js';
import { until } from '../helpers/dom.js';

describe('defineWithPrefix()', () => {
  it('registers <acme-profile-settings>, which renders and loads <acme-…> sections inside it', async () => {
    const all = defineWithPrefix('acme');
    expect(customElements.get('acme-profile-settings')).to.not.equal(undefined);
    expect(customElements.get('acme-profile-details')).to.not.equal(undefined);
    expect(customElements.get('acme-settings-provider')).to.not.equal(undefined);
    const el = await fixture<ProfileSettings>(
      html`<acme-profile-settings
        style="width: 60rem"
        .adapter=${new MemoryAdapter()}
      ></acme-profile-settings>`,
    );
    expect(el).to.be.instanceOf(ProfileSettings);
    const profile = el.shadowRoot!.querySelector('#profile')!;
    expect(profile.localName).to.equal('acme-profile-details');
    expect(profile).to.be.instanceOf(ProfileDetails);
    await until(() => profile.shadowRoot?.querySelector('form'));
    await all;
    const tags = [...el.shadowRoot!.querySelectorAll('[id]')].map((s) => s.localName);
    expect(tags).to.include.members([
      'acme-availability-prefs',
      'acme-interface-prefs',
      'acme-message-signature',
      'acme-hotkey-prefs',
      'acme-notification-prefs',
      'acme-access-token',
    ]);
    expect(el.querySelector('acme-password-change'), 'the Password section, slotted').to.not.equal(null);
    expect(el.shadowRoot!.querySelector('#access-token')).to.be.instanceOf(AccessToken);
    for (const tag of ['profile-settings', 'profile-details', 'access-token'])
      expect(customElements.get(tag), `<${tag}> stays free`).to.equal(undefined);
  });

  it('lets a section stand alone under its prefixed tag', async () => {
    await defineWithPrefix('acme');
    const tag = unsafeStatic('acme-access-token');
    const el = await fixture(staticHtml`<${tag} .adapter=${new MemoryAdapter()}></${tag}>`);
    await until(() => el.shadowRoot?.querySelector('h2'));
  });

  it('is the same registration when called again, and refuses what cannot be a tag prefix', () => {
    expect(defineWithPrefix('acme')).to.equal(defineWithPrefix('acme'));
    for (const bad of ['Acme', 'acme-', '1acme', 'ac me', ''])
      expect(() => defineWithPrefix(bad), bad).to.throw(TypeError);
  });
});
