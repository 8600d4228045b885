/**
 * WCAG 1.3.3 Sensory characteristics: no instruction in the elements' English text relies on shape,
 * colour, size, position or sound ("the green button", "on the right", "the round icon"). The
 * English strings are the `<source>` units of the XLIFF files, which test/docs/locales.node.test.ts
 * keeps equal to the code's msg() calls. A word may stay where the allow-list says why.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { englishStrings as sources } from './english-strings.ts';

/** Words that point at how something looks, where it is, or how it sounds. */
const SENSORY = [
  // Colour.
  'red',
  'green',
  'blue',
  'yellow',
  'orange',
  'grey',
  'gray',
  'purple',
  'black',
  'white',
  'colou?red',
  'highlighted',
  'shaded',
  // Shape.
  'round',
  'circle',
  'circular',
  'square',
  'triangle',
  'diamond',
  'arrow',
  'icon',
  'dot',
  'tick',
  'cross',
  // Size.
  'big',
  'bigger',
  'large',
  'larger',
  'small',
  'smaller',
  'tiny',
  // Position.
  'left',
  'right',
  'above',
  'below',
  'top',
  'bottom',
  'beside',
  'next to',
  'corner',
  'side',
  'upper',
  'lower',
  // Sound.
  'hear',
  'beep',
  'listen',
];
const PATTERN = new RegExp(`\\b(${SENSORY.join('|')})\\b`, 'gi');

/** Source text → the sensory words it may use, and why that is no reliance on the senses. */
const ALLOWED: Record<string, { words: string[]; why: string }> = {
  'Choose a password that meets every rule below.': {
    words: ['below'],
    why: 'the rules follow it in reading order too, and are named: "every rule"',
  },
  'Only the characters above': {
    words: ['above'],
    why: 'an item of the rule list, after the items that name the characters: true in reading order',
  },
  'To allow them again, click the icon left of the address bar, set Notifications to “Allow” in the site settings, then reload this page.':
    {
      words: ['icon', 'left'],
      why: "the browser's own UI, which the elements cannot name otherwise; the site settings and the Notifications setting are named too",
    },
  Small: { words: ['small'], why: 'a font size: the size is what is chosen' },
  Smaller: { words: ['smaller'], why: 'a font size: the size is what is chosen' },
  Large: { words: ['large'], why: 'a font size: the size is what is chosen' },
  Larger: { words: ['larger'], why: 'a font size: the size is what is chosen' },
  '“{}” is larger than {} MB. Choose a smaller image.': {
    words: ['larger', 'smaller'],
    why: "a file's size in megabytes, not how anything looks",
  },
};

test('no instruction relies on shape, colour, size, position or sound (WCAG 1.3.3)', () => {
  const texts = sources();
  assert.ok(texts.length > 100, `the English strings were found (${texts.length})`);
  const found: string[] = [];
  const used = new Set<string>();
  for (const text of texts) {
    const words = [...text.matchAll(PATTERN)].map((m) => m[1]!.toLowerCase());
    const allowed = ALLOWED[text];
    if (allowed && words.length) used.add(text);
    const rest = words.filter((w) => !allowed?.words.includes(w));
    if (rest.length) found.push(`"${text}": ${rest.join(', ')}`);
  }
  assert.deepEqual(found, [], 'sensory words outside the allow-list');
  assert.deepEqual(
    Object.keys(ALLOWED).filter((text) => !used.has(text)),
    [],
    'allow-list entries that no longer match a string (remove them)',
  );
});
