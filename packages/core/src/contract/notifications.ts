/**
 * Notification preferences: a complete, explicit shape; a change touches only what it names and is
 * kept; events the account does not offer are refused before anything is sent.
 */
import {
  AUDIO_ALERT_EVENTS,
  AUDIO_TONES,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_EVENTS,
  type AudioAlertPreferences,
  type ChannelPreferences,
  type NotificationPreferences,
} from '../notifications.js';
import { NotificationPreferencesSchema } from '../schemas.js';
import { deepEqual, equal, expectSettingsError, fits, ok, show } from './assert.js';
import type { ContractSuite } from './harness.js';

const LOAD = 'loadNotificationPreferences';
const UPDATE = 'updateNotificationPreferences';

/** The audio events as a sorted list, so order does not matter in comparisons. */
const sorted = (audio: AudioAlertPreferences) => ({ ...audio, events: [...audio.events].sort() });

export function notificationTests(suite: ContractSuite): void {
  suite.describe(`notifications (${LOAD}, ${UPDATE})`, () => {
    suite.test(
      'loads a complete shape: a boolean per offered event and channel, explicit audio',
      [LOAD],
      async ({ adapter }) => {
        const prefs = await adapter.loadNotificationPreferences!();
        fits(NotificationPreferencesSchema, prefs, 'the preferences');
        ok(
          Array.isArray(prefs.events) && prefs.events.length > 0,
          `events lists what the account offers: ${show(prefs.events)}`,
        );
        ok(
          prefs.events.every((e) => (NOTIFICATION_EVENTS as readonly string[]).includes(e)),
          `events are known: ${show(prefs.events)}`,
        );
        equal(new Set(prefs.events).size, prefs.events.length, 'events without duplicates');
        for (const channel of NOTIFICATION_CHANNELS) {
          for (const event of prefs.events) {
            equal(typeof prefs[channel][event], 'boolean', `${channel}.${event}`);
          }
        }
        const { audio } = prefs;
        ok(Array.isArray(audio.events), `audio.events is a list: ${show(audio.events)}`);
        ok(
          audio.events.every((e) => (AUDIO_ALERT_EVENTS as readonly string[]).includes(e)),
          `audio.events are known: ${show(audio.events)}`,
        );
        ok(
          (AUDIO_TONES as readonly string[]).includes(audio.tone),
          `audio.tone is a known tone: ${show(audio.tone)}`,
        );
        ok(
          typeof audio.volume === 'number' && audio.volume >= 0 && audio.volume <= 1,
          `audio.volume: ${show(audio.volume)}`,
        );
        equal(typeof audio.alwaysPlay, 'boolean', 'audio.alwaysPlay');
        equal(typeof audio.repeatWhileUnread, 'boolean', 'audio.repeatWhileUnread');
      },
    );

    for (const channel of NOTIFICATION_CHANNELS) {
      const other = channel === 'email' ? 'push' : 'email';
      suite.test(
        `updating one ${channel} event changes only that one, and it is kept`,
        [LOAD, UPDATE],
        async ({ adapter }) => {
          const before = await adapter.loadNotificationPreferences!();
          const event = before.events[0]!;
          const expected: NotificationPreferences = {
            ...before,
            [channel]: { ...before[channel], [event]: !before[channel][event] },
          };
          const saved = await adapter.updateNotificationPreferences!({
            [channel]: { [event]: !before[channel][event] },
          });
          expectSame(saved, expected, `the preferences after switching ${channel}.${event}`, other);
          expectSame(
            await adapter.loadNotificationPreferences!(),
            expected,
            'the reloaded preferences',
            other,
          );
        },
      );
    }

    suite.test(
      'updates build on each other (two events switched one after the other are both kept)',
      [LOAD, UPDATE],
      async ({ adapter }, skip) => {
        const before = await adapter.loadNotificationPreferences!();
        const [first, second] = before.events;
        if (!second) skip('the account offers a single event');
        await adapter.updateNotificationPreferences!({ email: { [first!]: !before.email[first!] } });
        await adapter.updateNotificationPreferences!({ push: { [second!]: !before.push[second!] } });
        const after = await adapter.loadNotificationPreferences!();
        equal(after.email[first!], !before.email[first!], `email.${first}`);
        equal(after.push[second!], !before.push[second!], `push.${second}`);
      },
    );

    suite.test(
      'keeps a changed tone, alert events and volume after a reload',
      [LOAD, UPDATE],
      async ({ adapter }) => {
        const before = await adapter.loadNotificationPreferences!();
        const change = { tone: 'bell', events: ['assigned', 'unassigned'], volume: 0.5 } as const;
        const expected = { ...before.audio, ...change, events: [...change.events] };
        const saved = await adapter.updateNotificationPreferences!({
          audio: { ...change, events: [...change.events] },
        });
        deepEqual(sorted(saved.audio), sorted(expected), 'audio after the update');
        deepEqual(
          sorted((await adapter.loadNotificationPreferences!()).audio),
          sorted(expected),
          'audio after a reload',
        );
      },
    );

    suite.test(
      'keeps the audio conditions and "no alerts" after a reload',
      [LOAD, UPDATE],
      async ({ adapter }) => {
        const before = await adapter.loadNotificationPreferences!();
        await adapter.updateNotificationPreferences!({ audio: { events: ['notme'] } });
        const change = {
          events: [],
          alwaysPlay: !before.audio.alwaysPlay,
          repeatWhileUnread: !before.audio.repeatWhileUnread,
        };
        await adapter.updateNotificationPreferences!({ audio: change });
        deepEqual(
          sorted((await adapter.loadNotificationPreferences!()).audio),
          sorted({ ...before.audio, ...change }),
          'audio after a reload',
        );
        const after = await adapter.loadNotificationPreferences!();
        deepEqual(
          [after.email, after.push],
          [before.email, before.push],
          'email and push, untouched by audio changes',
        );
      },
    );

    suite.test(
      'refuses an unknown event as validation, changing nothing',
      [LOAD, UPDATE],
      async ({ adapter }) => {
        const before = await adapter.loadNotificationPreferences!();
        const unknown: ChannelPreferences = { not_a_notification_event: true };
        await expectSettingsError(
          adapter.updateNotificationPreferences!({ email: unknown }),
          'validation',
          'an unknown event',
        );
        await expectSettingsError(
          adapter.updateNotificationPreferences!({ push: unknown }),
          'validation',
          'an unknown event',
        );
        deepEqual(await adapter.loadNotificationPreferences!(), before, 'the preferences afterwards');
      },
    );

    suite.test(
      'refuses an event the account does not offer as validation, changing nothing',
      [LOAD, UPDATE],
      async ({ adapter }, skip) => {
        const before = await adapter.loadNotificationPreferences!();
        const absent = NOTIFICATION_EVENTS.find((e) => !before.events.includes(e));
        if (!absent) return skip('the account offers every event');
        await expectSettingsError(
          adapter.updateNotificationPreferences!({ email: { [absent]: true } }),
          'validation',
          `an event the account does not offer (${absent})`,
        );
        deepEqual(await adapter.loadNotificationPreferences!(), before, 'the preferences afterwards');
      },
    );
  });
}

/** `actual` equals `expected` on audio, events and both channels (offered events only). */
function expectSame(
  actual: NotificationPreferences,
  expected: NotificationPreferences,
  what: string,
  untouched: string,
) {
  deepEqual(actual.events, expected.events, `${what}: events`);
  deepEqual(sorted(actual.audio), sorted(expected.audio), `${what}: audio`);
  for (const channel of NOTIFICATION_CHANNELS) {
    const pick = (prefs: NotificationPreferences) =>
      Object.fromEntries(expected.events.map((e) => [e, prefs[channel][e]]));
    deepEqual(
      pick(actual),
      pick(expected),
      `${what}: ${channel}${channel === untouched ? ' (untouched)' : ''}`,
    );
  }
}
