/** Every `part` of `<access-token>`, as its `@csspart` lines document them (tests keep the two in step). */
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
