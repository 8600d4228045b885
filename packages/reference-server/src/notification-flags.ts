/**
 * Chatwoot's notification flags (`app/models/notification_setting.rb`): one email and one push flag
 * per notification type, stored as bitmasks the way flag_shih_tzu does. The bit order is the
 * notification type number, and it is also the order every list in the JSON comes back in.
 */

/** Notification types in bit order (bit 1 first). */
export const NOTIFICATION_TYPES = [
  'conversation_creation',
  'conversation_assignment',
  'assigned_conversation_new_message',
  'conversation_mention',
  'participating_conversation_new_message',
  'sla_missed_first_response',
  'sla_missed_next_response',
  'sla_missed_resolution',
] as const;

export type FlagChannel = 'email' | 'push';

/** All flag names of a channel, in bit order: `email_conversation_creation`, … */
export const allFlags = (channel: FlagChannel): string[] =>
  NOTIFICATION_TYPES.map((type) => `${channel}_${type}`);

/** What `AccountUser#create_notification_setting` gives a new membership: assignment only. */
export const DEFAULT_FLAGS: Record<FlagChannel, number> = {
  email: bitOf('conversation_assignment'),
  push: bitOf('conversation_assignment'),
};

function bitOf(type: (typeof NOTIFICATION_TYPES)[number]): number {
  return 1 << NOTIFICATION_TYPES.indexOf(type);
}

/** The selected flag names of a bitmask, in bit order. */
export function flagsFromMask(channel: FlagChannel, mask: number): string[] {
  return allFlags(channel).filter((_, index) => (mask & (1 << index)) !== 0);
}

/** flag_shih_tzu raises `ArgumentError 'Invalid flag "…"'` for a name it does not know. */
export class InvalidFlagError extends Error {
  constructor(flag: string) {
    super(`Invalid flag "${flag}"`);
  }
}

/**
 * The bitmask for a list of names, as `selected_<col>=` computes it: blank entries are skipped,
 * an unknown name throws, and a missing list (`null`) selects nothing — flag_shih_tzu clears the
 * column when given nil, which is why an omitted list is cleared.
 */
export function maskFromFlags(channel: FlagChannel, names: readonly string[] | null): number {
  if (names === null) return 0;
  const known = allFlags(channel);
  let mask = 0;
  for (const name of names) {
    if (name.trim() === '') continue;
    const index = known.indexOf(name);
    if (index < 0) throw new InvalidFlagError(name);
    mask |= 1 << index;
  }
  return mask;
}
