/**
 * Reads a multipart body (via @fastify/multipart) into the same nested parameters a JSON body gives.
 * File parts become `UploadedFile`s. A file is read up to one byte past its limit: enough to tell
 * "too big" (a validation message, as in Chatwoot) from a fitting file without buffering the rest.
 */
import type { FastifyRequest } from 'fastify';
import { HttpError } from './errors.js';
import { setNested, type Params } from './nested-keys.js';
import { UploadedFile } from './uploaded-file.js';

export interface MultipartLimits {
  /** Largest accepted file; a bigger one arrives with `tooBig` set and only its first bytes. */
  fileSize: number;
  /** Largest text field; a bigger one fails the request with 413, like an oversized JSON body. */
  fieldSize: number;
}

const tooLarge = () => new HttpError(413, { error: 'Request body is too large' });

export async function readMultipart(request: FastifyRequest, limits: MultipartLimits): Promise<Params> {
  const params: Params = {};
  try {
    const parts = request.parts({
      limits: {
        fileSize: limits.fileSize + 1,
        fieldSize: limits.fieldSize,
        files: 5,
        fields: 500,
        parts: 1000,
      },
    });
    for await (const part of parts) {
      if (part.type === 'file') {
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
    // Limit errors carry their 413; anything else is a broken body, which Rails answers with 400.
    if (error instanceof HttpError) throw error;
    const status = (error as { statusCode?: number }).statusCode;
    if (status === 413) throw tooLarge();
    throw new HttpError(400, { error: 'Error occurred while parsing request parameters' });
  }
  return params;
}
