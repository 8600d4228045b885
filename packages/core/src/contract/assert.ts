/**
 * The few assertions the contract suite needs. Its own, not chai's or `node:assert`: core ships to
 * browsers and the suite runs under any test framework. Failures throw an `AssertionError` with
 * `actual` and `expected`, which mocha, vitest, jest and node:test all show as a diff.
 */
import type { ZodMiniType } from 'zod/mini';
import { isSettingsError, type FieldName, type SettingsError, type SettingsErrorKind } from '../errors.js';

export class ContractAssertionError extends Error {
  override readonly name = 'AssertionError';
  /** Read by mocha's reporters: show `actual` against `expected`. */
  readonly showDiff: boolean;

  constructor(
    message: string,
    readonly actual?: unknown,
    readonly expected?: unknown,
  ) {
    super(message);
    this.showDiff = expected !== undefined;
  }
}

/** A short, readable rendering of a value for messages (never the whole of a large blob). */
export function show(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 200 ? `${value.slice(0, 200)}…` : value);
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  try {
    const json = JSON.stringify(value);
    return json === undefined ? String(value) : json.length > 400 ? `${json.slice(0, 400)}…` : json;
  } catch {
    return String(value);
  }
}

export function fail(message: string): never {
  throw new ContractAssertionError(message);
}

export function ok(value: unknown, message: string): asserts value {
  if (!value) throw new ContractAssertionError(message, value, true);
}

/** Same value (`Object.is`). */
export function equal(actual: unknown, expected: unknown, message: string): void {
  if (!Object.is(actual, expected)) {
    throw new ContractAssertionError(
      `${message}: expected ${show(expected)}, got ${show(actual)}`,
      actual,
      expected,
    );
  }
}

export function notEqual(actual: unknown, unexpected: unknown, message: string): void {
  if (Object.is(actual, unexpected)) throw new ContractAssertionError(`${message}: got ${show(actual)}`);
}

/** Same structure: plain objects and arrays compared member by member, the rest with `Object.is`. */
export function deepEqual(actual: unknown, expected: unknown, message: string): void {
  if (!isDeepEqual(actual, expected)) {
    throw new ContractAssertionError(
      `${message}: expected ${show(expected)}, got ${show(actual)}`,
      actual,
      expected,
    );
  }
}

function isDeepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every(
    (key) =>
      Object.prototype.hasOwnProperty.call(b, key) &&
      isDeepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/** `actual` has every property of `expected`, each deeply equal. */
export function includes(actual: object, expected: Record<string, unknown>, message: string): void {
  const picked = Object.fromEntries(
    Object.keys(expected).map((key) => [key, (actual as Record<string, unknown>)[key]]),
  );
  deepEqual(picked, expected, message);
}

/** A non-empty string. */
export function nonEmptyString(value: unknown, message: string): asserts value is string {
  if (typeof value !== 'string' || value === '') {
    throw new ContractAssertionError(`${message}: expected a non-empty string, got ${show(value)}`, value);
  }
}

/** The error `promise` rejects with; fails when it resolves. */
export async function rejectionOf(promise: Promise<unknown>, what: string): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return fail(`${what}: expected the call to fail, but it succeeded`);
}

/**
 * Expects `promise` to reject with a `SettingsError` of `kind`, and, given `field`, with at least one
 * message (a non-empty string) on that field. Resolves with the error for further checks.
 */
export async function expectSettingsError(
  promise: Promise<unknown>,
  kind: SettingsErrorKind,
  what: string,
  field?: FieldName,
): Promise<SettingsError> {
  const error = await rejectionOf(promise, what);
  if (!isSettingsError(error)) {
    throw new ContractAssertionError(`${what}: expected a SettingsError, got ${show(error)}`, error);
  }
  equal(error.kind, kind, `${what}: the error's kind (message ${show(error.message)})`);
  if (field) {
    const messages = error.fields[field];
    ok(
      Array.isArray(messages) &&
        messages.length > 0 &&
        messages.every((m) => typeof m === 'string' && m !== ''),
      `${what}: expected messages on the field ${field}, got fields ${show(error.fields)}`,
    );
  }
  return error;
}

/** Expects `promise` to reject with an `AbortError` (the signal's), not a `SettingsError`. */
export async function expectAbortError(promise: Promise<unknown>, what: string): Promise<void> {
  const error = await rejectionOf(promise, what);
  if (isSettingsError(error) || (error as { name?: unknown } | null)?.name !== 'AbortError') {
    throw new ContractAssertionError(`${what}: expected an AbortError, got ${show(error)}`, error);
  }
}

/**
 * Fits a core schema (`core/schemas`): what an adapter hands the elements has the core shape (types,
 * nulls, ranges, known audio events and tones). Here zod earns its bytes: in tests, never in a host's bundle.
 */
export function fits(schema: ZodMiniType, value: unknown, message: string): void {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    fail(`${message} does not fit the core shape at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
  }
}
