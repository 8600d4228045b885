/**
 * Rack's nested parameter keys (`profile[ui_settings][font_size]`, `flags[]`), turned into objects
 * and arrays, so a form body and a JSON body reach the controllers in the same shape.
 */
import { UploadedFile } from './uploaded-file.js';

export type Params = Record<string, unknown>;

export const isPlainObject = (value: unknown): value is Params =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof UploadedFile);

/** Key segments that would reach Object.prototype if used as property names. */
const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Sets `profile[ui_settings][font_size]` = value on `target` as Rack does: each `[x]` descends one
 * level, a trailing `[]` appends to an array, and a repeated plain key keeps the last value.
 * Keys that do not parse, or that name a prototype property, are dropped.
 */
export function setNested(target: Params, key: string, value: unknown): void {
  const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key);
  if (!match) return;
  const segments = [
    match[1] as string,
    ...[...(match[2] ?? '').matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1] as string),
  ];
  if (segments.some((s) => FORBIDDEN_SEGMENTS.has(s))) return;

  let node: Params = target;
  for (let i = 0; i < segments.length - 1; i += 1) {
    const segment = segments[i] as string;
    const next = segments[i + 1] as string;
    if (next === '') {
      // `a[]` must be the last segment: Rack's `a[][b]` form is not needed by any route here.
      if (i + 1 !== segments.length - 1) return;
      const list = Array.isArray(node[segment]) ? (node[segment] as unknown[]) : [];
      list.push(value);
      node[segment] = list;
      return;
    }
    if (!isPlainObject(node[segment])) node[segment] = {};
    node = node[segment] as Params;
  }
  node[segments[segments.length - 1] as string] = value;
}

/** Nests flat `key=value` pairs (from a form or the query string). */
export function nestPairs(pairs: Iterable<[string, unknown]>): Params {
  const params: Params = {};
  for (const [key, value] of pairs) setNested(params, key, value);
  return params;
}
