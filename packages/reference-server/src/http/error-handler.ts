/**
 * Turns every failure into a JSON answer. Our own `HttpError`s carry Chatwoot's exact bodies (and
 * our headers, such as Retry-After); fastify's own errors (bad JSON, too large, unsupported type)
 * get a short `{error}`; a database locked elsewhere is a 503; anything unexpected is a 500 whose
 * details go to stderr — never the request body or headers, which may hold passwords and tokens.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isBusyError } from '../db/store.js';
import { databaseBusy, HttpError } from './errors.js';

/** Rails' `ActionDispatch::Http::Parameters::ParseError` message. */
const PARSE_ERROR = 'Error occurred while parsing request parameters';

export function handleError(given: FastifyError | HttpError, request: FastifyRequest, reply: FastifyReply) {
  // A lock held elsewhere for longer than the busy timeout is a moment's unavailability, not a bug.
  const error = isBusyError(given) ? databaseBusy() : given;
  if (error instanceof HttpError) return reply.code(error.statusCode).headers(error.headers).send(error.body);

  const status = error.statusCode ?? 500;
  if (status === 400) return reply.code(400).send({ error: PARSE_ERROR });
  if (status === 413) return reply.code(413).send({ error: 'Request body is too large' });
  if (status === 415) {
    return reply
      .code(415)
      .send({ error: `Unsupported Media Type: ${request.headers['content-type'] ?? ''}` });
  }
  if (status < 500) return reply.code(status).send({ error: error.message });

  process.stderr.write(
    `[reference-server] ${request.method} ${request.routeOptions.url ?? '(no route)'} failed: ${error.stack ?? error.message}\n`,
  );
  return reply.code(500).send({ error: 'Internal Server Error' });
}

export function handleNotFound(_request: FastifyRequest, reply: FastifyReply) {
  return reply.code(404).send({ error: 'Not Found' });
}
