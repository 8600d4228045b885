/**
 * Every `part` of `<password-change>`, as its JSDoc `@csspart` lines document them (a test keeps the two, and
 * the rendered nodes, in step). `<profile-settings>` re-exports each as `<section>-<part>`; this list
 * is kept apart from the element so the page can do that without loading the element's code.
 */
export const parts = [
  'section',
  'header',
  'title',
  'description',
  'form',
  'skeleton',
  'field',
  'field-current-password',
  'field-password',
  'field-password-confirmation',
  'label',
  'input',
  'reveal',
  'field-error',
  'rules',
  'rules-title',
  'rule',
  'rule-met',
  'rule-unmet',
  'alert',
  'retry',
  'submit',
  'status',
] as const;
