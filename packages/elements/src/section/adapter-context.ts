import { createContext } from '@lit/context';
import type { SettingsAdapter } from '@profile-elements/core';

/**
 * How section elements find their adapter when none is set on them: the nearest provider above
 * them (`<settings-provider>` or `<profile-settings>`) answers this context.
 */
export const adapterContext = createContext<SettingsAdapter | undefined>(
  Symbol.for('profile-elements.adapter'),
);
