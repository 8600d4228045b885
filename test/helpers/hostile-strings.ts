/**
 * Text an attacker, a confused user or another system may put in a field: markup and script,
 * right-to-left and invisible control characters, emoji (several code points, one character),
 * combining marks, very long strings, and plain unicode. Shared by the property tests of the rules,
 * the elements and the reference server.
 */
import fc from 'fast-check';

/** Strings that have broken other products' profile pages. */
export const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=1>',
  '${alert(1)}{{constructor.constructor("window.__pwned=1")()}}',
  'javascript:window.__pwned=1',
  '\u202Egnp.exe', // right-to-left override
  'Jane\u200B\u200D\u2060Doe', // zero-width characters
  'Zalgo Z̸̧̛̖̗͖̩̀a̵̧͍̓l̶̰̍g̵̣̈́o̶',
  '👩🏽‍💻 Jane 🇧🇷',
  'مرحبا Jane שלום',
  'Jane\u0000Doe\u0007\u001B[31m',
  '  leading and trailing  ',
  '\t\n\r',
] as const;

/** Control characters (C0, DEL, C1) and the bidirectional controls. */
const controls = fc.constantFrom(
  ...[...Array(32).keys(), 127, 0x85, 0x9b].map((c) => String.fromCharCode(c)),
  '\u200E',
  '\u200F',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
);

/** Any well-formed text (no lone surrogates: they are not text, and no transport keeps them). */
export const hostileText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.constantFrom(...PAYLOADS) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.oneof(controls, fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 12 })
      .map((parts) => parts.join('')),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-composite', minLength: 240, maxLength: 300 }) },
);
