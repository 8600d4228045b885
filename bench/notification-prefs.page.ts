// The page side of bench/notification-prefs.mjs: renders `<notification-prefs>` with many event rows,
// and a baseline measured the same way: a plain lit table with the same number of rows and
// checkboxes (no adapter, no queue), the least a lit element doing this job can cost.
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

const stage = document.getElementById('stage')!;
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
/** A task boundary without timer clamping (setTimeout(0) is clamped to 4 ms when nested). */
const nextTask = () =>
  new Promise((r) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = r;
    channel.port2.postMessage(0);
  });
/**
 * Until the element has rendered and the browser has laid the page out (style and layout forced
 * here, so the time does not depend on where the next frame falls).
 */
const laidOut = async (el: HTMLElement) => {
  await (el as LitElement).updateComplete;
  void stage.offsetHeight;
};
const until = async (check: () => unknown) => {
  while (!check()) await nextTask();
};

const eventIds = (rows: number) =>
  Array.from({ length: rows }, (_, i) => `bench_event_${i}` as NotificationEvent);

/** One measurement of each kind, in ms; the element is left on the page for the toggles. */
async function measure(kind: 'element' | 'baseline', rows: number) {
  stage.replaceChildren();
  await frame();
  const events = eventIds(rows);
  let el: HTMLElement;
  let root: () => ShadowRoot;
  let settled: () => Promise<void>;
  const t0 = performance.now();
  if (kind === 'element') {
    // Custom events: core's NotificationEvent is Chatwoot's fixed list, so the ids are cast.
    const adapter = new MemoryAdapter({ notifications: { events } });
    const prefs = document.createElement('notification-prefs') as NotificationPrefs;
    prefs.sections = 'email push';
    prefs.adapter = adapter;
    el = prefs;
    stage.append(el);
    root = () => prefs.shadowRoot!;
    await until(() => root().querySelectorAll('tbody tr').length === rows);
    settled = async () => {
      await until(() => root().querySelector('[part~="status"]')?.textContent?.trim() === 'Saved');
      await laidOut(prefs);
    };
  } else {
    const table = document.createElement('baseline-table') as BaselineTable;
    table.events = events;
    el = table;
    stage.append(el);
    root = () => table.shadowRoot!;
    await table.updateComplete;
    settled = () => laidOut(table);
  }
  await laidOut(el);
  const render = performance.now() - t0;

  // One toggle: from the click until it shows (optimistic: before its write answers), then until
  // the write has answered and the element has rendered the saved state.
  const boxes = () => root().querySelectorAll<HTMLInputElement>('tbody input[type="checkbox"]');
  const t1 = performance.now();
  boxes()[rows]!.click();
  await laidOut(el);
  const toggle = performance.now() - t1;
  await settled();
  const toggleSaved = performance.now() - t1;

  // Twenty quick toggles in a row (a user running down a column).
  const t2 = performance.now();
  for (let i = 0; i < 20; i++) boxes()[i * 2]!.click();
  await laidOut(el);
  const burst = performance.now() - t2;
  await settled();
  const burstSaved = performance.now() - t2;
  return { render, toggle, toggleSaved, burst, burstSaved };
}

Object.assign(window, { measure });
