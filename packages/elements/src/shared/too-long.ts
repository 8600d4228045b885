import { msg, str } from './localize.js';
import { formatNumber, plural } from '../locale/format.js';

/** "Use at most 255 characters.", in the plural form of the limit: every text field's length rule. */
export function tooLongMessage(maxLength: number): string {
  const max = formatNumber(maxLength);
  return plural(maxLength, {
    zero: () => msg(str`Use at most ${max} characters.`, { id: 'max-length.zero' }),
    one: () => msg(str`Use at most ${max} character.`, { id: 'max-length.one' }),
    two: () => msg(str`Use at most ${max} characters.`, { id: 'max-length.two' }),
    few: () => msg(str`Use at most ${max} characters.`, { id: 'max-length.few' }),
    many: () => msg(str`Use at most ${max} characters.`, { id: 'max-length.many' }),
    other: () => msg(str`Use at most ${max} characters.`, { id: 'max-length.other' }),
  });
}
