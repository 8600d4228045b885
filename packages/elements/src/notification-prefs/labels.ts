import { msg } from '../shared/localize.js';
import type { AudioAlertEvent, AudioTone } from '@profile-elements/core';

/**
 * The words of the Audio, Email and Push sections, as functions so they follow a locale change.
 * Row labels are Chatwoot's concise ones; the seed's sentence ("Send email notifications when …")
 * is the grid's corner cell, so corner + row reads as the seed's sentence.
 */

/** Label of an event row; an event this library does not know shows its id. */
export const eventLabel = (event: string): string =>
  ({
    conversation_creation: msg('A new conversation is created'),
    conversation_assignment: msg('A conversation is assigned to you'),
    conversation_mention: msg('You are mentioned in a conversation'),
    assigned_conversation_new_message: msg('A new message is created in an assigned conversation'),
    participating_conversation_new_message: msg('A new message is created in a participating conversation'),
    sla_missed_first_response: msg('A conversation misses its first response SLA'),
    sla_missed_next_response: msg('A conversation misses its next response SLA'),
    sla_missed_resolution: msg('A conversation misses its resolution SLA'),
  })[event] ?? event;

export const channelLabel = (channel: 'email' | 'push'): string =>
  channel === 'email' ? msg('Email') : msg('Push');

export const audioEventLabel = (event: AudioAlertEvent): string =>
  ({
    assigned: msg('Conversations assigned to me'),
    unassigned: msg('Unassigned conversations'),
    notme: msg('Conversations assigned to others'),
  })[event];

export const toneLabel = (tone: AudioTone): string =>
  ({ ding: msg('Ding'), bell: msg('Bell'), chime: msg('Chime'), magic: msg('Magic'), ping: msg('Ping') })[
    tone
  ];
