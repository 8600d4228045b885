/**
 * Request parameters the way Rails sees them: one nested object built from the JSON body, a form
 * body (multipart or urlencoded, with `profile[ui_settings][x]` style keys) and the query string,
 * plus the two strong-parameter operations the controllers use, `require` and scalar `permit`.
 */
import type { FastifyRequest } from 'fastify';
import { paramMissing } from './errors.js';
import { readMultipart, type MultipartLimits } from './multipart.js';
import { isPlainObject, nestPairs, type Params } from './nested-keys.js';
import { UploadedFile } from './uploaded-file.js';

export type { Params };

/**
 * All parameters of a request. Multipart bodies are read here (after authentication, so nobody
 * uploads to us without a token); JSON and urlencoded bodies were parsed by fastify already.
 * Query parameters win over body ones, as in Rails.
 */
export async function readParams(request: FastifyRequest, limits: MultipartLimits): Promise<Params> {
  const body = request.isMultipart() ? await readMultipart(request, limits) : request.body;
  const query = nestPairs(Object.entries((request.query ?? {}) as Record<string, unknown>));
  return { ...(isPlainObject(body) ? body : {}), ...query };
}

/** `params.require(key)`: the value must be a non-empty object, otherwise 422. */
export function requireObject(params: Params, key: string): Params {
  const value = params[key];
  if (!isPlainObject(value) || Object.keys(value).length === 0) throw paramMissing(key);
  return value;
}

/**
 * A scalar as strong parameters permit it: strings, numbers, booleans and null pass (and files);
 * arrays and objects are silently dropped (`undefined`), as `permit(:name)` drops them.
 */
export function permitScalar(value: unknown): unknown {
  if (value === null || value instanceof UploadedFile) return value;
  return ['string', 'number', 'boolean'].includes(typeof value) ? value : undefined;
}

/**
 * What ActiveRecord stores in a string column for a permitted scalar: booleans become "t"/"f" and
 * numbers their decimal text; `undefined` means "not sent", `null` stays null; files are dropped.
 */
export function castString(value: unknown): string | null | undefined {
  const scalar = permitScalar(value);
  if (scalar === undefined || scalar instanceof UploadedFile) return undefined;
  if (scalar === null) return null;
  if (typeof scalar === 'boolean') return scalar ? 't' : 'f';
  return String(scalar);
}
