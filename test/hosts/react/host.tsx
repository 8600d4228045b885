// A React 19 host of <profile-settings>, no wrapper: what types/react.d.ts must allow, and (each line
// after a ts-expect-error comment) what it must refuse.
import type { SettingsAdapter } from '@profile-elements/core';
import type { InterfaceChangeEvent, ProfileSettings } from '@profile-elements/elements';
import '@profile-elements/elements/define/profile-settings.js';
import { useRef } from 'react';

export function Settings({ adapter }: { adapter: SettingsAdapter }) {
  const ref = useRef<ProfileSettings>(null);
  return (
    <profile-settings
      ref={ref}
      adapter={adapter}
      hidden-sections="password access-token"
      onpe-saved={(event) => console.info(`saved ${event.detail.section}`)}
      onpe-interface-change={(event) => console.info(event.detail.fontSize, event.detail.locale)}
      onpe-failed={(event) => console.warn(event.detail.during, event.detail.error.code)}
    />
  );
}

export function Mistakes() {
  return (
    <>
      <profile-settings
        // @ts-expect-error -- the adapter is an object, not a string
        adapter="chatwoot"
        onpe-saved={(event) => {
          // @ts-expect-error -- SettingsSavedEvent's detail has `section`, not `sectoin`
          console.info(event.detail.sectoin);
        }}
      />
      {/* @ts-expect-error -- pe-saved brings a SettingsSavedEvent, not an InterfaceChangeEvent */}
      <profile-settings onpe-saved={(event: InterfaceChangeEvent) => console.info(event.detail.fontSize)} />
      <profile-settings
        // @ts-expect-error -- a ref to <profile-settings> is not a ref to another element
        ref={useRef<HTMLInputElement>(null)}
      />
    </>
  );
}
