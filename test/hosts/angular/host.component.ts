// An Angular host of <profile-settings>, with strict templates: `$event` of each `(pe-…)` binding is
// the element's event class. On purpose this host imports nothing from @profile-elements/elements
// (as one whose elements come from a script tag): the typings must come from types/angular.d.ts.
import { Component, CUSTOM_ELEMENTS_SCHEMA, input } from '@angular/core';
import type { SettingsAdapter } from '@profile-elements/core';

@Component({
  selector: 'app-settings',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <profile-settings
      [adapter]="adapter()"
      hidden-sections="password access-token"
      (pe-saved)="saved($event.detail.section)"
      (pe-interface-change)="interfaceChanged($event.detail.fontSize, $event.detail.locale)"
      (pe-failed)="failed($event.detail.during, $event.detail.error.code)"
    ></profile-settings>
  `,
})
export class SettingsComponent {
  readonly adapter = input.required<SettingsAdapter>();

  saved(section: string) {
    console.info(`saved ${section}`);
  }
  interfaceChanged(fontSize: number, locale: string | null) {
    console.info(fontSize, locale);
  }
  failed(during: 'load' | 'save', code: string | undefined) {
    console.warn(during, code);
  }
}
