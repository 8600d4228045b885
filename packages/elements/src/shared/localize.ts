/**
 * `msg`, `str` and `updateWhenLocaleChanges` from the modules of `@lit/localize` that define them.
 * Its index also loads the runtime and transform set-up (`configureLocalization`…), whose top-level
 * code stays in every bundle although the elements never call it. A host that configures
 * localization imports that from `@lit/localize` as usual: `msg` here is the same binding it installs.
 */
export { msg } from '@lit/localize/init/install.js';
export { str } from '@lit/localize/internal/str-tag.js';
export { updateWhenLocaleChanges } from '@lit/localize/internal/localized-controller.js';
