import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@profile-elements/elements/define/all.js';
import { adapterOf, states } from './support/profile-states.js';

// `<settings-provider>`: the host lays the sections out itself and sets the adapter once, on the
// provider; the sections inside find it through context. (Line comments: a JSDoc block on `meta`
// would replace the element's description on the docs page.)
const meta: Meta = {
  title: 'Elements/Settings provider',
  component: 'settings-provider',
  argTypes: { adapter: { control: false } },
  render: (_args, context) =>
    html`<settings-provider .adapter=${adapterOf(context)}>
      <div style="display: grid; gap: 24px; grid-template-columns: minmax(0, 1fr)">
        <profile-details></profile-details>
      </div>
    </settings-provider>`,
};
export default meta;

/** A section without its own `adapter` gets the provider's. */
export const ProvidesTheAdapter: StoryObj = { ...states.Loaded };
