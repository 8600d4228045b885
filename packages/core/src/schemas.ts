/**
 * zod/mini schemas of the core types. Adapters parse what they hand to the elements with these,
 * so a backend that drifts fails loudly in the adapter instead of rendering `undefined`.
 * A separate entry point (`@profile-elements/core/schemas`): the elements never import zod.
 */
import * as z from 'zod/mini';
import type { Profile, ProfilePatch } from './types.js';

export const ProfileSchema: z.ZodMiniType<Profile> = z.object({
  id: z.string(),
  name: z.string(),
  displayName: z.string(),
  email: z.string(),
  pendingEmail: z.nullable(z.string()),
  avatarUrl: z.string(),
});

export const ProfilePatchSchema: z.ZodMiniType<ProfilePatch> = z.object({
  name: z.optional(z.string()),
  displayName: z.optional(z.string()),
  email: z.optional(z.string()),
});
