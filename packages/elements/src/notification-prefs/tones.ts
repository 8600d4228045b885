import type { AudioTone } from '@profile-elements/core';

/**
 * The alert tones, synthesised with the Web Audio API: no audio files to download, and the same
 * names as Chatwoot's. Each tone is a few notes; each note is one sine oscillator through a gain
 * envelope (a 10 ms attack, then an exponential decay), so it never clicks.
 *
 * Exported for hosts that play the alert themselves: `playTone(prefs.audio.tone, prefs.audio.volume)`.
 */

/** Each tone's notes, three numbers each: frequency (Hz), start and length (s after the tone starts). */
const TONES: Record<AudioTone, number[]> = {
  // A bright strike (E6) with a quiet octave above it.
  ding: [1319, 0, 0.9, 2637, 0, 0.3],
  // Inharmonic partials (1 : 2.76 : 5.4), as a struck bell has, ringing long.
  bell: [660, 0, 1.6, 1822, 0, 1, 3564, 0, 0.5],
  // Two soft notes up a major third (C6, E6).
  chime: [1047, 0, 0.7, 1319, 0.16, 0.9],
  // A quick rising arpeggio (C6 E6 G6 C7 E7).
  magic: [1047, 0, 0.45, 1319, 0.07, 0.45, 1568, 0.14, 0.45, 2093, 0.21, 0.45, 2637, 0.28, 0.45],
  // A short, high blip.
  ping: [1760, 0, 0.25],
};

let context: AudioContext | undefined;

/**
 * Plays `tone` at `volume` (0 to 1). The AudioContext is created on the first call. Browsers keep
 * audio locked until the user has interacted with the page: then this rejects with a
 * `NotAllowedError` rather than sounding late, all at once, at the next click.
 */
export async function playTone(tone: AudioTone, volume = 1): Promise<void> {
  context ??= new AudioContext();
  if (context.state !== 'running') {
    // Without a user's gesture `resume()` never settles: give it a moment, not forever.
    await Promise.race([context.resume(), new Promise((r) => setTimeout(r, 100))]);
    if ((context.state as AudioContextState) !== 'running')
      throw new DOMException('Audio is locked', 'NotAllowedError');
  }
  const t0 = context.currentTime + 0.01;
  const master = context.createGain();
  master.gain.value = Math.min(1, Math.max(0, volume));
  master.connect(context.destination);
  const notes = TONES[tone] ?? TONES.ding;
  for (let i = 0; i < notes.length; i += 3) {
    const oscillator = context.createOscillator();
    const envelope = context.createGain();
    const at = t0 + notes[i + 1]!;
    const end = at + notes[i + 2]!;
    oscillator.frequency.value = notes[i]!;
    envelope.gain.setValueAtTime(0.0001, at);
    // Each later note is quieter: a chord's upper partials, an arpeggio fading out.
    envelope.gain.exponentialRampToValueAtTime(0.3 / (1 + i / 3), at + 0.01);
    envelope.gain.exponentialRampToValueAtTime(0.0001, end);
    oscillator.connect(envelope).connect(master);
    oscillator.start(at);
    oscillator.stop(end + 0.05);
  }
}
