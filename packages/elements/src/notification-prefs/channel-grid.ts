import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { msg } from '../shared/localize.js';
import { channelLabel, eventLabel } from './labels.js';
import { checked, type PrefFields } from './pref-fields.js';
import type { PrefKey } from './pref-writes.js';

export type Channel = 'email' | 'push';

/**
 * The event × channel table: a row per event the backend knows, a column per channel shown, and a
 * checkbox atop each column that switches the whole column. A failed save shows in a row under its
 * event (or under the table, for a column).
 */
export function renderChannelGrid(fields: PrefFields, events: string[], channels: Channel[]) {
  // Each switch's state, read once per render: the column toggles derive theirs from these, and a
  // row renders again only when one of its own changed (a toggle in a grid of 2,000 events would
  // otherwise rebuild every row).
  const on = channels.map((channel) => events.map((e) => !!fields.get(`${channel}.${e}`)));
  /** The box at row `r` (0: the column toggles), column `c`: saves its state to `keys`, anchored at `key`. */
  const box = (key: string, r: number, c: number, checkedNow: boolean, keys: PrefKey[], label: string) =>
    html`<input
      type="checkbox"
      part=${r ? 'toggle' : 'column-toggle'}
      data-r=${r}
      data-c=${c}
      aria-labelledby=${label}
      aria-describedby=${fields.describedBy(key)}
      .checked=${live(checkedNow)}
      .indeterminate=${!r && !checkedNow && on[c]!.some(Boolean)}
      @change=${(e: Event) => fields.set(key, Object.fromEntries(keys.map((k) => [k, checked(e)])))}
    />`;
  return html`<table part="matrix" @keydown=${onGridKey}>
      <thead>
        <tr>
          <th scope="col" part="corner">
            ${
              channels.length > 1
                ? msg('Notify me when…')
                : channels[0] === 'email'
                  ? msg('Send email notifications when…')
                  : msg('Send push notifications when…')
            }
          </th>
          ${channels.map((channel, c) => {
            const keys = events.map((e) => `${channel}.${e}`);
            return html`<th scope="col" part="column-header">
              <span id="col-${channel}">${channelLabel(channel)}</span>
              ${box(`${channel}.*`, 0, c, on[c]!.every(Boolean), keys, `col-${channel} all-${channel}`)}
              <span id="all-${channel}" class="visually-hidden">${msg('all events')}</span>
            </th>`;
          })}
        </tr>
      </thead>
      <tbody>
        ${events.map((event, r) => {
          const keys = channels.map((channel) => `${channel}.${event}`);
          const noted = keys.map((key) => fields.noted(key));
          const label = eventLabel(event);
          const row = () =>
            html`<tr part="row">
                <th scope="row" part="row-header" id="row-${event}">${label}</th>
                ${channels.map(
                  (channel, c) =>
                    html`<td part="cell">
                      ${box(keys[c]!, r + 1, c, on[c]![r]!, [keys[c]!], `col-${channel} row-${event}`)}
                    </td>`,
                )}
              </tr>
              ${
                noted.some(Boolean)
                  ? html`<tr class="row-error">
                      <td colspan=${channels.length + 1}>
                        ${keys.filter((_, c) => noted[c]).map((key) => fields.failure(key))}
                      </td>
                    </tr>`
                  : nothing
              }`;
          // A row with a failure or a waiting note renders each time (its message may change); the
          // others again only when their label (the language), switches or descriptions change.
          if (noted.some(Boolean)) return row();
          return guard([label, ...on.map((column) => column[r]), ...keys.map(fields.describedBy)], row);
        })}
      </tbody>
    </table>
    ${channels.map((channel) => fields.failure(`${channel}.*`))}`;
}

/**
 * Arrow keys move between the grid's checkboxes (Tab still visits each one). Each box carries its
 * row and column (`data-r`, `data-c`; row 0 is the column toggles), so the next one is a lookup.
 */
function onGridKey(e: KeyboardEvent): void {
  const step = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }[e.key];
  const from = e.target as HTMLElement;
  if (!step || !from.dataset['r']) return;
  const next = (e.currentTarget as HTMLElement).querySelector<HTMLInputElement>(
    `[data-r="${+from.dataset['r'] + step[0]!}"][data-c="${+from.dataset['c']! + step[1]!}"]`,
  );
  if (next) {
    e.preventDefault();
    next.focus();
  }
}
