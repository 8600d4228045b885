import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { MemoryAdapter } from '@profile-elements/core/memory';
import '@profile-elements/elements/define/all.js';
import type { ProfileDetails, ProfileSettings } from '@profile-elements/elements';
import { field, until } from '../helpers/dom.js';

const navItems = (el: ProfileSettings) => [
  ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="nav-item"]'),
];
const navLabels = (el: ProfileSettings) => navItems(el).map((b) => b.textContent!.trim());
const current = (el: ProfileSettings) =>
  navItems(el)
    .filter((b) => b.getAttribute('aria-current') === 'true')
    .map((b) => b.textContent!.trim());
/** The sections in page order: the shadow root's elements, with the slotted Password section in its slot. */
const sectionTags = (el: ProfileSettings) =>
  [...el.shadowRoot!.querySelector('[part~="sections"]')!.children].flatMap((child) =>
    child instanceof HTMLSlotElement ? child.assignedElements().map((e) => e.localName) : [child.localName],
  );

async function mountPage(attrs = '', adapter = new MemoryAdapter(), width = 1000) {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  wrap.innerHTML = `<profile-settings ${attrs}></profile-settings>`;
  const el = wrap.firstElementChild as ProfileSettings;
  el.adapter = adapter;
  await el.updateComplete;
  const details = el.shadowRoot!.querySelector<ProfileDetails>('profile-details');
  if (details) await until(() => details.shadowRoot!.querySelector('form'));
  return el;
}

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

