import { html, nothing } from 'lit';
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
  /** The box at row `r` (0: the column toggles), column `c`: saves its state to `keys`, anchored at `key`. */
  const box = (key: string, r: number, c: number, on: boolean, keys: PrefKey[], label: string) =>
    html`<input
      type="checkbox"
      part=${r ? 'toggle' : 'column-toggle'}
      data-r=${r}
      data-c=${c}
      aria-labelledby=${label}
      aria-describedby=${fields.describedBy(key)}
      .checked=${live(on)}
      .indeterminate=${!r && !on && events.some((e) => fields.get(`${key.split('.')[0]}.${e}`))}
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
              ${box(
                `${channel}.*`,
                0,
                c,
                events.every((e) => fields.get(`${channel}.${e}`)),
                keys,
                `col-${channel} all-${channel}`,
              )}
              <span id="all-${channel}" class="visually-hidden">${msg('all events')}</span>
            </th>`;
          })}
        </tr>
      </thead>
      <tbody>
        ${events.map((event, r) => {
          const noted = channels.filter((channel) => fields.noted(`${channel}.${event}`));
          return html`<tr part="row">
              <th scope="row" part="row-header" id="row-${event}">${eventLabel(event)}</th>
              ${channels.map((channel, c) => {
                const key = `${channel}.${event}`;
                return html`<td part="cell">
                  ${box(key, r + 1, c, !!fields.get(key), [key], `col-${channel} row-${event}`)}
                </td>`;
              })}
            </tr>
            ${
              noted.length
                ? html`<tr class="row-error">
                    <td colspan=${channels.length + 1}>
                      ${noted.map((channel) => fields.failure(`${channel}.${event}`))}
                    </td>
                  </tr>`
                : nothing
            }`;
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
