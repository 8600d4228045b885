// In development (the `development` export condition, as in Vite's dev server and these tests) the
// elements say in the console what a host got wrong, where they would otherwise wait in silence.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { MemoryAdapter } from '@profile-elements/core/memory';
import '@profile-elements/elements/define/profile-settings.js';
import { define } from '../../packages/elements/src/shared/define.js';
import { ADAPTER_GRACE_MS } from '../../packages/elements/src/dev/warnings.js';

/** The console warnings while `run` runs. */
async function warnings(run: () => Promise<unknown>): Promise<string[]> {
  const warn = sinon.stub(console, 'warn');
  try {
    await run();
    return warn.getCalls().map((call) => String(call.args[0]));
  } finally {
    warn.restore();
  }
}

describe('development warnings', () => {
  afterEach(() => sinon.restore());

  it('says when the adapter arrives as an attribute (a framework rendered before the tag was defined)', async () => {
    const said = await warnings(() =>
      fixture(html`<profile-details adapter="[object Object]"></profile-details>`),
    );
    const warning = said.find((w) => w.includes('<profile-details> got its adapter as text'));
    expect(warning, said.join('\n')).to.include('"[object Object]"');
    expect(warning).to.include("import '@profile-elements/elements/define/profile-details.js'");
    expect(warning).to.include('@profile-elements/react');
  });

  it('says when an element still has no adapter after a grace period, once, from the outermost element', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout'] });
    const said = await warnings(async () => {
      await fixture(html`<profile-settings hidden-sections="access-token"></profile-settings>`);
      clock.tick(ADAPTER_GRACE_MS + 1);
    });
    clock.restore();
    const missing = said.filter((w) => w.includes('has had no adapter'));
    expect(missing, said.join('\n')).to.have.length(1);
    expect(missing[0]).to.include('<profile-settings>');
    expect(missing[0]).to.include('element.adapter = new ChatwootAdapter');
  });

  it('says nothing when the adapter comes in time', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout'] });
    const said = await warnings(async () => {
      const el = await fixture<HTMLElement & { adapter?: unknown }>(
        html`<profile-details></profile-details>`,
      );
      clock.tick(ADAPTER_GRACE_MS / 2);
      el.adapter = new MemoryAdapter();
      clock.tick(ADAPTER_GRACE_MS);
    });
    clock.restore();
    expect(said.filter((w) => w.includes('adapter'))).to.deep.equal([]);
  });

  it('names what owns a taken tag, and how to use a prefix beside it', async () => {
    class HostsOwnSettings extends HTMLElement {}
    customElements.define('pe-test-taken', HostsOwnSettings);
    const said = await warnings(async () => define('pe-test-taken', class extends HTMLElement {}));
    expect(said[0]).to.include("<pe-test-taken> is already defined by the page's class HostsOwnSettings");
    expect(said[0]).to.include("defineWithPrefix('acme')");
    expect(said[0]).not.to.include('another copy');
  });

  it('recognises another copy of the library as the owner', async () => {
    define('pe-test-ours', class extends HTMLElement {});
    const said = await warnings(async () => define('pe-test-ours', class extends HTMLElement {}));
    expect(said[0]).to.include('<pe-test-ours> is already defined by another copy of profile-elements');
  });
});