describe('<profile-settings> sections and navigation', () => {
  before(() => setViewport({ width: 1200, height: 700 }));

  it("hosts every section in the product's order, Password in the light DOM", async () => {
    const el = await mountPage();
    expect(sectionTags(el)).to.deep.equal([
      'profile-details',
      'availability-prefs',
      'interface-prefs',
      'message-signature',
      'hotkey-prefs',
      'password-change',
      'notification-prefs',
      'notification-prefs',
      'notification-prefs',
      'access-token',
    ]);
    const password = el.querySelector('password-change')!;
    expect(password.slot).to.equal('password');
    await until(() => password.querySelector('form'));
    expect(password.querySelector('input[autocomplete="current-password"]')!.getRootNode()).to.equal(
      document,
    );
    expect(
      [...el.shadowRoot!.querySelectorAll('notification-prefs')].map((n) => n.getAttribute('sections')),
    ).to.deep.equal(['audio', 'email', 'push']);
    expect(navLabels(el)).to.deep.equal([
      'Profile',
      'Availability',
      'Interface',
      'Message signature',
      'Hotkey to send messages',
      'Password',
      'Audio notifications',
      'Email notifications',
      'Push notifications',
      'Access token',
    ]);
    await expect(el).to.be.accessible();
  });

  it('re-exports the sections’ parts with their section as prefix', async () => {
    const el = await mountPage();
    const exported = (selector: string) =>
      el.shadowRoot!.querySelector(selector)!.getAttribute('exportparts');
    expect(exported('profile-details')).to.include('avatar-choose: profile-avatar-choose');
    expect(exported('notification-prefs[sections="email"]')).to.include('title: email-title');
    expect(exported('access-token')).to.include('copy: access-token-copy');
  });

  it('hands the VAPID key and the service worker registration to the Push section only', async () => {
    const el = await mountPage('vapid-public-key="BKey"');
    const registration = {} as ServiceWorkerRegistration;
    el.serviceWorkerRegistration = registration;
    await el.updateComplete;
    const push = el.shadowRoot!.querySelector<
      HTMLElement & { vapidPublicKey: string; serviceWorkerRegistration: unknown }
    >('notification-prefs[sections="push"]')!;
    expect(push.vapidPublicKey).to.equal('BKey');
    expect(push.serviceWorkerRegistration).to.equal(registration);
  });

  it('leaves out the sections named in hidden-sections, and their list entries', async () => {
    const el = await mountPage('hidden-sections="password access-token"');
    expect(sectionTags(el)).to.deep.equal([
      'profile-details',
      'availability-prefs',
      'interface-prefs',
      'message-signature',
      'hotkey-prefs',
      'notification-prefs',
      'notification-prefs',
      'notification-prefs',
    ]);
    expect(el.querySelector('password-change')).to.equal(null);
    expect(navLabels(el)).not.to.include('Password');
    el.setAttribute('hidden-sections', 'audio interface signature');
    await el.updateComplete;
    expect(el.querySelector('password-change')).not.to.equal(null);
    expect(navLabels(el)).to.deep.equal([
      'Profile',
      'Availability',
      'Hotkey to send messages',
      'Password',
      'Email notifications',
      'Push notifications',
      'Access token',
    ]);
  });

  it('leaves out the sections whose capability the adapter lacks', async () => {
    const el = await mountPage('', new MemoryAdapter({ capabilities: ['uploadAvatar', 'removeAvatar'] }));
    expect(sectionTags(el)).to.deep.equal(['profile-details']);
    expect(el.querySelector('password-change')).to.equal(null);
    expect(navLabels(el)).to.deep.equal(['Profile']);
  });

  it('shows Interface and Hotkey by the one interface capability, and each new section by its own', async () => {
    const el = await mountPage(
      '',
      new MemoryAdapter({
        capabilities: ['loadInterfacePreferences', 'updateInterfacePreferences', 'loadSignature'],
      }),
    );
    expect(sectionTags(el), 'a signature that cannot be saved is left out').to.deep.equal([
      'profile-details',
      'interface-prefs',
      'hotkey-prefs',
    ]);
    expect(navLabels(el)).to.deep.equal(['Profile', 'Interface', 'Hotkey to send messages']);
  });

  it('shows the section list beside the sections when wide, and stacks them without it when narrow', async () => {
    const wide = await mountPage('', new MemoryAdapter(), 1000);
    const nav = wide.shadowRoot!.querySelector('nav')!;
    expect(getComputedStyle(nav).display).to.equal('block');
    expect(nav.getAttribute('aria-label')).to.equal('Settings sections');
    const narrow = await mountPage('', new MemoryAdapter(), 390);
    expect(getComputedStyle(narrow.shadowRoot!.querySelector('nav')!).display).to.equal('none');
    await expect(narrow).to.be.accessible();
  });

  it('scrolls to a chosen section and moves focus to its title, marking it current', async () => {
    const el = await mountPage();
    const password = el.querySelector('password-change')!;
    await until(() => password.querySelector('h2'));
    navItems(el)
      .find((b) => b.textContent!.trim() === 'Password')!
      .focus();
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement === password.querySelector('h2'), 'focus on the Password title').to.equal(
      true,
    );
    expect(current(el)).to.deep.equal(['Password']);
    navItems(el)[0]!.click();
    await el.updateComplete;
    const details = el.shadowRoot!.querySelector('profile-details')!;
    expect(details.shadowRoot!.activeElement?.localName).to.equal('h2');
    expect(current(el)).to.deep.equal(['Profile']);
  });

  it('marks the section in view as the user scrolls', async () => {
    const el = await mountPage();
    await until(() => current(el).length === 1);
    expect(current(el)).to.deep.equal(['Profile']);
    const token = el.shadowRoot!.querySelector('access-token')!;
    await until(() => token.getBoundingClientRect().height > 0);
    token.scrollIntoView({ block: 'start' });
    await until(() => current(el)[0] !== 'Profile');
    expect(current(el)).to.have.length(1);
    window.scrollTo(0, 0);
    await until(() => current(el)[0] === 'Profile');
  });

  it('keeps marking the section in view after the page was moved in the document', async () => {
    const el = await mountPage();
    await until(() => current(el).length === 1);
    const parent = el.parentElement!;
    parent.append(document.createElement('div'), el);
    el.shadowRoot!.querySelector('access-token')!.scrollIntoView({ block: 'start' });
    await until(() => current(el)[0] !== 'Profile');
    window.scrollTo(0, 0);
  });

  it('lets events of the light-DOM Password section bubble through the page', async () => {
    const el = await mountPage();
    const seen: string[] = [];
    el.addEventListener('pe-dirty-change', (e) => seen.push(e.detail.section));
    const password = el.querySelector('password-change')!;
    await until(() => password.querySelector('input[autocomplete="new-password"]'));
    const input = password.querySelector<HTMLInputElement>('input[autocomplete="new-password"]')!;
    input.value = 'x';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await until(() => seen.includes('password'));
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
