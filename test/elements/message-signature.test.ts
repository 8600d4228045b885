import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SettingsError, deviceStore, type TabMessage } from '@profile-elements/core';
import { MemoryAdapter } from '@profile-elements/core/memory';
import '@profile-elements/elements/define/message-signature.js';
import type {
  MessageSignature,
  SettingsDirtyChangeEvent,
  SettingsFailedEvent,
  SettingsSavedEvent,
} from '@profile-elements/elements';
import { $, blur, click, errorOf, type, until } from '../helpers/dom.js';
import { goOffline } from '../helpers/offline.js';
import { mountSection } from '../helpers/section-fixture.js';
import { kept } from '../helpers/kept.js';

let adapters = 0;
/** A memory adapter with a name of its own, so the drafts it keeps are this test's alone. */
const named = (options: ConstructorParameters<typeof MemoryAdapter>[0] = {}) =>
  new MemoryAdapter({ name: `signature-${++adapters}-${Date.now()}`, ...options });

async function mount(adapter = named()) {
  return { ...(await mountSection<MessageSignature>('message-signature', adapter, 'textarea')), adapter };
}

const root = (el: Element) => el.shadowRoot!;
const editor = (el: Element) => $<HTMLTextAreaElement>(el, 'textarea');
const preview = (el: Element) => $(el, '[part~="preview"]');
const saveButton = (el: Element) => $<HTMLButtonElement>(el, '[part~="submit"]');
const status = (el: Element) => $(el, '[part~="status"]').textContent!.trim();
const text = (el: Element, part: string) =>
  root(el).querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim();
const submit = (el: Element) => $<HTMLFormElement>(el, 'form').requestSubmit();
const updates = (adapter: MemoryAdapter) =>
  adapter.calls.filter((c) => c.method === 'updateSignature').map((c) => c.args[0] as string);
/** Types into the editor (helpers/dom's `type` takes an input; a textarea reports the same way). */
const write = (el: MessageSignature, value: string) =>
  type(el, editor(el) as unknown as HTMLInputElement, value);
/** Makes the adapter's length limit `max` (the memory backend then refuses longer ones too). */
const limit = (adapter: MemoryAdapter, max: number) =>
  Object.defineProperty(adapter, 'signatureMaxLength', { value: max, configurable: true });

