/**
 * The one vocabulary of the README's "Names" section, as far as a machine can check it: tags, events,
 * parts, custom properties, states, attributes and slots of every element in the manifest.
 */
import type { CustomElement } from '../../scripts/manifest-build.mjs';

const KEBAB = /^[a-z]+(-[a-z]+)*$/;
const TAG = /^[a-z]+-[a-z]+$/;
const EVENT = /^pe-[a-z]+(-[a-z]+)*$/;
const CSS_PROPERTY = /^--pe-[a-z]+(-[a-z]+)*$/;

/** Parts every section's frame has, under these names and no others. */
export const FRAME_PARTS = ['section', 'header', 'title', 'description', 'status', 'alert', 'retry'];

/** Names that drifted in before, and the shared name for their role. */
const RETIRED_PARTS: Record<string, string> = {
  error: '`alert` (a section failure) or `field-error` (a field message)',
  cancel: '`dialog-cancel`',
  confirm: '`dialog-confirm`',
};

/** Whether an element is a section: it extends a class of this package (the section base). */
export const isSection = (element: CustomElement) =>
  !!element.superclass?.module && !element.superclass.package;

/**
 * Every name that breaks the vocabulary, as "<tag>: what is wrong". `sectionNames` are the names
 * `<profile-settings>` may use as a prefix when it re-exports a section's parts (`profile-*`).
 */
export function vocabularyProblems(elements: CustomElement[], sectionNames: readonly string[]): string[] {
  const problems: string[] = [];
  for (const element of elements) {
    const tag = element.tagName;
    const say = (problem: string) => problems.push(`<${tag}>: ${problem}`);
    const parts = (element.cssParts ?? []).map((p) => p.name);

    if (!TAG.test(tag)) say('a tag name is two lowercase words joined by a hyphen');
    for (const { name } of element.events ?? []) {
      if (!EVENT.test(name)) say(`event "${name}" is not "pe-" and kebab-case words`);
    }
    for (const part of parts) {
      const reexported = /^(.+)-\*$/.exec(part)?.[1];
      if (reexported !== undefined) {
        if (!sectionNames.includes(reexported))
          say(`part "${part}" re-exports no section (${sectionNames.join(', ')})`);
      } else if (!KEBAB.test(part)) {
        say(`part "${part}" is not kebab-case`);
      } else if (RETIRED_PARTS[part]) {
        say(`part "${part}": the shared name for this role is ${RETIRED_PARTS[part]}`);
      } else if (part.startsWith('dialog-') && !parts.includes('dialog')) {
        say(`part "${part}" belongs to a dialog, but there is no "dialog" part`);
      } else if (part.startsWith('field-') && part !== 'field-error' && !parts.includes('field')) {
        say(`part "${part}" names one field, but there is no "field" part for all of them`);
      }
    }
    if (isSection(element)) {
      const missing = FRAME_PARTS.filter((part) => !parts.includes(part));
      if (missing.length)
        say(`a section documents the frame parts ${FRAME_PARTS.join(', ')}; missing: ${missing.join(', ')}`);
    }
    for (const { name } of element.cssProperties ?? []) {
      if (!CSS_PROPERTY.test(name)) say(`custom property "${name}" is not "--pe-" and kebab-case words`);
    }
    for (const { name } of element.cssStates ?? []) {
      if (!KEBAB.test(name)) say(`state "${name}" is not kebab-case`);
    }
    for (const { name } of element.attributes ?? []) {
      if (!KEBAB.test(name)) say(`attribute "${name}" is not kebab-case`);
    }
    for (const { name } of element.slots ?? []) {
      if (name && !KEBAB.test(name)) say(`slot "${name}" is not kebab-case`);
    }
  }
  return problems;
}
