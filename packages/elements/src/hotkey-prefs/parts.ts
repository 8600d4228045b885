/** Every `part` of `<hotkey-prefs>`, as its `@csspart` lines document them (tests keep the two in step). */
export const parts = [
  'section',
  'header',
  'title',
  'description',
  'status',
  'choices',
  'choice',
  'choice-label',
  'choice-text',
  'key',
  'waiting',
  'field-error',
  'retry',
  'alert',
  'skeleton',
] as const;
