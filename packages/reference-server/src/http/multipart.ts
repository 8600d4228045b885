/**
 * Reads a multipart body (via @fastify/multipart) into the same nested parameters a JSON body gives.
 * The avatar is the only file any route takes, so a body may carry one file, in `profile[avatar]`,
 * and a few text fields; anything else is refused as soon as its part begins, and the rest of the
 * body is read off the wire and thrown away, never kept in memory.
 *
 * The avatar is read up to one byte past its limit: enough to tell "too big" (a validation message,
 * as in Chatwoot) from a fitting file without buffering the rest.
 */
import type { FastifyRequest } from 'fastify';
import { HttpError, unexpectedFile } from './errors.js';
import { setNested, type Params } from './nested-keys.js';
import { UploadedFile } from './uploaded-file.js';

export interface MultipartLimits {
  /** Largest accepted file; a bigger one arrives with `tooBig` set and only its first bytes. */
  fileSize: number;
  /** Largest text field; a bigger one fails the request with 413, like an oversized JSON body. */
  fieldSize: number;
}

/** The one field that may hold a file (Chatwoot's SPA and our adapter send the avatar so). */
export const FILE_FIELD = 'profile[avatar]';

/** Text fields per body: every route's permitted keys, with room to spare (all 16 flags fit). */
export const MAX_FIELDS = 20;

const tooLarge = () => new HttpError(413, { error: 'Request body is too large' });
const parseError = () => new HttpError(400, { error: 'Error occurred while parsing request parameters' });

/** @fastify/multipart's error codes for the count limits below. */
const COUNT_LIMIT_CODES = new Set(['FST_PARTS_LIMIT', 'FST_FIELDS_LIMIT']);

export async function readMultipart(request: FastifyRequest, limits: MultipartLimits): Promise<Params> {
  const params: Params = {};
  let files = 0;
  try {
    const parts = request.parts({
      limits: {
        fileSize: limits.fileSize + 1,
        fieldSize: limits.fieldSize,
        // One more file than allowed, so that a second one reaches the check below (and gets its
        // own answer) instead of busboy silently skipping it.
        files: 2,
        fields: MAX_FIELDS,
        parts: MAX_FIELDS + 2,
      },
    });
    for await (const part of parts) {
      if (part.type === 'file') {
        files += 1;
        if (part.fieldname !== FILE_FIELD || files > 1) throw unexpectedFile(FILE_FIELD);
        const chunks: Buffer[] = [];
        for await (const chunk of part.file) chunks.push(chunk as Buffer);
        const data = Buffer.concat(chunks);
        const tooBig = part.file.truncated || data.length > limits.fileSize;
        setNested(params, part.fieldname, new UploadedFile(part.filename, part.mimetype, data, tooBig));
      } else {
        if (part.valueTruncated) throw tooLarge();
        setNested(params, part.fieldname, part.value);
      }
    }
  } catch (error) {
    discardRest(request);
    // Ours carry their answer; size and count limits are 413s; anything else is a broken body,
    // which Rails answers with 400.
    if (error instanceof HttpError) throw error;
    const { statusCode, code } = error as { statusCode?: number; code?: string };
    if (statusCode === 413 || (code !== undefined && COUNT_LIMIT_CODES.has(code))) throw tooLarge();
    throw parseError();
  }
  return params;
}

/**
 * Reads whatever is left of a refused body and drops it, so the answer goes out at once and the
 * connection stays usable for the client's next request (closing it instead could cut the answer).
 */
function discardRest(request: FastifyRequest): void {
  request.raw.unpipe();
  request.raw.resume();
}
