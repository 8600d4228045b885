import { fixture } from '@open-wc/testing';
import type { SettingsAdapter } from '@profile-elements/core';
import { until } from './dom.js';

/**
 * A section element on `adapter`, returned once `ready` (a selector in its shadow root) shows, with
 * its outcome events (`pe-saved`, `pe-failed`, `pe-dirty-change`) recorded in order from the start.
 */
export async function mountSection<E extends HTMLElement>(
  tag: string,
  adapter: SettingsAdapter,
  ready: string,
): Promise<{ el: E; events: Event[] }> {
  const events: Event[] = [];
  const section = document.createElement(tag) as E & { adapter: SettingsAdapter };
  section.adapter = adapter;
  for (const type of ['pe-saved', 'pe-failed', 'pe-dirty-change'])
    section.addEventListener(type, (e) => events.push(e));
  const el = await fixture<E>(section);
  await until(() => el.shadowRoot!.querySelector(ready));
  return { el, events };
}
