/**
 * Every `part` of `<access-token>`, as its JSDoc `@csspart` lines document them (a test keeps the two, and
 * the rendered nodes, in step). `<profile-settings>` re-exports each as `<section>-<part>`; this list
 * is kept apart from the element so the page can do that without loading the element's code.
 */
export const parts = [
  'section',
  'header',
  'title',
  'description',
  'token',
  'reveal',
  'copy',
  'regenerate',
  'status',
  'alert',
  'retry',
  'dialog',
  'dialog-title',
  'dialog-text',
  'dialog-cancel',
  'dialog-confirm',
] as const;
