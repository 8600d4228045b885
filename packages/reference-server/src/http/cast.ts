/** ActiveRecord's casts for the integer and boolean values the presence routes receive. */

/** An id as `find_by(account_id: value)` would match it: an integer or its digits; else none. */
export function castId(value: unknown): number | null {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value.trim())) return Number(value.trim());
  return null;
}

/** ActiveModel's boolean cast: these spellings are false, anything else sent is true. */
const FALSE_VALUES = new Set<unknown>([false, 0, '0', 'f', 'F', 'false', 'FALSE', 'off', 'OFF']);

/** `params[:auto_offline] || false`, then cast: missing, null and "" count as false. */
export function castBoolean(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  return !FALSE_VALUES.has(value);
}
