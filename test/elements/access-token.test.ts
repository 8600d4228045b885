import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { MemoryAdapter } from '@profile-elements/core/memory';
import '@profile-elements/elements/define/access-token.js';
import type { AccessToken } from '@profile-elements/elements';
import { $, click, until } from '../helpers/dom.js';

const TOKEN = 'pe7DemoTokenxQ4hR2mKz9Vw';
const MASK = '•'.repeat(24);

async function mount(adapter = new MemoryAdapter({ token: TOKEN }), maskAfter?: number) {
  const events: Event[] = [];
  const record = (e: Event) => events.push(e);
  const el = await fixture<AccessToken>(
    html`<access-token
      .adapter=${adapter}
      mask-after=${maskAfter ?? 60}
      @pe-token-copied=${record}
      @pe-saved=${record}
      @pe-failed=${record}
    ></access-token>`,
  );
  return { el, adapter, events };
}

const root = (el: Element) => el.shadowRoot!;
const field = (el: Element) => $<HTMLInputElement>(el, '[part~="token"]');
const button = (el: Element, part: string) => $<HTMLButtonElement>(el, `[part~="${part}"]`);
const status = (el: Element) => $(el, '[part~="status"]').textContent!.trim();
const dialog = (el: Element) => $<HTMLDialogElement>(el, 'dialog');
const reveals = (adapter: MemoryAdapter) =>
  adapter.calls.filter((c) => c.method === 'revealAccessToken').length;
/** Nothing the element put in an event, storage or the DOM while masked contains the token. */
function expectNoLeak(el: Element, events: Event[], token = TOKEN) {
  for (const event of events)
    expect(JSON.stringify((event as CustomEvent).detail ?? null)).to.not.include(token);
  for (const store of [localStorage, sessionStorage])
    for (let i = 0; i < store.length; i++) expect(store.getItem(store.key(i)!)).to.not.include(token);
  if (field(el).value === MASK) expect(root(el).innerHTML).to.not.include(token);
}

