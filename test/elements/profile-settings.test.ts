import { expect, fixture, html } from '@open-wc/testing';
import { MemoryAdapter } from '@profile-elements/core/memory';
import '@profile-elements/elements/define/all.js';
import type { ProfileDetails, ProfileSettings } from '@profile-elements/elements';
import { field, until } from '../helpers/dom.js';

describe('<profile-settings>', () => {
  it('gives its adapter to the Profile section and re-exports its parts', async () => {
    const adapter = new MemoryAdapter();
    const el = await fixture<ProfileSettings>(
      html`<profile-settings .adapter=${adapter}></profile-settings>`,
    );
    const details = el.shadowRoot!.querySelector<ProfileDetails>('profile-details')!;
    await until(() => details.shadowRoot!.querySelector('form'));
    expect(field(details, 'Your full name').value).to.equal('Jane Doe');
    expect(details.getAttribute('exportparts')).to.include('submit: profile-submit');
    await expect(el).to.be.accessible();
  });

  it('loads again when the host swaps the adapter', async () => {
    const el = await fixture<ProfileSettings>(
      html`<profile-settings .adapter=${new MemoryAdapter()}></profile-settings>`,
    );
    const details = el.shadowRoot!.querySelector<ProfileDetails>('profile-details')!;
    await until(() => details.shadowRoot!.querySelector('form'));
    el.adapter = new MemoryAdapter({ profile: { name: 'Someone Else' } });
    await until(() => field(details, 'Your full name').value === 'Someone Else');
  });
});

describe('<settings-provider>', () => {
  it('supplies one adapter to sections placed anywhere inside it; a section’s own adapter wins', async () => {
    const shared = new MemoryAdapter({ profile: { name: 'Shared' } });
    const own = new MemoryAdapter({ profile: { name: 'Own' } });
    const el = await fixture(
      html`<settings-provider .adapter=${shared}>
        <div><profile-details id="a"></profile-details></div>
        <profile-details id="b" .adapter=${own}></profile-details>
      </settings-provider>`,
    );
    const [a, b] = ['#a', '#b'].map((s) => el.querySelector<ProfileDetails>(s)!);
    await until(() => a!.shadowRoot!.querySelector('form') && b!.shadowRoot!.querySelector('form'));
    expect(field(a!, 'Your full name').value).to.equal('Shared');
    expect(field(b!, 'Your full name').value).to.equal('Own');
  });

  it('works when the provider is defined after the section (late upgrade)', async () => {
    const el = await fixture(html`<late-provider><profile-details></profile-details></late-provider>`);
    const { SettingsProvider } = await import('@profile-elements/elements');
    customElements.define('late-provider', class extends SettingsProvider {});
    const details = el.querySelector<ProfileDetails>('profile-details')!;
    (el as unknown as { adapter: MemoryAdapter }).adapter = new MemoryAdapter();
    await until(() => details.shadowRoot!.querySelector('form'));
  });
});
