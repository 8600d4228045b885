// The whole `<profile-settings>` from the quick start, with the in-memory adapter (no latency):
// rendered once all six sections show their data. Sections after Profile are loaded by the element
// itself (idle / near the viewport); this bundle has no code splitting, so their code is already
// here and only the element's own scheduling is timed.
// First: it wraps lit's `update` before any element class (or decorator) captures it.
import { hasData, measure } from './harness.js';
import { MemoryAdapter } from '@profile-elements/core/memory';
import '@profile-elements/elements/define/profile-settings.js';

const SECTIONS = ['#profile', '#audio', '#email', '#push', '#access-token'];

void measure(
  () => {
    const el = document.createElement('profile-settings');
    el.adapter = new MemoryAdapter();
    document.body.append(el);
  },
  () => {
    const el = document.querySelector('profile-settings');
    const root = el?.shadowRoot;
    if (!el || !root) return false;
    return (
      hasData(el.querySelector('password-change')) && SECTIONS.every((s) => hasData(root.querySelector(s)))
    );
  },
);
