import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '../shared/localize.js';
import { formatPercent } from '../locale/format.js';
import {
  AUDIO_ALERT_EVENTS,
  AUDIO_TONES,
  type AudioAlertEvent,
  type AudioTone,
} from '@profile-elements/core';
import { audioEventLabel, toneLabel } from './labels.js';
import { checked, type PrefFields } from './pref-fields.js';
import type { PrefKey } from './pref-writes.js';
import { playTone } from './tones.js';

type Preset = 'none' | 'assigned' | 'all' | 'custom';

/** The audio section's own state, kept on the element so that changing it renders again. */
export interface AudioDraft {
  /** The user chose "Custom" (kept even when the boxes then match a preset). */
  customAudio: boolean;
  /** The volume while the slider is dragged (saved on release), else undefined. */
  volumeDraft: number | undefined;
}

/** Changes some of the audio section's own state. */
export type SetAudioDraft = (change: Partial<AudioDraft>) => void;

/**
 * The audio section's content: which conversations play a sound (presets, or "Custom" with a box
 * each), the tone with a preview, the volume, and when to play.
 */
export function renderAudio(fields: PrefFields, draft: AudioDraft, setDraft: SetAudioDraft) {
  const events = fields.get('audio.events') as AudioAlertEvent[];
  const preset: Preset = draft.customAudio
    ? 'custom'
    : !events.length
      ? 'none'
      : events.length === 3
        ? 'all'
        : events + '' === 'assigned'
          ? 'assigned'
          : 'custom';
  const tone = fields.get('audio.tone') as AudioTone;
  const volume = draft.volumeDraft ?? (fields.get('audio.volume') as number);
  const percent = Math.round(volume * 100);
  const choices: [Preset, string][] = [
    ['none', msg('None (the default)')],
    ['assigned', msg('Conversations assigned to me')],
    ['all', msg('All conversations')],
    ['custom', msg('Custom')],
  ];
  return html`<fieldset part="fieldset audio-events" aria-describedby=${fields.describedBy('audio.events')}>
      <legend part="legend">${msg('Play a sound for')}</legend>
      ${choices.map(
        ([value, label]) =>
          html`<label part="option"
            ><input
              type="radio"
              name="audio-events"
              .checked=${live(preset === value)}
              @change=${() => pickPreset(fields, setDraft, value)}
            />${label}</label
          >`,
      )}
      ${
        preset === 'custom'
          ? html`<div part="custom">
              ${AUDIO_ALERT_EVENTS.map((event) =>
                checkbox(
                  fields,
                  'audio.events',
                  audioEventLabel(event),
                  events.includes(event),
                  AUDIO_ALERT_EVENTS.filter((e) => (e === event) !== events.includes(e)),
                ),
              )}
            </div>`
          : nothing
      }
      ${fields.failure('audio.events')}
    </fieldset>
    <div class="controls">
      <div class="field">
        <label for="tone" part="label">${msg('Alert tone')}</label>
        <div>
          <select
            id="tone"
            part="tone"
            aria-describedby=${fields.describedBy('audio.tone')}
            @change=${(e: Event) => fields.set('audio.tone', { 'audio.tone': (e.target as HTMLSelectElement).value })}
          >
            ${AUDIO_TONES.map((t) => html`<option value=${t} ?selected=${t === tone}>${toneLabel(t)}</option>`)}
          </select>
          <button type="button" part="play" @click=${() => playTone(tone, volume).catch(() => {})}>
            ${msg('Play')}
          </button>
        </div>
        ${fields.failure('audio.tone')}
      </div>
      <div class="field">
        <label for="volume" part="label">${msg('Volume')}</label>
        <div>
          <input
            id="volume"
            part="volume"
            type="range"
            step="5"
            .value=${live(String(percent))}
            aria-valuetext=${formatPercent(volume)}
            aria-describedby=${fields.describedBy('audio.volume')}
            @input=${(e: Event) => setDraft({ volumeDraft: sliderVolume(e) })}
            @change=${(e: Event) => {
              setDraft({ volumeDraft: undefined });
              fields.set('audio.volume', { 'audio.volume': sliderVolume(e) });
            }}
          />
          <output for="volume" part="volume-value">${formatPercent(volume)}</output>
        </div>
        ${fields.failure('audio.volume')}
      </div>
    </div>
    <fieldset part="fieldset conditions">
      <legend part="legend">${msg('Alert conditions')}</legend>
      ${checkbox(fields, 'audio.alwaysPlay', msg('Play even when this tab is active'))}
      ${fields.failure('audio.alwaysPlay')}
      ${checkbox(fields, 'audio.repeatWhileUnread', msg('Repeat every 30 seconds while an assigned conversation is unread'))}
      ${fields.failure('audio.repeatWhileUnread')}
    </fieldset>`;
}

/** A labelled checkbox that saves `key` as `on` (the box's state) or as `value` when given. */
function checkbox(fields: PrefFields, key: PrefKey, label: string, on = !!fields.get(key), value?: unknown) {
  return html`<label part="option"
    ><input
      type="checkbox"
      .checked=${live(on)}
      aria-describedby=${fields.describedBy(key)}
      @change=${(e: Event) => fields.set(key, { [key]: value ?? checked(e) })}
    />${label}</label
  >`;
}

/** A radio of "Play a sound for": "Custom" only shows the boxes; the others save their events. */
function pickPreset(fields: PrefFields, setDraft: SetAudioDraft, preset: Preset): void {
  setDraft({ customAudio: preset === 'custom' });
  if (preset === 'custom') return;
  const events: AudioAlertEvent[] =
    preset === 'none' ? [] : preset === 'assigned' ? ['assigned'] : [...AUDIO_ALERT_EVENTS];
  fields.set('audio.events', { 'audio.events': events });
}

/** The volume (0 to 1) the slider an event came from is at. */
const sliderVolume = (e: Event) => +(e.target as HTMLInputElement).value / 100;
