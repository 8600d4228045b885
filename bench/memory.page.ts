// The page side of bench/memory.mjs: mounts `<profile-settings>` (the quick start, every section, the
// in-memory adapter), waits until every section has rendered with its data, and removes it; and the
// same for a bare lit form, the baseline. What stays behind after many rounds is what a host that
// shows and hides the settings page (a dialog, a route) pays for each visit.
import { LitElement, html } from 'lit';
import { MemoryAdapter } from '@profile-elements/core/memory';
import '@profile-elements/elements/define/profile-settings.js';

/** A bare lit form of four inputs with its data: the least a lit settings form keeps alive. */
class BaselineForm extends LitElement {
  static override properties = { profile: { attribute: false } };
  declare profile: Record<'name' | 'displayName' | 'email' | 'signature', string>;
  protected override render() {
    const field = (name: keyof BaselineForm['profile'], label: string) =>
      html`<label
        >${label}
        <input
          name=${name}
          .value=${this.profile[name]}
          @input=${(e: Event) =>
            (this.profile = { ...this.profile, [name]: (e.target as HTMLInputElement).value })}
      /></label>`;
    return html`<form @submit=${(e: Event) => e.preventDefault()}>
      ${field('name', 'Name')} ${field('displayName', 'Display name')} ${field('email', 'Email')}
      ${field('signature', 'Signature')}
      <button>Update profile</button>
    </form>`;
  }
}
customElements.define('baseline-form', BaselineForm);

type Kind = 'element' | 'baseline';

const stage = document.getElementById('stage')!;
/** A task boundary without timer clamping (setTimeout(0) is clamped to 4 ms when nested). */
const nextTask = () =>
  new Promise((r) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = r;
    channel.port2.postMessage(0);
  });

/** Whether a section element shows its data (or hides itself for want of an adapter capability). */
const settled = (el: Element) => {
  const has = (state: string) => {
    try {
      return el.matches(`:state(${state})`);
    } catch {
      return el.matches(`:--${state}`);
    }
  };
  return customElements.get(el.localName) !== undefined && (has('ready') || has('unsupported'));
};

/** The six sections of `<profile-settings>`: Password in its light DOM, the others in its shadow root. */
const sectionsOf = (page: Element) => [
  ...page.querySelectorAll('password-change'),
  ...(page.shadowRoot?.querySelectorAll('profile-details, notification-prefs, access-token') ?? []),
];

/** Mounts one, waits until it has rendered with its data, removes it. */
async function mountOnce(kind: Kind): Promise<void> {
  if (kind === 'element') {
    const page = document.createElement('profile-settings');
    page.adapter = new MemoryAdapter();
    stage.append(page);
    // The first mount also waits for the lazy sections to load.
    const t0 = performance.now();
    for (;;) {
      const sections = sectionsOf(page);
      if (sections.length === 6 && sections.every(settled)) break;
      if (performance.now() - t0 > 10_000)
        throw new Error(`sections not ready: ${sections.map((s) => s.localName).join(' ')}`);
      await nextTask();
    }
  } else {
    const form = document.createElement('baseline-form') as BaselineForm;
    form.profile = { name: 'Ada Lovelace', displayName: 'Ada', email: 'ada@example.com', signature: '' };
    stage.append(form);
    await form.updateComplete;
  }
  stage.replaceChildren();
}

/** `count` rounds, one after another; the ms they took. */
async function mountMany(kind: Kind, count: number): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < count; i++) await mountOnce(kind);
  // Let timers and callbacks the last round started (debounced writes, idle callbacks) run out.
  await new Promise((r) => setTimeout(r, 100));
  return performance.now() - t0;
}

Object.assign(window, { mountMany });
