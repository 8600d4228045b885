// The page side of bench/scale.mjs: `<notification-prefs sections="email push">` with many event rows,
// and a baseline measured the same way: a plain lit table with the same rows and checkboxes (no
// adapter, no queue), the least a lit element doing this job can cost.
import { LitElement, html } from 'lit';
import type { NotificationEvent } from '@profile-elements/core';
import { MemoryAdapter } from '@profile-elements/core/memory';
import '@profile-elements/elements/define/notification-prefs.js';
import type { NotificationPrefs } from '@profile-elements/elements';

class BaselineTable extends LitElement {
  static override properties = { on: { state: true } };
  declare on: Record<string, boolean>;
  events: string[] = [];
  constructor() {
    super();
    this.on = {};
  }
  protected override render() {
    return html`<table>
      <thead>
        <tr>
          <th scope="col">Notify me when…</th>
          <th scope="col">Email</th>
          <th scope="col">Push</th>
        </tr>
      </thead>
      <tbody>
        ${this.events.map(
          (event) =>
            html`<tr>
              <th scope="row" id="row-${event}">${event}</th>
              ${['email', 'push'].map(
                (channel) =>
                  html`<td>
                    <input
                      type="checkbox"
                      aria-labelledby="row-${event}"
                      .checked=${!!this.on[`${channel}.${event}`]}
                      @change=${(e: Event) =>
                        (this.on = {
                          ...this.on,
                          [`${channel}.${event}`]: (e.target as HTMLInputElement).checked,
                        })}
                    />
                  </td>`,
              )}
            </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
customElements.define('baseline-table', BaselineTable);

type Kind = 'element' | 'baseline';

const stage = document.getElementById('stage')!;
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
/** A task boundary without timer clamping (setTimeout(0) is clamped to 4 ms when nested). */
const nextTask = () =>
  new Promise((r) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = r;
    channel.port2.postMessage(0);
  });
/** Until the element has rendered and the page is laid out (forced, so frame timing does not count). */
const laidOut = async (el: HTMLElement) => {
  await (el as LitElement).updateComplete;
  void stage.offsetHeight;
};
/**
 * Until `check` passes: first across microtasks (the in-memory adapter answers in microtasks, and the
 * browser cannot paint before they are done, so a task boundary here would add a frame that a user
 * does not wait for), then across tasks for work that needs one.
 */
const until = async (check: () => unknown) => {
  for (let i = 0; i < 1000 && !check(); i++) await Promise.resolve();
  while (!check()) await nextTask();
};

/** The element on the stage, and how to tell when a toggle's write has been answered. */
let current: { el: HTMLElement; rows: number; saved: () => Promise<void>; toggles: number } | undefined;

/** Renders `rows` event rows from scratch; resolves with the ms from append to laid out. */
async function mount(kind: Kind, rows: number): Promise<number> {
  stage.replaceChildren();
  current = undefined;
  await frame();
  // Custom events: core's NotificationEvent is Chatwoot's fixed list, so the ids are cast.
  const events = Array.from({ length: rows }, (_, i) => `bench_event_${i}` as NotificationEvent);
  const t0 = performance.now();
  let el: HTMLElement;
  let saved: () => Promise<void>;
  if (kind === 'element') {
    const prefs = document.createElement('notification-prefs') as NotificationPrefs;
    prefs.sections = 'email push';
    prefs.adapter = new MemoryAdapter({ notifications: { events } });
    el = prefs;
    stage.append(el);
    // The first render is a skeleton; the rows come with the adapter's answer.
    await until(() => prefs.shadowRoot!.querySelectorAll('tbody tr').length === rows);
    saved = async () => {
      const status = () => prefs.shadowRoot!.querySelector('[part~="status"]')?.textContent?.trim();
      await until(() => status() === 'Saved');
      await laidOut(prefs);
    };
  } else {
    const table = document.createElement('baseline-table') as BaselineTable;
    table.events = events;
    el = table;
    stage.append(el);
    saved = () => laidOut(table);
  }
  await laidOut(el);
  current = { el, rows, saved, toggles: 0 };
  return performance.now() - t0;
}

/**
 * One click on an email switch (a different row each time, so the element's queue starts empty):
 * ms until it shows (optimistic: before the write answers), and until the write has been answered
 * and the saved state rendered.
 */
async function toggle(): Promise<{ shown: number; saved: number }> {
  const { el, rows, saved } = current!;
  const boxes = el.shadowRoot!.querySelectorAll<HTMLInputElement>('tbody input[type="checkbox"]');
  const box = boxes[(current!.toggles++ * 2 * 7) % (rows * 2)]!;
  const t0 = performance.now();
  box.click();
  await laidOut(el);
  const shown = performance.now() - t0;
  await saved();
  return { shown, saved: performance.now() - t0 };
}

/** One run: a fresh render, then one toggle. */
async function measure(kind: Kind, rows: number) {
  const render = await mount(kind, rows);
  const { shown, saved } = await toggle();
  return { render, toggle: shown, toggleSaved: saved };
}

Object.assign(window, { measure, mount, toggle });
