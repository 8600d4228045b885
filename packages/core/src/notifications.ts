/**
 * Notification preferences, independent of any backend: audio alerts in the browser, and which
 * events reach the user by email and by push. Event names follow Chatwoot's notification types,
 * which cover what a support desk notifies about.
 */

/** The events a user can be notified about, in the order the settings page lists them. */
export const NOTIFICATION_EVENTS = [
  'conversation_creation',
  'conversation_assignment',
  'conversation_mention',
  'assigned_conversation_new_message',
  'participating_conversation_new_message',
  'sla_missed_first_response',
  'sla_missed_next_response',
  'sla_missed_resolution',
] as const;
/** One of Chatwoot's notification types. */
export type KnownNotificationEvent = (typeof NOTIFICATION_EVENTS)[number];
/**
 * An event id. Backends may offer events of their own beyond the known ones; the elements show a
 * row for whatever an adapter lists in `events` (with the id as label when they have none).
 */
// `string & {}` keeps editor completion for the known names while accepting any id.
export type NotificationEvent = KnownNotificationEvent | (string & {});

/** The channels of the event × channel matrix. */
export const NOTIFICATION_CHANNELS = ['email', 'push'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** Which conversations play an audio alert (none selected = no audio alerts). */
export const AUDIO_ALERT_EVENTS = ['assigned', 'unassigned', 'notme'] as const;
export type AudioAlertEvent = (typeof AUDIO_ALERT_EVENTS)[number];

/** The alert tones, under Chatwoot's names. */
export const AUDIO_TONES = ['ding', 'bell', 'chime', 'magic', 'ping'] as const;
export type AudioTone = (typeof AUDIO_TONES)[number];

export interface AudioAlertPreferences {
  /**
   * Which conversations alert: `assigned` (assigned to me), `unassigned`, `notme` (assigned to
   * someone else). Empty: no audio alerts.
   */
  events: AudioAlertEvent[];
  tone: AudioTone;
  /** 0 (silent) to 1 (full). */
  volume: number;
  /** Play even while the tab is in front (by default alerts play only when it is hidden). */
  alwaysPlay: boolean;
  /** Repeat the alert every 30 s while an assigned conversation is unread. */
  repeatWhileUnread: boolean;
}

/** Which events reach the user on one channel, by event id (every offered event has an entry). */
export type ChannelPreferences = Record<string, boolean>;

export interface NotificationPreferences {
  audio: AudioAlertPreferences;
  email: ChannelPreferences;
  push: ChannelPreferences;
  /**
   * The events this account offers, in display order (the SLA events only where the account has
   * SLAs). The elements show rows for these only.
   */
  events: NotificationEvent[];
}

/** A change: any of the audio settings, and any events of either channel. */
export interface NotificationPreferencesPatch {
  audio?: Partial<AudioAlertPreferences>;
  email?: ChannelPreferences;
  push?: ChannelPreferences;
}

/** What a backend starts a user with when nothing is stored (Chatwoot's defaults, made explicit). */
export const DEFAULT_AUDIO_ALERTS: AudioAlertPreferences = {
  events: [],
  tone: 'ding',
  volume: 1,
  alwaysPlay: false,
  repeatWhileUnread: false,
};

/** A channel with only the given events on. */
export function channelWith(
  events: readonly NotificationEvent[] = [],
  offered: readonly NotificationEvent[] = NOTIFICATION_EVENTS,
): ChannelPreferences {
  return Object.fromEntries(offered.map((e) => [e, events.includes(e)]));
}

/** `prefs` with `patch` applied (pure). */
export function applyNotificationPatch(
  prefs: NotificationPreferences,
  patch: NotificationPreferencesPatch,
): NotificationPreferences {
  return {
    ...prefs,
    audio: { ...prefs.audio, ...patch.audio },
    email: { ...prefs.email, ...patch.email },
    push: { ...prefs.push, ...patch.push },
  };
}
