// Type-checked only: the tags themselves in React 19's JSX, typed by the package's generated
// types/react.d.ts (no wrapper). An object in `adapter` and a typed `onpe-saved` listener pass; a
// string adapter and a misspelt detail field do not.
/// <reference types="@profile-elements/elements/types/react" />
import '@profile-elements/elements/define/profile-details.js';
import type { SettingsAdapter } from '@profile-elements/core';

export function Details({ adapter }: { adapter: SettingsAdapter }) {
  return (
    <>
      <profile-details adapter={adapter} onpe-saved={(event) => console.log(event.detail.section)} />
      {/* @ts-expect-error: the adapter is an object, not text */}
      <profile-details adapter="[object Object]" />
      {/* @ts-expect-error: `detail` has `section`, not `sectoin` */}
      <profile-details onpe-saved={(event) => console.log(event.detail.sectoin)} />
    </>
  );
}
