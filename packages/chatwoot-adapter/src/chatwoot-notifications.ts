/**
 * Chatwoot keeps notification preferences in two places (contract §2.2 and §4): audio alerts in the
 * user's `ui_settings`, email and push in per-account flag lists. These pure functions map both onto
 * core's `NotificationPreferences` and back.
 */
import {
  AUDIO_ALERT_EVENTS,
  AUDIO_TONES,
  DEFAULT_AUDIO_ALERTS,
  NOTIFICATION_EVENTS,
  type AudioAlertEvent,
  type AudioAlertPreferences,
  type ChannelPreferences,
  type NotificationChannel,
  type NotificationEvent,
  type NotificationPreferences,
} from '@profile-elements/core';
import type { ChatwootNotificationSettings } from './chatwoot-replies.js';

type UiSettings = Record<string, unknown>;

const SLA_EVENTS = new Set<NotificationEvent>([
  'sla_missed_first_response',
  'sla_missed_next_response',
  'sla_missed_resolution',
]);

/**
 * `enable_audio_alerts`: `none`, or a sorted `+` join of `assigned`, `notme`, `unassigned`; the
 * legacy `mine` (= assigned) and `all` are still read. Unset means none — Chatwoot's silent default,
 * made explicit here.
 */
export function parseAudioEvents(value: unknown): AudioAlertEvent[] {
  if (value === 'all') return [...AUDIO_ALERT_EVENTS];
  if (value === 'mine') return ['assigned'];
  if (typeof value !== 'string') return [];
  const parts = new Set(value.split('+'));
  return AUDIO_ALERT_EVENTS.filter((e) => parts.has(e));
}

/** The grammar's canonical form: sorted, de-duplicated, `none` when empty. */
export function formatAudioEvents(events: readonly AudioAlertEvent[]): string {
  const unique = [...new Set(events)].sort();
  return unique.length ? unique.join('+') : 'none';
}

export function audioFromUiSettings(ui: UiSettings): AudioAlertPreferences {
  const tone = AUDIO_TONES.find((t) => t === ui.notification_tone) ?? DEFAULT_AUDIO_ALERTS.tone;
  const volume =
    typeof ui.notification_volume === 'number' ? Math.min(1, Math.max(0, ui.notification_volume)) : 1;
  return {
    events: parseAudioEvents(ui.enable_audio_alerts),
    tone,
    volume,
    alwaysPlay: ui.always_play_audio_alert === true,
    repeatWhileUnread: ui.alert_if_unread_assigned_conversation_exist === true,
  };
}

/**
 * The keys of `ui_settings` that store `audio`. `notification_volume` is this adapter's own key:
 * Chatwoot has no volume setting yet (chatwoot#12015) and keeps unknown keys as they are.
 */
export function audioToUiSettings(audio: Partial<AudioAlertPreferences>): UiSettings {
  const ui: UiSettings = {};
  if (audio.events) ui.enable_audio_alerts = formatAudioEvents(audio.events);
  if (audio.tone) ui.notification_tone = audio.tone;
  if (audio.volume !== undefined) ui.notification_volume = audio.volume;
  if (audio.alwaysPlay !== undefined) ui.always_play_audio_alert = audio.alwaysPlay;
  if (audio.repeatWhileUnread !== undefined)
    ui.alert_if_unread_assigned_conversation_exist = audio.repeatWhileUnread;
  return ui;
}

const flag = (channel: NotificationChannel, event: NotificationEvent) => `${channel}_${event}`;

function channelFrom(
  settings: ChatwootNotificationSettings,
  channel: NotificationChannel,
): ChannelPreferences {
  const selected = new Set(
    channel === 'email' ? settings.selected_email_flags : settings.selected_push_flags,
  );
  return Object.fromEntries(
    NOTIFICATION_EVENTS.map((e) => [e, selected.has(flag(channel, e))]),
  ) as ChannelPreferences;
}

/** The events the account offers: those with both flags on the server, SLA ones only if asked for. */
export function offeredEvents(
  settings: ChatwootNotificationSettings,
  slaEvents: boolean,
): NotificationEvent[] {
  const email = new Set(settings.all_email_flags);
  const push = new Set(settings.all_push_flags);
  return NOTIFICATION_EVENTS.filter(
    (e) => email.has(flag('email', e)) && push.has(flag('push', e)) && (slaEvents || !SLA_EVENTS.has(e)),
  );
}

export function preferencesFrom(
  ui: UiSettings,
  settings: ChatwootNotificationSettings,
  slaEvents: boolean,
): NotificationPreferences {
  return {
    audio: audioFromUiSettings(ui),
    email: channelFrom(settings, 'email'),
    push: channelFrom(settings, 'push'),
    events: offeredEvents(settings, slaEvents),
  };
}

/**
 * Both flag lists after applying a change to the current ones. Chatwoot clears a list that is
 * omitted and fails with a 500 on an unknown flag, so both lists always go, filtered to the flags
 * the server listed.
 */
export function flagListsWith(
  settings: ChatwootNotificationSettings,
  change: { email?: Partial<ChannelPreferences>; push?: Partial<ChannelPreferences> },
): { selected_email_flags: string[]; selected_push_flags: string[] } {
  const list = (channel: NotificationChannel, all: string[], selected: string[]) => {
    const on = new Set(selected);
    for (const [event, value] of Object.entries(change[channel] ?? {})) {
      if (value) on.add(flag(channel, event as NotificationEvent));
      else on.delete(flag(channel, event as NotificationEvent));
    }
    return all.filter((f) => on.has(f));
  };
  return {
    selected_email_flags: list('email', settings.all_email_flags, settings.selected_email_flags),
    selected_push_flags: list('push', settings.all_push_flags, settings.selected_push_flags),
  };
}

/** Whether `prefs` already say what `patch` asks for (audio events compared as sets). */
export function preferencesHave(
  prefs: NotificationPreferences,
  patch: { audio?: Partial<AudioAlertPreferences>; email?: ChannelPreferences; push?: ChannelPreferences },
): boolean {
  const channelHas = (channel: NotificationChannel) =>
    Object.entries(patch[channel] ?? {}).every(([event, on]) => prefs[channel][event] === on);
  const wanted = audioToUiSettings(patch.audio ?? {});
  const stored = audioToUiSettings(prefs.audio);
  return (
    channelHas('email') && channelHas('push') && Object.keys(wanted).every((k) => wanted[k] === stored[k])
  );
}
