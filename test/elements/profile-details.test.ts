import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SettingsError } from '@profile-elements/core';
// Chatwoot mode: these tests check Chatwoot's password policy and messages.
import { ChatwootMemoryAdapter as MemoryAdapter } from '../helpers/chatwoot-memory-adapter.js';
import '@profile-elements/elements/define/profile-details.js';
import type { ProfileDetails } from '@profile-elements/elements';
import { $, blur, click, errorOf, field, type, until } from '../helpers/dom.js';

async function mount(adapter = new MemoryAdapter()) {
  const el = await fixture<ProfileDetails>(html`<profile-details .adapter=${adapter}></profile-details>`);
  await until(() => el.shadowRoot!.querySelector('form'));
  return {
    el,
    adapter,
    name: field(el, 'Your full name'),
    displayName: field(el, 'Display name'),
    email: field(el, 'Your email address'),
  };
}
const submitButton = (el: ProfileDetails) => $<HTMLButtonElement>(el, '[part~="submit"]');
const status = (el: ProfileDetails) => $(el, '[role="status"][part~="status"]').textContent!.trim();
const updates = (adapter: MemoryAdapter) => adapter.calls.filter((c) => c.method === 'updateProfile');

describe('<profile-details>', () => {
  it('shows a busy loading state, then the profile in labelled fields', async () => {
    const adapter = new MemoryAdapter({ latency: 100 });
    const el = await fixture<ProfileDetails>(html`<profile-details .adapter=${adapter}></profile-details>`);
    expect($(el, 'section').getAttribute('aria-busy')).to.equal('true');
    expect($(el, '[role="status"]').textContent).to.include('Loading your profile');
    await expect(el).to.be.accessible();
    await until(() => el.shadowRoot!.querySelector('form'));
    expect($(el, 'section').getAttribute('aria-busy')).to.equal('false');
    expect(field(el, 'Your full name').value).to.equal('Jane Doe');
    expect(field(el, 'Display name').value).to.equal('Jane');
    expect(field(el, 'Your email address').value).to.equal('agent@example.com');
    expect(field(el, 'Your email address').autocomplete).to.equal('email');
    expect($(el, '[part~="avatar"]').textContent).to.equal('JD');
    await expect(el).to.be.accessible();
  });

  it('keeps "Update Profile" disabled until something changed', async () => {
    const { el, displayName } = await mount();
    expect(submitButton(el).textContent!.trim()).to.equal('Update Profile');
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
    await type(el, displayName, 'Janie');
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('false');
    await type(el, displayName, 'Jane');
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
  });

  it('validates after the first interaction, then live while typing', async () => {
    const { el, name } = await mount();
    await type(el, name, '');
    expect(errorOf(name), 'no error before leaving the field').to.equal(null);
    await blur(el, name);
    expect(errorOf(name)).to.equal('Enter your full name.');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    await type(el, name, 'J');
    expect(errorOf(name)).to.equal(null);
    await type(el, name, '');
    expect(errorOf(name)).to.equal('Enter your full name.');
  });

  it('on submit with bad input, shows every error, focuses the first and sends nothing', async () => {
    const { el, adapter, name, email } = await mount();
    await type(el, email, 'not-an-email');
    await type(el, name, 'x'.repeat(256));
    click(submitButton(el));
    await until(() => el.shadowRoot!.activeElement === name);
    expect(errorOf(name)).to.equal('Use at most 255 characters.');
    expect(errorOf(email)).to.equal('Enter an email address like name@example.com.');
    expect(updates(adapter)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('saves only what changed, announces success and fires pe-saved', async () => {
    const { el, adapter, displayName } = await mount();
    await type(el, displayName, 'Janie');
    const saved = oneEvent(el, 'pe-saved');
    click(submitButton(el));
    const event = await saved;
    expect(event.detail).to.deep.include({ section: 'profile' });
    expect(event.detail.value).to.include({ displayName: 'Janie' });
    expect(updates(adapter)[0]!.args[0]).to.deep.equal({ displayName: 'Janie' });
    await until(() => status(el) === 'Your profile has been updated successfully');
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
    expect(adapter.profile.displayName).to.equal('Janie');
  });

  it('never submits twice while saving', async () => {
    const { el, adapter, displayName } = await mount(new MemoryAdapter());
    adapter.latency = 80;
    await type(el, displayName, 'Janie');
    const form = $<HTMLFormElement>(el, 'form');
    form.requestSubmit();
    await el.updateComplete;
    expect(submitButton(el).textContent!.trim()).to.equal('Saving…');
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
    form.requestSubmit();
    click(submitButton(el));
    await until(() => status(el) !== '');
    expect(updates(adapter)).to.have.length(1);
  });

  it("puts the server's field errors on their fields, focuses them, and keeps the edits", async () => {
    const { el, email, displayName } = await mount(new MemoryAdapter({ takenEmails: ['taken@example.com'] }));
    await type(el, displayName, 'Kept');
    await type(el, email, 'taken@example.com');
    const failed = oneEvent(el, 'pe-failed');
    click(submitButton(el));
    expect((await failed).detail).to.deep.include({ section: 'profile', during: 'save' });
    await until(() => el.shadowRoot!.activeElement === email);
    expect(errorOf(email)).to.equal('Email has already been taken');
    expect(displayName.value).to.equal('Kept');
    expect(el.shadowRoot!.querySelector('[part~="alert"]'), 'field errors need no banner').to.equal(null);
    await type(el, email, 'other@example.com');
    expect(errorOf(email), 'editing clears the server error').to.equal(null);
  });

  it('shows a failed save with a retry that keeps the edits and saves on the next try', async () => {
    const { el, adapter, displayName } = await mount();
    adapter.failNext('server');
    await type(el, displayName, 'After retry');
    click(submitButton(el));
    await until(() => el.shadowRoot!.querySelector('[part~="alert"]'));
    expect($(el, '[part~="alert"]').getAttribute('role')).to.equal('alert');
    expect($(el, '[part~="alert"]').textContent).to.include('Something went wrong on the server');
    expect(displayName.value).to.equal('After retry');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part~="retry"]').click();
    await until(() => status(el) === 'Your profile has been updated successfully');
    expect(adapter.profile.displayName).to.equal('After retry');
    expect(el.shadowRoot!.querySelector('[part~="alert"]')).to.equal(null);
  });

  it('shows a failed load with a retry', async () => {
    const adapter = new MemoryAdapter().failNext('network');
    const el = await fixture<ProfileDetails>(html`<profile-details .adapter=${adapter}></profile-details>`);
    await until(() => el.shadowRoot!.querySelector('[part~="alert"]'));
    expect($(el, '[part~="alert"]').textContent).to.include("Couldn't reach the server");
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part~="retry"]').click();
    await until(() => el.shadowRoot!.querySelector('form'));
    expect(field(el, 'Your full name').value).to.equal('Jane Doe');
  });

  it('offers no retry when the session has ended', async () => {
    const adapter = new MemoryAdapter().failNext('auth');
    const el = await fixture<ProfileDetails>(html`<profile-details .adapter=${adapter}></profile-details>`);
    await until(() => el.shadowRoot!.querySelector('[part~="alert"]'));
    expect($(el, '[part~="alert"]').textContent).to.include('Sign in again');
    expect(el.shadowRoot!.querySelector('[part~="retry"]')).to.equal(null);
  });

  it('treats an adapter that throws a non-SettingsError as a server failure', async () => {
    const adapter = new MemoryAdapter();
    adapter.loadProfile = async () => {
      throw new TypeError('adapter bug');
    };
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const el = await fixture<ProfileDetails>(html`<profile-details .adapter=${adapter}></profile-details>`);
      await until(() => el.shadowRoot!.querySelector('[part~="alert"]'));
      expect($(el, '[part~="alert"]').textContent).to.include('Something went wrong');
      expect(errors).to.have.length(1);
    } finally {
      console.error = original;
    }
  });

  it('shows HTML and script text as text, and keeps unicode intact', async () => {
    const name = '<img src=x onerror="window.__pwned=1"> Zoë 山田 😀';
    const { el } = await mount(new MemoryAdapter({ profile: { name } }));
    expect(field(el, 'Your full name').value).to.equal(name);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect($(el, '[part~="avatar"]').textContent).to.equal('<😀');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('shows a changed email as waiting for confirmation', async () => {
    const { el, email } = await mount();
    await type(el, email, 'New@Example.com');
    click(submitButton(el));
    await until(() => el.shadowRoot!.querySelector('[part~="pending-email"]'));
    expect($(el, '[part~="pending-email"]').textContent).to.include('new@example.com');
    expect($(el, '[part~="pending-email"]').textContent).to.include('agent@example.com');
    expect(email.value).to.equal('agent@example.com');
  });

  it('tells the host when unsaved edits appear and go away', async () => {
    const { el, displayName } = await mount();
    const seen: boolean[] = [];
    el.addEventListener('pe-dirty-change', (e) => seen.push(e.detail.dirty));
    await type(el, displayName, 'X');
    await type(el, displayName, 'XY');
    await type(el, displayName, 'Jane');
    expect(seen).to.deep.equal([true, false]);
    expect(el.dirty).to.equal(false);
  });

  it('works with the keyboard alone: tab to a field, type, press Enter', async () => {
    const { el, adapter, name } = await mount();
    name.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(field(el, 'Display name'));
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' D.' });
    await sendKeys({ press: 'Enter' });
    await until(() => status(el) === 'Your profile has been updated successfully');
    expect(adapter.profile.displayName).to.equal('Jane D.');
  });

  it('shows a validation failure without field names as a banner', async () => {
    const { el, adapter, displayName } = await mount();
    adapter.failNext(new SettingsError('validation', 'param is missing or the value is empty: profile'));
    await type(el, displayName, 'X');
    click(submitButton(el));
    await until(() => el.shadowRoot!.querySelector('[part~="alert"]'));
    expect($(el, '[part~="alert"]').textContent).to.include('param is missing');
    expect(el.shadowRoot!.querySelector('[part~="retry"]')).to.equal(null);
  });
});
