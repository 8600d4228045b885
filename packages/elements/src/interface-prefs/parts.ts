/** Every `part` of `<interface-prefs>`, as its `@csspart` lines document them (tests keep the two in step). */
export const parts = [
  'section',
  'header',
  'title',
  'description',
  'status',
  'field',
  'label',
  'hint',
  'font-size',
  'language',
  'waiting',
  'field-error',
  'retry',
  'alert',
  'skeleton',
] as const;
