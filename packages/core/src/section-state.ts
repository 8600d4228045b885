/**
 * The life of one settings section, framework-free: what may happen in which state. The elements'
 * section controller follows it, so e.g. a second "save" while saving is refused by construction.
 *
 *   idle → loading → ready → saving → saved
 *               ↘ error ↙        ↘ error
 */
export type SectionStatus = 'idle' | 'loading' | 'ready' | 'saving' | 'saved' | 'error';
export type SectionEvent = 'load' | 'loaded' | 'save' | 'saved' | 'failed';

const NEXT: Record<SectionStatus, Partial<Record<SectionEvent, SectionStatus>>> = {
  idle: { load: 'loading' },
  loading: { load: 'loading', loaded: 'ready', failed: 'error' },
  ready: { load: 'loading', save: 'saving' },
  saving: { saved: 'saved', failed: 'error' },
  saved: { load: 'loading', save: 'saving' },
  error: { load: 'loading', save: 'saving' },
};

/** The state after `event`, or `null` when the event is not allowed now. */
export function nextSectionStatus(status: SectionStatus, event: SectionEvent): SectionStatus | null {
  return NEXT[status][event] ?? null;
}
