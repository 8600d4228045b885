/**
 * WCAG 3.2.4 Consistent identification: a function that recurs across the sections has one name
 * everywhere ("Try again", "Discard", "Saved", …) and no section words it its own way. The English
 * strings are the `<source>` units of the XLIFF files, which test/docs/locales.node.test.ts keeps
 * equal to the code's msg() calls; equal texts share one unit, so one translation too.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { englishStrings as sources } from './english-strings.ts';

/** Each recurring function: its one name, and other wordings of it that must not appear. */
const FUNCTIONS = [
  {
    what: 'retry after a failure',
    label: 'Try again',
    variants: ['Retry', 'Retry now', 'Try again now', 'Reload', 'Refresh'],
  },
  {
    what: 'drop restored unsaved changes',
    label: 'Discard',
    variants: ['Dismiss', 'Discard changes', 'Discard draft', 'Revert', 'Throw away', 'Clear', 'Reset'],
  },
  {
    what: 'an instant save succeeded',
    label: 'Saved',
    variants: [
      'Changes saved',
      'Settings saved',
      'Preferences saved',
      'Saved successfully',
      'Done',
      'Success',
    ],
  },
  { what: 'a save in progress', label: 'Saving…', variants: ['Saving...', 'Saving', 'Please wait'] },
  {
    what: 'close a confirmation without acting',
    label: 'Cancel',
    variants: ['No', 'Keep', 'Abort', 'Never mind', 'Go back'],
  },
  { what: 'copy to the clipboard', label: 'Copy', variants: ['Copy token', 'Copy to clipboard'] },
];

/** Beginnings of failure messages: an instant save that failed always starts "Not saved: ". */
const FAILED_SAVE = {
  label: 'Not saved: ',
  variants: [
    'Could not save',
    "Couldn't save",
    'Save failed',
    'Failed to save',
    'Saving failed',
    'Error saving',
  ],
};

/** Case and closing punctuation do not make a different name. */
const same = (a: string, b: string) =>
  a.replace(/[.!…]+$/, '').toLowerCase() === b.replace(/[.!…]+$/, '').toLowerCase();

test('a function that recurs across sections has the same name in every one (WCAG 3.2.4)', () => {
  const texts = sources();
  assert.ok(texts.length > 100, `the English strings were found (${texts.length})`);
  for (const { what, label, variants } of FUNCTIONS) {
    assert.ok(texts.includes(label), `${what}: "${label}" is a message`);
    assert.deepEqual(
      texts.filter((t) => t !== label && (same(t, label) || variants.some((v) => same(t, v)))),
      [],
      `${what} is called "${label}" everywhere`,
    );
  }
  assert.ok(
    texts.some((t) => t.startsWith(FAILED_SAVE.label)),
    'failed saves say "Not saved: …"',
  );
  assert.deepEqual(
    texts.filter((t) => FAILED_SAVE.variants.some((v) => t.toLowerCase().includes(v.toLowerCase()))),
    [],
    'a failed save is worded "Not saved: …" everywhere',
  );
});
