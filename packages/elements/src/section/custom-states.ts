/**
 * Sets the element's custom states (`:state(name)`) from a record of flags. Chromium before 125 only
 * accepted dashed names (`--name`, matched by `:--name`) and threw on the plain ones; there the dashed
 * form is set instead, so the element still works and hosts can still target it. Browsers without
 * `CustomStateSet` (`states` undefined) get no states and lose nothing else.
 */
export function setStates(internals: ElementInternals, flags: Record<string, boolean>): void {
  const states = internals.states as (Set<string> & { add(name: string): void }) | undefined;
  if (!states) return;
  for (const [name, on] of Object.entries(flags)) {
    if (!on) {
      states.delete(name);
      states.delete(`--${name}`);
      continue;
    }
    try {
      states.add(name);
    } catch {
      states.add(`--${name}`);
    }
  }
}
