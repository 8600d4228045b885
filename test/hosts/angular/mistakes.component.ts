// What types/angular.d.ts must refuse in a strict template: each line after an `expect-error`
// comment must have an error, and no other line may (test/hosts/checks.ts).
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';

@Component({
  selector: 'app-mistakes',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <!-- expect-error: SettingsSavedEvent's detail has "section", not "sectoin" -->
    <profile-settings (pe-saved)="log($event.detail.sectoin)"></profile-settings>
    <!-- expect-error: pe-saved brings a SettingsSavedEvent, not an InterfaceChangeEvent -->
    <profile-settings (pe-saved)="log($event.detail.fontSize)"></profile-settings>
    <!-- expect-error: the section is a string, not a number -->
    <profile-settings (pe-saved)="count($event.detail.section)"></profile-settings>
    <!-- Angular never type-checks property bindings on elements (checkTypeOfDomBindings is always
         off), so a string where the adapter goes passes: -->
    <profile-settings [adapter]="'chatwoot'"></profile-settings>
  `,
})
export class MistakesComponent {
  log(value: unknown) {
    console.info(value);
  }
  count(value: number) {
    console.info(value + 1);
  }
}
