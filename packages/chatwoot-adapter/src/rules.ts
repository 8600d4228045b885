/**
 * `@profile-elements/chatwoot-adapter/rules`: Chatwoot's own rules and words, in one place — the
 * password policy, the profile limits, Devise's email checks and the English messages of Rails and
 * its gems. Shared by `ChatwootAdapter` (its `passwordPolicy` and `profileRules`), core's in-memory
 * adapter in Chatwoot mode (`chatwootMemoryRules`) and the reference server's validation.
 * Free of zod and lit, and side-effect free.
 */
export { CHATWOOT_PASSWORD_POLICY } from './rules/password-policy.js';
export { CHATWOOT_PROFILE_RULES, EMAIL_DOMAIN, EMAIL_FORMAT } from './rules/profile-rules.js';
export { CHATWOOT_MESSAGES, fullMessage, humanize, passwordRuleMessage } from './rules/messages.js';
export { passwordChangeErrors, type AttributeError } from './rules/password-errors.js';
export { chatwootMemoryRules } from './rules/memory-rules.js';