describe('<access-token>', () => {
  let clipboard: sinon.SinonStub | undefined;
  afterEach(() => clipboard?.restore());
  const stubClipboard = (works: boolean) =>
    (clipboard = sinon
      .stub(navigator.clipboard, 'writeText')
      .callsFake(
        works ? async () => {} : async () => Promise.reject(new DOMException('Denied', 'NotAllowedError')),
      ));

  it('is masked by default and asks the adapter for nothing until the user does', async () => {
    const { el, adapter, events } = await mount();
    expect($(el, 'h2').textContent!.trim()).to.equal('Access token');
    expect(field(el).value).to.equal(MASK);
    expect(field(el).readOnly).to.equal(true);
    expect(button(el, 'reveal').getAttribute('aria-pressed')).to.equal('false');
    expect(button(el, 'reveal').textContent!.trim()).to.equal('Show token');
    expect(reveals(adapter)).to.equal(0);
    expectNoLeak(el, events);
    await expect(el).to.be.accessible();
  });

  it('shows the token on request and hides it again, forgetting it', async () => {
    const { el, adapter, events } = await mount();
    click(button(el, 'reveal'));
    await until(() => field(el).value === TOKEN);
    expect(button(el, 'reveal').getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
    click(button(el, 'reveal'));
    await el.updateComplete;
    expect(field(el).value).to.equal(MASK);
    expect(button(el, 'reveal').getAttribute('aria-pressed')).to.equal('false');
    click(button(el, 'reveal'));
    await until(() => field(el).value === TOKEN);
    expect(reveals(adapter), 'fetched again: not kept while hidden').to.equal(2);
    expectNoLeak(el, events);
  });

  it('hides the token again after `maskAfter` seconds', async () => {
    const { el } = await mount(undefined, 0.05);
    click(button(el, 'reveal'));
    await until(() => field(el).value === TOKEN);
    await until(() => field(el).value === MASK, 1000);
    expect(button(el, 'reveal').getAttribute('aria-pressed')).to.equal('false');
  });

  it('hides the token again when the page is hidden', async () => {
    const { el } = await mount();
    click(button(el, 'reveal'));
    await until(() => field(el).value === TOKEN);
    const hidden = sinon.stub(document, 'hidden').get(() => true);
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(field(el).value).to.equal(MASK);
    } finally {
      hidden.restore();
    }
  });

  it('keeps a token that arrives after the tab was hidden masked (reveal and regenerate)', async () => {
    const adapter = new MemoryAdapter({ token: TOKEN, latency: 80 });
    const { el } = await mount(adapter);
    const hidden = sinon.stub(document, 'hidden').get(() => true);
    try {
      click(button(el, 'reveal'));
      document.dispatchEvent(new Event('visibilitychange'));
      await until(() => reveals(adapter) === 1);
      await new Promise((r) => setTimeout(r, 150));
      expect(field(el).value).to.equal(MASK);
      expect(root(el).innerHTML).to.not.include(TOKEN);

      hidden.restore();
      click(button(el, 'regenerate'));
      await el.updateComplete;
      click(button(el, 'dialog-confirm'));
      sinon.stub(document, 'hidden').get(() => true);
      await until(() => !dialog(el).open);
      expect(field(el).value, 'the new token too').to.equal(MASK);
      expect(status(el)).to.include('New token generated');
    } finally {
      sinon.restore();
    }
  });

  it('copies without showing, says "Copied" politely, and fires pe-token-copied without the token', async () => {
    const writeText = stubClipboard(true);
    const { el, events } = await mount();
    click(button(el, 'copy'));
    await until(() => status(el) === 'Copied');
    expect(writeText.args).to.deep.equal([[TOKEN]]);
    expect($(el, '[part~="status"]').getAttribute('role')).to.equal('status');
    expect(field(el).value, 'still hidden').to.equal(MASK);
    expect(events.map((e) => e.type)).to.deep.equal(['pe-token-copied']);
    expect((events[0] as CustomEvent).detail).to.equal(undefined);
    expectNoLeak(el, events);
    // A second copy is announced again.
    const said: string[] = [];
    const live = $(el, '[part~="status"]');
    new MutationObserver(() => said.push(live.textContent!.trim())).observe(live, {
      subtree: true,
      childList: true,
      characterData: true,
    });
    click(button(el, 'copy'));
    await until(() => said.at(-1) === 'Copied');
    expect(said, 'emptied, then said again').to.include('');
  });

  it('falls back to a selected field and "Press Ctrl+C to copy" when the clipboard is refused', async () => {
    stubClipboard(false);
    const { el, events } = await mount();
    click(button(el, 'copy'));
    await until(() => status(el) === 'Press Ctrl+C to copy');
    const input = field(el);
    expect(input.value).to.equal(TOKEN);
    expect(root(el).activeElement).to.equal(input);
    expect([input.selectionStart, input.selectionEnd]).to.deep.equal([0, TOKEN.length]);
    expect(events, 'nothing copied yet').to.have.length(0);
    input.dispatchEvent(new ClipboardEvent('copy', { bubbles: true, composed: true }));
    expect(events.map((e) => e.type)).to.deep.equal(['pe-token-copied']);
    await expect(el).to.be.accessible();
  });

  it('regenerates only after confirmation, then shows the new token', async () => {
    const { el, adapter, events } = await mount();
    click(button(el, 'regenerate'));
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
    expect(root(el).activeElement, 'the safe choice has focus').to.equal(button(el, 'dialog-cancel'));
    expect(dialog(el).textContent).to.include('stops working at once');
    expect(dialog(el).textContent).to.include('Integrations that use it');
    await expect(el).to.be.accessible();
    click(button(el, 'dialog-confirm'));
    await until(() => !dialog(el).open);
    const fresh = field(el).value;
    expect(fresh).to.match(/^[1-9A-HJ-NP-Za-km-z]{24}$/);
    expect(fresh).to.not.equal(TOKEN);
    expect(fresh).to.equal(await adapter.revealAccessToken());
    expect(button(el, 'reveal').getAttribute('aria-pressed')).to.equal('true');
    await until(() => status(el).startsWith('New token generated'));
    expect(root(el).activeElement, 'focus on the next step: copy it').to.equal(button(el, 'copy'));
    const saved = events.find((e) => e.type === 'pe-saved') as CustomEvent;
    expect(saved.detail).to.deep.equal({ section: 'access-token', value: null });
    expectNoLeak(el, events, fresh);
  });

  it('does nothing when the confirmation is cancelled, and gives focus back', async () => {
    const { el, adapter } = await mount();
    click(button(el, 'regenerate'));
    await el.updateComplete;
    click(button(el, 'dialog-cancel'));
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
    expect(root(el).activeElement).to.equal(button(el, 'regenerate'));
    expect(adapter.calls.map((c) => c.method)).to.not.include('resetAccessToken');
  });

  it('keeps the dialog open with the reason when regenerating fails', async () => {
    const adapter = new MemoryAdapter({ token: TOKEN });
    adapter.failOn('resetAccessToken', 'server');
    const { el, events } = await mount(adapter);
    click(button(el, 'regenerate'));
    await el.updateComplete;
    const failed = oneEvent(el, 'pe-failed');
    click(button(el, 'dialog-confirm'));
    expect((await failed).detail).to.deep.include({ section: 'access-token', during: 'save' });
    await until(() => dialog(el).querySelector('[role="alert"]'));
    expect(dialog(el).open).to.equal(true);
    expect(dialog(el).querySelector('[role="alert"]')!.textContent).to.include(
      'Something went wrong on the server',
    );
    expect(await adapter.revealAccessToken(), 'the old token still works').to.equal(TOKEN);
    await expect(el).to.be.accessible();
    click(button(el, 'dialog-confirm'));
    await until(() => !dialog(el).open);
    expectNoLeak(el, events, field(el).value);
  });

  it('says why when the token cannot be fetched', async () => {
    const adapter = new MemoryAdapter({ token: TOKEN });
    adapter.failOn('revealAccessToken', 'network');
    const { el, events } = await mount(adapter);
    click(button(el, 'reveal'));
    await until(() => root(el).querySelector('[part~="alert"]'));
    expect($(el, '[part~="alert"]').textContent).to.include("Couldn't reach the server");
    expect(field(el).value).to.equal(MASK);
    expect((events[0] as CustomEvent).detail).to.deep.include({ section: 'access-token', during: 'load' });
    await expect(el).to.be.accessible();
    click(button(el, 'reveal'));
    await until(() => field(el).value === TOKEN);
    expect(root(el).querySelector('[part~="alert"]')).to.equal(null);
  });

  it('works with the keyboard alone', async () => {
    stubClipboard(true);
    const { el } = await mount();
    field(el).focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(button(el, 'reveal'));
    await sendKeys({ press: 'Enter' });
    await until(() => field(el).value === TOKEN);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await until(() => status(el) === 'Copied');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(button(el, 'regenerate'));
    await sendKeys({ press: 'Enter' });
    await until(() => dialog(el).open);
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog(el).open);
    expect(root(el).activeElement).to.equal(button(el, 'regenerate'));
  });

  it('offers only what the adapter can do, and hides itself when it can do nothing', async () => {
    const { el } = await mount(new MemoryAdapter({ capabilities: ['revealAccessToken'] }));
    expect(root(el).querySelector('[part~="regenerate"]')).to.equal(null);
    expect(root(el).querySelector('[part~="reveal"]')).to.not.equal(null);
    const { el: none } = await mount(new MemoryAdapter({ capabilities: [] }));
    await none.updateComplete;
    expect(getComputedStyle(none).display).to.equal('none');
  });
});
