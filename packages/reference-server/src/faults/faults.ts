/**
 * Test-only fault injection: the rules a test injects, which request each one hits, and the log of
 * every API request received. Only `startServer({ faults: true })` creates a controller; the command
 * line has no way to ask for one. The fastify side is in `fault-hooks.ts`.
 */

export const FAULT_KINDS = [
  'latency',
  'error',
  'drop',
  'malformed-json',
  'slow-upload',
  'unauthorized',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultRule {
  kind: FaultKind;
  /** e.g. 'PATCH'; any method when omitted. */
  method?: string;
  /** Matched against the URL path without query: a string must equal it, a RegExp must match.
   *  Any path when omitted. */
  path?: string | RegExp;
  /** How many matching requests it hits. Default 1; `Infinity` allowed. */
  times?: number;
  /** For 'drop', 'error' and 'malformed-json': 'before' answers without running the handler (the
   *  request is not applied); 'after' runs the handler, stores the change, then replaces or loses
   *  the reply. Default 'before'. */
  phase?: 'before' | 'after';
  /** 'latency': wait before handling. Default 1000. */
  delayMs?: number;
  /** 'error': the status to answer. Default 500; the body is always `{"error":"Internal Server Error"}`. */
  status?: number;
  /** 'slow-upload': the rate the request body is read at. Default 20 000. */
  bytesPerSecond?: number;
}

export interface FaultLogEntry {
  method: string;
  /** Without the query. */
  path: string;
  /** As sent; 0 while unanswered, and for good when dropped or when the client went away first. */
  status: number;
  /** Only on requests a rule hit. */
  fault?: FaultKind;
}

export interface FaultControl {
  /** Rules are checked in the order injected; the first matching one with times left applies. */
  inject(rule: FaultRule): void;
  /** Removes all rules (and keeps the log). */
  clear(): void;
  /** Every API request received while faults are on, in order of arrival, with what was done: for
   *  "sent exactly once" assertions. CORS preflights are not in it. */
  readonly log: readonly FaultLogEntry[];
}

/** What a request's hooks need of the rule that hit it, defaults filled in. */
export interface ActiveFault {
  kind: FaultKind;
  phase: 'before' | 'after';
  delayMs: number;
  status: number;
  bytesPerSecond: number;
}

interface StoredRule {
  method: string | undefined;
  path: string | RegExp | undefined;
  left: number;
  fault: ActiveFault;
}

/** A mistyped rule would silently never fire; the test that wrote it should fail instead. */
function checked(rule: FaultRule): StoredRule {
  const { kind, method, path, times = 1, phase = 'before', delayMs = 1000, status = 500 } = rule;
  const { bytesPerSecond = 20_000 } = rule;
  if (!FAULT_KINDS.includes(kind)) throw new RangeError(`Unknown fault kind: ${String(kind)}`);
  if (phase !== 'before' && phase !== 'after') throw new RangeError(`Unknown fault phase: ${String(phase)}`);
  if (!(times >= 0)) throw new RangeError(`Fault times must be >= 0: ${times}`);
  if (!Number.isFinite(delayMs) || delayMs < 0)
    throw new RangeError(`Fault delayMs must be >= 0: ${delayMs}`);
  if (!Number.isInteger(status) || status < 400 || status > 599)
    throw new RangeError(`Fault status must be 400-599: ${status}`);
  if (!Number.isFinite(bytesPerSecond) || bytesPerSecond <= 0)
    throw new RangeError(`Fault bytesPerSecond must be > 0: ${bytesPerSecond}`);
  return {
    method: method?.toUpperCase(),
    path,
    left: times,
    fault: { kind, phase, delayMs, status, bytesPerSecond },
  };
}

/** `search` rather than `test`: a global RegExp's `lastIndex` must not make every other call miss. */
const pathMatches = (pattern: string | RegExp | undefined, path: string) =>
  pattern === undefined || (typeof pattern === 'string' ? pattern === path : path.search(pattern) !== -1);

export class FaultController implements FaultControl {
  #rules: StoredRule[] = [];
  readonly #log: FaultLogEntry[] = [];

  get log(): readonly FaultLogEntry[] {
    return this.#log;
  }

  inject(rule: FaultRule): void {
    this.#rules.push(checked(rule));
  }

  clear(): void {
    this.#rules = [];
  }

  /**
   * Called once per API request as it arrives: uses up one hit of the first matching rule, and
   * logs the request. The returned entry's `status` is the hooks' to fill in when the answer goes out.
   */
  receive(method: string, path: string): { fault: ActiveFault | undefined; entry: FaultLogEntry } {
    const rule = this.#rules.find(
      (r) =>
        r.left > 0 &&
        (r.method === undefined || r.method === method.toUpperCase()) &&
        pathMatches(r.path, path),
    );
    if (rule) rule.left -= 1;
    const entry: FaultLogEntry = { method, path, status: 0, ...(rule ? { fault: rule.fault.kind } : {}) };
    this.#log.push(entry);
    return { fault: rule?.fault, entry };
  }
}
