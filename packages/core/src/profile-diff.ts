import type { Profile, ProfilePatch } from './types.js';
import { normalizeEmail } from './rules.js';

const EDITABLE = ['name', 'displayName', 'email'] as const;

/**
 * The fields of `draft` that differ from `saved`: what an update sends. Emails compare normalised,
 * so re-typing the same address in capitals is no change.
 */
export function diffProfile(saved: Profile, draft: Required<ProfilePatch>): ProfilePatch {
  const patch: ProfilePatch = {};
  for (const key of EDITABLE) {
    const same =
      key === 'email'
        ? normalizeEmail(draft.email) === normalizeEmail(saved.email)
        : draft[key] === saved[key];
    if (!same) patch[key] = key === 'email' ? normalizeEmail(draft.email) : draft[key];
  }
  return patch;
}
