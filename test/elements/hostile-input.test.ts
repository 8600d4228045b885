// Property tests of the elements over hostile text: whatever a profile holds or a user types is
// rendered as text, never as markup, and saved exactly as typed or refused with a message.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { charLength } from '@profile-elements/core';
import { MemoryAdapter } from '@profile-elements/core/memory';
import '@profile-elements/elements/define/profile-details.js';
import type { ProfileDetails } from '@profile-elements/elements';
import { PAYLOADS, hostileText } from '../helpers/hostile-strings.js';
import { field, type, until } from '../helpers/dom.js';

/** What a single-line input shows of a value: browsers drop line breaks from `<input>` values. */
const singleLine = (text: string) => text.replace(/[\r\n]/g, '');
const pwned = () => (window as { __pwned?: unknown }).__pwned;
/** Elements that only markup in a value could have made. */
const injected = (el: Element) =>
  el.shadowRoot!.querySelectorAll('script, svg[onload], img[onerror], iframe').length;

async function mount(adapter: MemoryAdapter) {
  const el = await fixture<ProfileDetails>(html`<profile-details .adapter=${adapter}></profile-details>`);
  await until(() => el.shadowRoot!.querySelector('form'));
  return el;
}

describe('hostile text in <profile-details>', () => {
  it('shows any stored name, display name or pending email as text', async function () {
    this.timeout(60_000);
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, async (name, displayName) => {
        const pendingEmail = `${PAYLOADS[0]}@example.com`;
        const el = await mount(new MemoryAdapter({ profile: { name, displayName, pendingEmail } }));
        expect(field(el, 'Your full name').value).to.equal(singleLine(name));
        expect(field(el, 'Display name').value).to.equal(singleLine(displayName));
        expect(el.shadowRoot!.querySelector('[part~="pending-email"]')!.textContent).to.include(pendingEmail);
        expect(injected(el)).to.equal(0);
        expect(pwned()).to.equal(undefined);
        el.remove();
      }),
      { numRuns: 25 },
    );
  });

  it('saves what the user typed exactly, or refuses it on the field with a message', async function () {
    this.timeout(60_000);
    await fc.assert(
      fc.asyncProperty(hostileText.map(singleLine), async (text) => {
        const adapter = new MemoryAdapter();
        const el = await mount(adapter);
        await type(el, field(el, 'Display name'), text);
        el.shadowRoot!.querySelector('form')!.requestSubmit();
        if (charLength(text) > 255) {
          await until(() => field(el, 'Display name').getAttribute('aria-invalid') === 'true');
          expect(adapter.profile.displayName, 'nothing saved').to.equal('Jane');
        } else if (text !== 'Jane') {
          await until(() => adapter.profile.displayName === text);
        }
        expect(field(el, 'Display name').value).to.equal(text);
        expect(injected(el)).to.equal(0);
        expect(pwned()).to.equal(undefined);
        el.remove();
      }),
      { numRuns: 25 },
    );
  });
});
