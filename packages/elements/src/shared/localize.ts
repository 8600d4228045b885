/**
 * The one place the elements import `@lit/localize` from. Importing `msg`, `str` and
 * `updateWhenLocaleChanges` from the package's internal modules instead would save about 80 bytes
 * (brotli) of set-up code the elements never call, but those paths are not public API and could move
 * in any release; if `@lit/localize` gains an exports map with leaner entries, switch here.
 */
export { msg, str, updateWhenLocaleChanges } from '@lit/localize';
