// `<profile-details>` alone, with the in-memory adapter (no latency): rendered once it shows the
// profile (`:state(ready)`), not its loading skeleton.
// First: it wraps lit's `update` before any element class (or decorator) captures it.
import { hasData, measure } from './harness.js';
import { MemoryAdapter } from '@profile-elements/core/memory';
import '@profile-elements/elements/define/profile-details.js';

void measure(
  () => {
    const el = document.createElement('profile-details');
    el.adapter = new MemoryAdapter();
    document.body.append(el);
  },
  () => hasData(document.querySelector('profile-details')),
);
