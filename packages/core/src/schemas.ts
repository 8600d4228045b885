/**
 * zod/mini schemas of the core types. Adapters parse what they hand to the elements with these,
 * so a backend that drifts fails loudly in the adapter instead of rendering `undefined`.
 * A separate entry point (`@profile-elements/core/schemas`): the elements never import zod.
 */
import * as z from 'zod/mini';
import {
  AUDIO_ALERT_EVENTS,
  AUDIO_TONES,
  type ChannelPreferences,
  type NotificationPreferences,
} from './notifications.js';
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

const ChannelSchema: z.ZodMiniType<ChannelPreferences> = z.record(z.string(), z.boolean());

export const NotificationPreferencesSchema: z.ZodMiniType<NotificationPreferences> = z.object({
  audio: z.object({
    events: z.array(z.enum(AUDIO_ALERT_EVENTS)),
    tone: z.enum(AUDIO_TONES),
    volume: z.number().check(z.gte(0), z.lte(1)),
    alwaysPlay: z.boolean(),
    repeatWhileUnread: z.boolean(),
  }),
  email: ChannelSchema,
  push: ChannelSchema,
  events: z.array(z.string()),
});
