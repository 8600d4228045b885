import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SettingsError, type SettingsAdapter } from '@profile-elements/core';
// Chatwoot mode: these tests check Chatwoot's password policy and messages.
import { ChatwootMemoryAdapter as MemoryAdapter } from '../helpers/chatwoot-memory-adapter.js';
import '@profile-elements/elements/define/password-change.js';
import type { PasswordChange } from '@profile-elements/elements';
import { until } from '../helpers/dom.js';

// <password-change> renders into its light DOM (password managers cannot see into shadow roots), so
// these helpers query the element itself, not a shadow root.

/** The input labelled `label`. */
function input(el: Element, label: string): HTMLInputElement {
  const found = [...el.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
  if (!found) throw new Error(`no field labelled "${label}"`);
  return document.getElementById(found.htmlFor) as HTMLInputElement;
}
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => {
  const found = el.querySelector<T>(selector);
  if (!found) throw new Error(`${selector} not found`);
  return found;
};
/** The error shown for an input (through its aria-describedby), or null. */
function errorOf(field: HTMLInputElement): string | null {
  const ids = field.getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids.map((id) => document.getElementById(id)).find((e) => e?.classList.contains('error'));
  return error?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
}
async function type(el: PasswordChange, field: HTMLInputElement, value: string) {
  field.focus();
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
async function blur(el: PasswordChange, field: HTMLInputElement) {
  field.dispatchEvent(new FocusEvent('blur'));
  await el.updateComplete;
}
const status = (el: Element) => $(el, '[part~="status"]').textContent!.trim();
const submit = (el: Element) => $<HTMLButtonElement>(el, '[part~="submit"]');
/** The checklist as a reader sees it (without the invisible marks that keep characters left to right). */
const rules = (el: Element) =>
  [...el.querySelectorAll('[part~="rule"]')].map((li) =>
    li
      .textContent!.replace(/[\u2066-\u2069]/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
const changes = (adapter: MemoryAdapter) => adapter.calls.filter((c) => c.method === 'changePassword');

async function mount(adapter: SettingsAdapter = new MemoryAdapter()) {
  const el = await fixture<PasswordChange>(html`<password-change .adapter=${adapter}></password-change>`);
  await until(() => el.querySelector('form'));
  return {
    el,
    current: input(el, 'Current password'),
    password: input(el, 'New password'),
    confirmation: input(el, 'Confirm new password'),
  };
}
async function fill(el: PasswordChange, current: string, password: string, confirmation = password) {
  await type(el, input(el, 'Current password'), current);
  await type(el, input(el, 'New password'), password);
  await type(el, input(el, 'Confirm new password'), confirmation);
}

describe('<password-change>', () => {
  it('renders a real form in the light DOM that password managers understand', async () => {
    const adapter = new MemoryAdapter({ latency: 50 });
    const el = await fixture<PasswordChange>(html`<password-change .adapter=${adapter}></password-change>`);
    expect(el.shadowRoot, 'no shadow root').to.equal(null);
    expect($(el, '[role="status"]').textContent).to.include('Loading');
    await until(() => el.querySelector('form'));
    const form = $<HTMLFormElement>(el, 'form');
    expect(form.method, 'a submit that slipped through never puts passwords in the URL').to.equal('post');
    const username = $<HTMLInputElement>(form, 'input[autocomplete="username"]');
    expect(username.value).to.equal('agent@example.com');
    expect(username.readOnly).to.equal(true);
    expect(getComputedStyle(username).clipPath, 'visually hidden').to.equal('inset(50%)');
    const byAutocomplete = [...form.querySelectorAll('input[type="password"]')].map((i) =>
      i.getAttribute('autocomplete'),
    );
    expect(byAutocomplete).to.deep.equal(['current-password', 'new-password', 'new-password']);
    expect(input(el, 'Current password').form).to.equal(form);
    expect($(el, 'h2').textContent).to.equal('Password');
    await expect(el).to.be.accessible();
  });

  it('gives each instance its own ids', async () => {
    const adapter = new MemoryAdapter();
    const wrap = await fixture(
      html`<div>
        <password-change .adapter=${adapter}></password-change
        ><password-change .adapter=${adapter}></password-change>
      </div>`,
    );
    await until(() => wrap.querySelectorAll('form').length === 2);
    const ids = [...wrap.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('is styled in the light DOM, in a cascade layer, themed by the --pe-* properties', async () => {
    const adapter = new MemoryAdapter();
    const el = await fixture<PasswordChange>(
      html`<password-change style="--pe-color-accent: rgb(1, 2, 3)" .adapter=${adapter}></password-change>`,
    );
    await until(() => el.querySelector('form'));
    expect(getComputedStyle(submit(el)).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle($(el, '[part~="reveal"]')).position).to.equal('absolute');
    const sheet = document.adoptedStyleSheets.find((s) => s.cssRules[0] instanceof CSSLayerBlockRule)!;
    expect((sheet.cssRules[0] as CSSLayerBlockRule).name).to.equal('profile-elements');
  });

  it('adopts its styles into the shadow root it is placed in', async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('password-change');
    el.adapter = new MemoryAdapter();
    root.append(el);
    await until(() => el.querySelector('form'));
    expect(root.adoptedStyleSheets).to.have.length(1);
    expect(getComputedStyle($(el, '[part~="reveal"]')).position).to.equal('absolute');
  });

  it('lists the policy as a checklist whose items say whether they are met', async () => {
    const { el, password } = await mount();
    const list = $(el, '[part~="rules"] ul');
    expect(list.getAttribute('role')).to.equal('list');
    expect(document.getElementById(list.getAttribute('aria-labelledby')!)!.textContent).to.equal(
      'Your new password needs',
    );
    expect(password.getAttribute('aria-describedby')).to.include(list.id);
    expect(rules(el)).to.deep.equal([
      '6 to 128 characters (not met)',
      'At least 1 uppercase character (A..Z) (not met)',
      'At least 1 lowercase character (a..z) (not met)',
      'At least 1 number character (0..9) (not met)',
      'At least 1 special character ( !@#$%^&*()_+-=[]{}|"/\\.,`<>:;?~\') (not met)',
      'Only the characters above (met)',
    ]);
    expect(el.querySelectorAll('[part~="rule-unmet"]'), 'nothing typed, nothing marked').to.have.length(0);
    await type(el, password, 'abc');
    expect(el.querySelectorAll('[part~="rule-met"]')).to.have.length(2);
    expect(rules(el)[2]).to.equal('At least 1 lowercase character (a..z) (met)');
    await type(el, password, 'Abc12!');
    expect(el.querySelectorAll('[part~="rule-unmet"]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('names the exact characters the policy refuses, and unicode beyond', async () => {
    const { el, password } = await mount();
    await type(el, password, 'Pässwörd€1!é😀');
    expect(rules(el).at(-1)).to.equal('Not allowed: ä, ö, €, é, 😀 (not met)');
    expect(el.querySelector('[part~="rule-unmet"]')!.textContent).to.include('Not allowed');
  });

  it('marks a password over the maximum length', async () => {
    const { el, password } = await mount();
    await type(el, password, `Aa1!${'x'.repeat(125)}`);
    expect(rules(el)[0]).to.equal('6 to 128 characters (not met)');
    await type(el, password, `Aa1!${'x'.repeat(124)}`);
    expect(rules(el)[0]).to.equal('6 to 128 characters (met)');
  });

  it('shows and hides each password with a toggle that says what it does', async () => {
    const { el, current } = await mount();
    const toggle = $<HTMLButtonElement>(el, '[part~="field-current-password"] [part~="reveal"]');
    expect(toggle.getAttribute('aria-label')).to.equal('Show current password');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal(current.id);
    toggle.click();
    await el.updateComplete;
    expect(current.type).to.equal('text');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(input(el, 'New password').type, 'only its own field').to.equal('password');
    await expect(el).to.be.accessible();
    toggle.click();
    await el.updateComplete;
    expect(current.type).to.equal('password');
  });

  it('on submit with empty fields shows every error, focuses the first and sends nothing', async () => {
    const { el, current, password, confirmation } = await mount();
    const adapter = el.adapter as MemoryAdapter;
    submit(el).click();
    await until(() => document.activeElement === current);
    expect(errorOf(current)).to.equal('Enter your current password.');
    expect(errorOf(password)).to.equal('Enter a new password.');
    expect(errorOf(confirmation)).to.equal('Enter the new password again.');
    expect(current.getAttribute('aria-invalid')).to.equal('true');
    expect(changes(adapter)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('refuses a password that breaks the policy before sending it', async () => {
    const { el, password } = await mount();
    await fill(el, 'Password1!', 'password');
    submit(el).click();
    await until(() => document.activeElement === password);
    expect(errorOf(password)).to.equal('Choose a password that meets every rule below.');
    expect(changes(el.adapter as MemoryAdapter)).to.have.length(0);
  });

  it('says when the confirmation does not match, after leaving it, then live', async () => {
    const { el, password, confirmation } = await mount();
    await type(el, password, 'NewPassw0rd!');
    await type(el, confirmation, 'NewPassw0rd');
    expect(errorOf(confirmation), 'not while typing the first time').to.equal(null);
    await blur(el, confirmation);
    expect(errorOf(confirmation)).to.equal("The passwords don't match.");
    await type(el, confirmation, 'NewPassw0rd!');
    expect(errorOf(confirmation)).to.equal(null);
  });

  it('changes the password, clears the fields, announces it and moves focus to the button', async () => {
    const { el, current, password, confirmation } = await mount();
    const adapter = el.adapter as MemoryAdapter;
    const events: Event[] = [];
    for (const type of ['pe-saved', 'pe-failed', 'pe-dirty-change'])
      el.addEventListener(type, (e) => events.push(e));
    await fill(el, 'Password1!', 'NewPassw0rd!');
    const saved = oneEvent(el, 'pe-saved');
    submit(el).click();
    expect((await saved).detail).to.deep.equal({ section: 'password', value: null });
    await until(() => status(el) === 'Your password has been changed');
    expect([current.value, password.value, confirmation.value]).to.deep.equal(['', '', '']);
    expect(document.activeElement, 'focus').to.equal(submit(el));
    expect(errorOf(current)).to.equal(null);
    // The new password works: change it back with it as the current one.
    await fill(el, 'NewPassw0rd!', 'Password1!');
    submit(el).click();
    await until(() => changes(adapter).length === 2 && status(el) === 'Your password has been changed');
    // No event carries a password.
    const details = JSON.stringify(events.map((e) => (e as CustomEvent).detail));
    expect(details).not.to.include('NewPassw0rd!');
    expect(details).not.to.include('Password1!');
    expect(
      events.filter((e) => e.type === 'pe-dirty-change').map((e) => (e as CustomEvent).detail.dirty),
    ).to.deep.equal([true, false, true, false]);
    expect(localStorage.length + sessionStorage.length).to.equal(0);
  });

  it('masks shown passwords again when submitting', async () => {
    const { el, password } = await mount();
    $<HTMLButtonElement>(el, '[part~="field-password"] [part~="reveal"]').click();
    await fill(el, 'Password1!', 'NewPassw0rd!');
    expect(password.type).to.equal('text');
    submit(el).click();
    await el.updateComplete;
    expect(password.type).to.equal('password');
  });

  it('puts "Invalid current password" on the current field and keeps the typing', async () => {
    const { el, current, password } = await mount();
    await fill(el, 'wrong-password', 'NewPassw0rd!');
    const failed = oneEvent(el, 'pe-failed');
    submit(el).click();
    expect((await failed).detail).to.deep.include({ section: 'password', during: 'save' });
    await until(() => document.activeElement === current);
    expect(errorOf(current)).to.equal('Invalid current password');
    expect(password.value).to.equal('NewPassw0rd!');
    expect(el.querySelector('[part~="alert"]'), 'the field says it').to.equal(null);
    await expect(el).to.be.accessible();
    await type(el, current, 'Password1!');
    expect(errorOf(current), 'editing clears it').to.equal(null);
  });

  it("shows the server's password messages on their fields", async () => {
    const { el, password, confirmation } = await mount();
    const adapter = el.adapter as MemoryAdapter;
    adapter.failOn(
      'changePassword',
      new SettingsError('validation', 'refused', {
        fields: {
          password: ['Password must contain at least 1 uppercase character  (A..Z)'],
          passwordConfirmation: ["Password confirmation doesn't match Password"],
        },
      }),
    );
    await fill(el, 'Password1!', 'NewPassw0rd!');
    submit(el).click();
    await until(() => document.activeElement === password);
    expect(errorOf(password)).to.equal('Password must contain at least 1 uppercase character (A..Z)');
    expect(errorOf(confirmation)).to.equal("Password confirmation doesn't match Password");
    await type(el, password, 'NewPassw0rd!!');
    expect(errorOf(confirmation), 'a new password voids the verdict on its confirmation').not.to.equal(
      "Password confirmation doesn't match Password",
    );
  });

  for (const [kind, text, retry] of [
    ['server', 'Something went wrong on the server', true],
    ['network', "Couldn't reach the server", true],
    ['auth', 'Sign in again', false],
  ] as const) {
    it(`shows a ${kind} failure, keeps the typing${retry ? ' and retries' : ', offers no retry'}`, async () => {
      const { el, password } = await mount();
      const adapter = el.adapter as MemoryAdapter;
      adapter.failOn('changePassword', kind);
      await fill(el, 'Password1!', 'NewPassw0rd!');
      submit(el).click();
      await until(() => el.querySelector('[part~="alert"]'));
      expect($(el, '[part~="alert"]').getAttribute('role')).to.equal('alert');
      expect($(el, '[part~="alert"]').textContent).to.include(text);
      expect(password.value).to.equal('NewPassw0rd!');
      await expect(el).to.be.accessible();
      if (!retry) {
        expect(el.querySelector('[part~="retry"]')).to.equal(null);
        return;
      }
      $<HTMLButtonElement>(el, '[part~="retry"]').click();
      await until(() => status(el) === 'Your password has been changed');
      expect(el.querySelector('[part~="alert"]')).to.equal(null);
    });
  }

  it('shows a failed load with a retry', async () => {
    const adapter = new MemoryAdapter().failNext('server');
    const el = await fixture<PasswordChange>(html`<password-change .adapter=${adapter}></password-change>`);
    await until(() => el.querySelector('[part~="alert"]'));
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part~="retry"]').click();
    await until(() => el.querySelector('form'));
  });

  it('never submits twice while changing', async () => {
    const { el } = await mount();
    const adapter = el.adapter as MemoryAdapter;
    adapter.latency = 80;
    await fill(el, 'Password1!', 'NewPassw0rd!');
    const form = $<HTMLFormElement>(el, 'form');
    form.requestSubmit();
    await el.updateComplete;
    expect(submit(el).textContent!.trim()).to.equal('Changing password…');
    expect(submit(el).getAttribute('aria-disabled')).to.equal('true');
    form.requestSubmit();
    submit(el).click();
    await until(() => status(el) !== '');
    expect(changes(adapter)).to.have.length(1);
  });

  it('shows HTML and script text typed as a password as dots, never as markup', async () => {
    const markup = '<img src=x onerror="window.__pwPwned=1">A1';
    const { el, password } = await mount(new MemoryAdapter({ profile: { email: 'a<b>@example.com' } }));
    await type(el, password, markup);
    expect(el.querySelector('img')).to.equal(null);
    expect($<HTMLInputElement>(el, 'input[autocomplete="username"]').value).to.equal('a<b>@example.com');
    expect((window as { __pwPwned?: number }).__pwPwned).to.equal(undefined);
  });

  it('without a policy, checks only that fields are filled and match', async () => {
    const adapter = new MemoryAdapter({
      capabilities: ['changePassword'],
    });
    const { el, password } = await mount(adapter);
    expect(el.querySelector('[part~="rules"]')).to.equal(null);
    expect(password.hasAttribute('aria-describedby')).to.equal(false);
    await fill(el, 'Password1!', 'x', 'x');
    submit(el).click();
    await until(() => changes(adapter).length === 1);
  });

  it('renders nothing when the adapter cannot change passwords', async () => {
    const adapter = new MemoryAdapter({ capabilities: [] });
    const el = await fixture<PasswordChange>(html`<password-change .adapter=${adapter}></password-change>`);
    await el.updateComplete;
    expect(el.querySelector('form, section')).to.equal(null);
    expect(el.getBoundingClientRect().height).to.equal(0);
    expect(adapter.calls, 'nothing loaded for nothing').to.have.length(0);
  });

  it('works with the keyboard alone', async () => {
    const { el, current } = await mount();
    const adapter = el.adapter as MemoryAdapter;
    current.focus();
    await sendKeys({ type: 'Password1!' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.getAttribute('aria-label')).to.equal('Show current password');
    await sendKeys({ press: 'Space' });
    expect(current.type).to.equal('text');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement, 'focus').to.equal(input(el, 'New password'));
    await sendKeys({ type: 'NewPassw0rd!' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement, 'focus').to.equal(input(el, 'Confirm new password'));
    await sendKeys({ type: 'NewPassw0rd!' });
    await sendKeys({ press: 'Enter' });
    await until(() => status(el) === 'Your password has been changed');
    expect(changes(adapter)).to.have.length(1);
  });
});