describe('<message-signature>', () => {
  it('shows a busy loading state, then the stored signature and its rendered preview', async () => {
    const adapter = named({ latency: 60, signature: '**Jane** _Support_\n\n- one\n- two' });
    const el = await fixture<MessageSignature>(
      html`<message-signature .adapter=${adapter}></message-signature>`,
    );
    expect($(el, 'section').getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    await until(() => root(el).querySelector('textarea'));
    expect($(el, 'h2').textContent!.trim()).to.equal('Message signature');
    expect(editor(el).value).to.equal('**Jane** _Support_\n\n- one\n- two');
    await until(() => preview(el).querySelector('strong'));
    expect(preview(el).querySelector('strong')!.textContent).to.equal('Jane');
    expect(preview(el).querySelector('em')!.textContent).to.equal('Support');
    expect([...preview(el).querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['one', 'two']);
    expect(preview(el).getAttribute('role')).to.equal('region');
    expect(root(el).getElementById(preview(el).getAttribute('aria-labelledby')!)!.textContent).to.equal(
      'Preview',
    );
    expect(text(el, 'counter')).to.equal('31 / 20,000');
    expect(saveButton(el).getAttribute('aria-disabled'), 'nothing to save yet').to.equal('true');
    expect(el.matches(':state(ready)')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('has a labelled editor described by its hint and counter, and an empty preview that says so', async () => {
    const { el } = await mount();
    expect(root(el).querySelector('label[for="signature"]')!.textContent!.trim()).to.equal('Signature');
    expect(editor(el).getAttribute('aria-describedby')).to.equal('signature-hint signature-counter');
    expect(editor(el).getAttribute('aria-invalid')).to.equal('false');
    expect(text(el, 'hint')).to.include('Markdown works');
    expect(text(el, 'preview')).to.equal('No signature yet.');
    expect(text(el, 'counter')).to.equal('0 / 20,000');
  });

  it('previews as the user types', async () => {
    const { el } = await mount();
    await write(el, 'Thanks, [Acme](https://acme.example)');
    await until(() => preview(el).querySelector('a'));
    expect(preview(el).querySelector('a')!.getAttribute('href')).to.equal('https://acme.example');
    expect(text(el, 'counter')).to.equal('36 / 20,000');
    await write(el, '   ');
    expect(text(el, 'preview')).to.equal('No signature yet.');
  });

  it('never runs raw HTML or dangerous links in the preview', async () => {
    const { el } = await mount();
    const hostile = [
      '<img src=x onerror="window.__peSignaturePwned = 1">',
      '<script>window.__peSignaturePwned = 2</script>',
      '[click me](javascript:window.__peSignaturePwned=3)',
      '<a href="javascript:window.__peSignaturePwned=4">raw</a>',
      '![pic](javascript:window.__peSignaturePwned=5)',
      '<svg onload="window.__peSignaturePwned = 6"></svg>',
      '**after**',
    ].join('\n\n');
    await write(el, hostile);
    await until(() => preview(el).querySelector('strong'));
    const shown = preview(el);
    expect(shown.querySelectorAll('img[onerror], script, svg, iframe, [onload], [onerror]')).to.have.length(
      0,
    );
    expect(
      shown.querySelectorAll('a[href]'),
      'a link that lost its URL is no link (href="" reloads)',
    ).to.have.length(0);
    expect(shown.querySelector('a')!.textContent).to.equal('click me');
    for (const img of shown.querySelectorAll('img')) expect(img.getAttribute('src')).to.equal('');
    expect(shown.textContent, 'raw HTML shows as text').to.include('<img src=x onerror=');
    expect(shown.textContent).to.include('<script>');
    for (const a of shown.querySelectorAll('a')) a.click();
    // Give a handler that slipped through a frame to run before checking.
    await new Promise((r) => requestAnimationFrame(r));
    expect((window as { __peSignaturePwned?: number }).__peSignaturePwned).to.equal(undefined);
  });

  it('keeps Save disabled until the text differs from the saved one', async () => {
    const { el, events } = await mount(named({ signature: 'Jane' }));
    expect(saveButton(el).getAttribute('aria-disabled')).to.equal('true');
    await write(el, 'Jane D.');
    expect(saveButton(el).getAttribute('aria-disabled')).to.equal('false');
    expect(el.matches(':state(dirty)')).to.equal(true);
    await write(el, 'Jane');
    expect(saveButton(el).getAttribute('aria-disabled')).to.equal('true');
    expect(
      events
        .filter((e) => e.type === 'pe-dirty-change')
        .map((e) => (e as SettingsDirtyChangeEvent).detail.dirty),
    ).to.deep.equal([true, false]);
  });

  it('saves the text once, announces "Signature saved", and fires pe-saved', async () => {
    const { el, adapter, events } = await mount(named({ latency: 30 }));
    await write(el, '— Jane, Acme Support');
    const saved = oneEvent(el, 'pe-saved');
    click(saveButton(el));
    submit(el);
    await el.updateComplete;
    expect(saveButton(el).textContent!.trim()).to.equal('Saving…');
    expect(el.matches(':state(saving)')).to.equal(true);
    const { detail } = (await saved) as SettingsSavedEvent;
    expect(detail).to.deep.equal({ section: 'signature', value: '— Jane, Acme Support' });
    await until(() => status(el) === 'Signature saved');
    expect(updates(adapter), 'nothing submitted twice').to.deep.equal(['— Jane, Acme Support']);
    expect(adapter.signature).to.equal('— Jane, Acme Support');
    expect(saveButton(el).getAttribute('aria-disabled')).to.equal('true');
    expect(el.matches(':state(dirty)')).to.equal(false);
    expect(events.filter((e) => e.type === 'pe-saved')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('saves with the keyboard', async () => {
    const { el, adapter } = await mount();
    editor(el).focus();
    await sendKeys({ type: 'Jane' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'Acme' });
    expect(editor(el).value, 'Enter is a new line in the editor').to.equal('Jane\nAcme');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(saveButton(el));
    await sendKeys({ press: 'Enter' });
    await until(() => status(el) === 'Signature saved');
    expect(updates(adapter)).to.deep.equal(['Jane\nAcme']);
  });

  describe('the length rule', () => {
    it('shows after the user leaves the field, then live as they type', async () => {
      const adapter = named();
      limit(adapter, 10);
      const { el } = await mount(adapter);
      expect(text(el, 'counter')).to.equal('0 / 10');
      await write(el, 'x'.repeat(11));
      expect(errorOf(editor(el) as unknown as HTMLInputElement), 'not while typing first').to.equal(null);
      expect($(el, '[part~="counter"]').classList.contains('over')).to.equal(true);
      await blur(el, editor(el) as unknown as HTMLInputElement);
      expect(errorOf(editor(el) as unknown as HTMLInputElement)).to.equal('Use at most 10 characters.');
      expect(editor(el).getAttribute('aria-invalid')).to.equal('true');
      expect(editor(el).getAttribute('aria-describedby')).to.equal(
        'signature-hint signature-counter signature-error',
      );
      await expect(el).to.be.accessible();
      await write(el, 'x'.repeat(10));
      expect(errorOf(editor(el) as unknown as HTMLInputElement)).to.equal(null);
      expect(editor(el).getAttribute('aria-invalid')).to.equal('false');
    });

    it('counts characters as the backend does: an emoji is one', async () => {
      const adapter = named();
      limit(adapter, 3);
      const { el } = await mount(adapter);
      await write(el, '👋🏽é');
      expect(text(el, 'counter')).to.equal('3 / 3');
      click(saveButton(el));
      await until(() => status(el) === 'Signature saved');
      expect(adapter.signature).to.equal('👋🏽é');
    });

    it('uses 20,000 when the adapter declares no limit', async () => {
      const adapter = named();
      delete (adapter as { signatureMaxLength?: number }).signatureMaxLength;
      const { el } = await mount(adapter);
      expect(text(el, 'counter')).to.equal('0 / 20,000');
      await write(el, 'x'.repeat(20_001));
      submit(el);
      await until(() => errorOf(editor(el) as unknown as HTMLInputElement));
      expect(errorOf(editor(el) as unknown as HTMLInputElement)).to.equal('Use at most 20,000 characters.');
    });

    it('on submit, shows the error, moves focus to the editor and sends nothing', async () => {
      const adapter = named();
      limit(adapter, 5);
      const { el } = await mount(adapter);
      await write(el, 'too long');
      click(saveButton(el));
      await until(() => root(el).activeElement === editor(el));
      expect(errorOf(editor(el) as unknown as HTMLInputElement)).to.equal('Use at most 5 characters.');
      expect(updates(adapter)).to.have.length(0);
    });
  });

  it("puts the server's verdict on the field, moves focus there, and keeps the text", async () => {
    const adapter = named();
    const refusal = new SettingsError('validation', 'Signature is too long', {
      fields: { signature: ['Signature is too long (maximum is 255 characters)'] },
      status: 422,
    });
    adapter.failOn('updateSignature', refusal);
    const { el, events } = await mount(adapter);
    await write(el, 'Long enough for this server');
    const failed = oneEvent(el, 'pe-failed');
    click(saveButton(el));
    const { detail } = (await failed) as SettingsFailedEvent;
    expect(detail).to.deep.include({ section: 'signature', during: 'save' });
    await until(() => root(el).activeElement === editor(el));
    expect(errorOf(editor(el) as unknown as HTMLInputElement)).to.equal(
      'Signature is too long (maximum is 255 characters)',
    );
    expect(editor(el).getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).querySelector('[part~="alert"]'), 'the message is on the field, not a banner').to.equal(
      null,
    );
    expect(editor(el).value).to.equal('Long enough for this server');
    expect(events.filter((e) => e.type === 'pe-saved')).to.have.length(0);
    await expect(el).to.be.accessible();
    await write(el, 'Shorter');
    expect(errorOf(editor(el) as unknown as HTMLInputElement), 'an edit clears the verdict').to.equal(null);
  });

  it('keeps the text after a failed save, and Try again saves it', async () => {
    const adapter = named();
    adapter.failOn('updateSignature', 'server');
    const { el, events } = await mount(adapter);
    await write(el, 'Jane');
    click(saveButton(el));
    await until(() => root(el).querySelector('[part~="alert"]'));
    expect(text(el, 'alert')).to.include('Something went wrong on the server');
    expect($(el, '[part~="alert"]').getAttribute('role')).to.equal('alert');
    expect(editor(el).value).to.equal('Jane');
    expect(el.matches(':state(error)')).to.equal(true);
    expect(el.matches(':state(dirty)')).to.equal(true);
    click($(el, '[part~="alert"] [part~="retry"]'));
    await until(() => status(el) === 'Signature saved');
    expect(updates(adapter)).to.deep.equal(['Jane', 'Jane']);
    expect(root(el).querySelector('[part~="alert"]')).to.equal(null);
    expect(el.matches(':state(error)')).to.equal(false);
    expect(events.filter((e) => e.type === 'pe-failed')).to.have.length(1);
  });

  it('offline, the save waits for the network and goes once when it is back', async () => {
    const { el, adapter } = await mount();
    await write(el, 'Written offline');
    const network = goOffline();
    try {
      click(saveButton(el));
      await until(() => el.matches(':state(waiting)'));
      expect(text(el, 'waiting')).to.include("You're offline");
      submit(el);
      await el.updateComplete;
      expect(updates(adapter)).to.have.length(0);
      expect(editor(el).value).to.equal('Written offline');
      await expect(el).to.be.accessible();
    } finally {
      network.online();
    }
    await until(() => status(el) === 'Signature saved');
    expect(updates(adapter)).to.deep.equal(['Written offline']);
    expect(el.matches(':state(waiting)')).to.equal(false);
    expect(root(el).querySelector('[part~="waiting"]')).to.equal(null);
  });

  it('says when loading fails, and Try again loads', async () => {
    const adapter = named({ signature: 'Jane' }).failNext('network');
    const seen: SettingsFailedEvent[] = [];
    const el = await fixture<MessageSignature>(
      html`<message-signature
        .adapter=${adapter}
        @pe-failed=${(e: SettingsFailedEvent) => seen.push(e)}
      ></message-signature>`,
    );
    await until(() => root(el).querySelector('[part~="alert"]'));
    expect(seen.map((e) => [e.detail.section, e.detail.during])).to.deep.equal([['signature', 'load']]);
    expect(text(el, 'alert')).to.include("Couldn't reach the server");
    expect(root(el).querySelector('textarea')).to.equal(null);
    await expect(el).to.be.accessible();
    click($(el, '[part~="alert"] [part~="retry"]'));
    await until(() => root(el).querySelector('textarea'));
    expect(editor(el).value).to.equal('Jane');
  });

  it('hides itself when the adapter has no signature', async () => {
    const adapter = named({ capabilities: ['updateSignature'] });
    const el = await fixture<MessageSignature>(
      html`<message-signature .adapter=${adapter}></message-signature>`,
    );
    await until(() => getComputedStyle(el).display === 'none');
    expect(el.matches(':state(unsupported)')).to.equal(true);
    expect(root(el).querySelector('section')).to.equal(null);
  });

  describe('kept on the device', () => {
    it('restores unsaved text after a remount with a notice; Discard drops it', async () => {
      const adapter = named({ signature: 'Saved one' });
      const { el } = await mount(adapter);
      await write(el, 'Draft one');
      const key = `${await adapter.storageKey()}|signature`;
      await kept(key, (v) => v !== undefined);
      expect(await deviceStore.read(key)).to.deep.equal({ base: 'Saved one', value: 'Draft one' });
      el.remove();

      const { el: again } = await mount(adapter);
      await until(() => editor(again).value === 'Draft one');
      expect(text(again, 'draft-notice')).to.include('Unsaved changes restored.');
      expect(again.matches(':state(restored)')).to.equal(true);
      expect(again.matches(':state(dirty)')).to.equal(true);
      expect(saveButton(again).getAttribute('aria-disabled')).to.equal('false');
      await expect(again).to.be.accessible();
      click($(again, '[part~="draft-discard"]'));
      await until(() => editor(again).value === 'Saved one');
      await until(() => status(again) === 'Unsaved changes discarded');
      await kept(key, (v) => v === undefined);
      expect(again.matches(':state(restored)')).to.equal(false);
    });

    it('forgets the kept text once it is saved', async () => {
      const adapter = named();
      const { el } = await mount(adapter);
      await write(el, 'To be saved');
      const key = `${await adapter.storageKey()}|signature`;
      await kept(key, (v) => v !== undefined);
      click(saveButton(el));
      await until(() => status(el) === 'Signature saved');
      await kept(key, (v) => v === undefined);
      el.remove();
      const { el: again } = await mount(adapter);
      expect(editor(again).value).to.equal('To be saved');
      expect(root(again).querySelector('[part~="draft-notice"]')).to.equal(null);
    });
  });

  describe('other tabs', () => {
    const post = async (adapter: MemoryAdapter, value: string) => {
      const other = new BroadcastChannel('profile-elements');
      const message: TabMessage = {
        scope: await adapter.storageKey(),
        topic: 'signature',
        value,
        at: Date.now(),
      };
      other.postMessage(message);
      other.close();
    };

    it('a signature saved in another tab shows here', async () => {
      const adapter = named({ signature: 'Old' });
      const { el } = await mount(adapter);
      await post(adapter, 'From the other tab');
      await until(() => editor(el).value === 'From the other tab');
      expect(saveButton(el).getAttribute('aria-disabled')).to.equal('true');
    });

    it('an editor with edits keeps them', async () => {
      const adapter = named({ signature: 'Old' });
      const { el } = await mount(adapter);
      await write(el, 'Mine');
      await post(adapter, 'Theirs');
      await until(() => el.matches(':state(dirty)') && editor(el).value === 'Mine');
      // The other tab's text is now what "saved" means: typing it back leaves nothing to save.
      await until(() => {
        editor(el).value = 'Theirs';
        editor(el).dispatchEvent(new InputEvent('input'));
        return !el.matches(':state(dirty)');
      });
    });
  });
});
