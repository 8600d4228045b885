import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  SettingsError,
  isAbortError,
  isSettingsError,
  nextSectionStatus,
  type SectionEvent,
  type SectionStatus,
  type SettingsAdapter,
} from '@profile-elements/core';
import { adapterContext } from './adapter-context.js';
import { SettingsFailedEvent, SettingsSavedEvent, type SectionName } from './events.js';

/** An element that hosts a section: it may be given an adapter directly. */
export interface SectionHost extends ReactiveControllerHost, HTMLElement {
  adapter?: SettingsAdapter | undefined;
}

export interface SectionOptions<T> {
  section: SectionName;
  load: (adapter: SettingsAdapter, signal: AbortSignal) => Promise<T>;
}

/**
 * Loads and saves one section through the adapter, following core's section state machine:
 * finds the adapter (the host's `adapter` property, else the nearest provider), loads when the
 * adapter arrives or changes, cancels a load when the element leaves the page, refuses a second save
 * while one runs, and fires the outcome events.
 */
export class SectionController<T> implements ReactiveController {
  status: SectionStatus = 'idle';
  /** The section's data as the backend last returned it. */
  value: T | undefined;
  /** The last failure, until the next load or save succeeds. */
  error: SettingsError | undefined;
  failedDuring: 'load' | 'save' | undefined;

  readonly #host: SectionHost;
  readonly #options: SectionOptions<T>;
  readonly #context: ContextConsumer<typeof adapterContext, SectionHost>;
  #loadedFrom: SettingsAdapter | undefined;
  #loading: AbortController | undefined;

  constructor(host: SectionHost, options: SectionOptions<T>) {
    this.#host = host;
    this.#options = options;
    this.#context = new ContextConsumer(host, { context: adapterContext, subscribe: true });
    host.addController(this);
  }

  /** The adapter in use: the host's own, else the provided one. */
  get adapter(): SettingsAdapter | undefined {
    return this.#host.adapter ?? this.#context.value;
  }

  hostConnected(): void {
    // Coming back after a cancelled load: the next update starts it again.
    this.#host.requestUpdate();
  }

  hostUpdate(): void {
    const adapter = this.adapter;
    if (adapter && adapter !== this.#loadedFrom) void this.load();
  }

  hostDisconnected(): void {
    if (this.#loading) {
      this.#loading.abort();
      this.#loading = undefined;
      this.#loadedFrom = undefined;
      this.status = 'idle';
    }
  }

  /** (Re)loads the section; a load already running is cancelled first. */
  async load(): Promise<void> {
    const adapter = this.adapter;
    if (!adapter || !this.#go('load')) return;
    this.#loading?.abort();
    const controller = (this.#loading = new AbortController());
    this.#loadedFrom = adapter;
    try {
      const value = await this.#options.load(adapter, controller.signal);
      if (controller.signal.aborted) return;
      this.value = value;
      this.error = undefined;
      this.#go('loaded');
    } catch (error) {
      if (!controller.signal.aborted) this.#fail('load', error);
    } finally {
      if (this.#loading === controller) this.#loading = undefined;
    }
  }

  /**
   * Saves through `run`. Resolves with the saved value, or `undefined` when it failed or was refused
   * (no adapter, or a save already running — nothing is ever submitted twice).
   */
  async save(run: (adapter: SettingsAdapter) => Promise<T>): Promise<T | undefined> {
    const adapter = this.adapter;
    if (!adapter || !this.#go('save')) return undefined;
    try {
      const value = await run(adapter);
      this.value = value;
      this.error = undefined;
      this.#go('saved');
      this.#host.dispatchEvent(new SettingsSavedEvent({ section: this.#options.section, value }));
      return value;
    } catch (error) {
      this.#fail('save', error);
      return undefined;
    }
  }

  #go(event: SectionEvent): boolean {
    const next = nextSectionStatus(this.status, event);
    if (next) {
      this.status = next;
      this.#host.requestUpdate();
    }
    return next !== null;
  }

  #fail(during: 'load' | 'save', error: unknown): void {
    if (isAbortError(error)) {
      this.status = this.value === undefined ? 'idle' : 'ready';
      this.#host.requestUpdate();
      return;
    }
    this.error = toSettingsError(error);
    this.failedDuring = during;
    this.#go('failed');
    this.#host.dispatchEvent(
      new SettingsFailedEvent({ section: this.#options.section, during, error: this.error }),
    );
  }
}

/** Adapters must throw `SettingsError`s; anything else is an adapter bug, shown as a server failure. */
export function toSettingsError(error: unknown): SettingsError {
  if (isSettingsError(error)) return error;
  console.error('profile-elements: the adapter threw something that is not a SettingsError', error);
  return new SettingsError('server', 'Unexpected adapter failure', { cause: error });
}
