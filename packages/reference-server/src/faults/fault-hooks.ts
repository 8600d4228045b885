/**
 * The server side of fault injection. A request's fault is picked (and the request logged) as it
 * arrives, in a `request` listener that runs before fastify's: that is the last moment before the
 * HTTP parser hands body bytes to the request stream, which a slow upload must meter from the first
 * byte (plugins' async `onRequest` hooks let the parser run on). Then an `onRequest` hook acts on the
 * faults that come before the handler, an `onSend` hook on those that come after it, and an
 * `onResponse` hook writes the sent status into the log.
 *
 * The hooks go on the root app after CORS, so CORS has already put its headers on the reply (and
 * answered preflights) when a fault answers, and before the token check, so 'before' faults keep
 * the handler and the check from running. Callback-style hooks on purpose: a hook that answers does
 * not call `done`, which is fastify's way to stop the lifecycle there.
 */
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AVATAR_PATH } from '../avatar/avatar.js';
import type { Store } from '../db/store.js';
import { isApiPath } from '../http/api-headers.js';
import { authenticate } from '../security/authenticate.js';
import { meterBody } from './body-meter.js';
import type { ActiveFault, FaultController, FaultLogEntry } from './faults.js';

const ERROR_BODY = JSON.stringify({ error: 'Internal Server Error' });
/** A reply cut short: JSON's start, never its end. */
const MALFORMED_BODY = '{"id":1,"name":"';
const JSON_TYPE = 'application/json; charset=utf-8';

/** The real token check against a store that knows no token: its exact 401 for this request
 *  ("Invalid Access Token", or devise's "sign in" error when no token was sent). */
const rejectEveryToken = authenticate({ tokenOwner: () => undefined } as unknown as Store);

/** API routes and the avatar files; not the rest (404s outside them, preflights). */
const inScope = (method: string, path: string) =>
  method !== 'OPTIONS' && (isApiPath(path) || path.startsWith(`${AVATAR_PATH}/`));

interface Received {
  fault: ActiveFault | undefined;
  entry: FaultLogEntry;
}

/** The connection ends with no HTTP answer at all: the client sees a network error. */
function drop(request: FastifyRequest): void {
  request.raw.socket.destroy();
}

/** Replaces whatever was about to be sent: status, type and body. */
function rewrite(reply: FastifyReply, status: number, body: string): string {
  reply.code(status).header('content-type', JSON_TYPE).removeHeader('cache-control');
  return body;
}

export function installFaultHooks(app: FastifyInstance, faults: FaultController): void {
  // A fresh connection for every request. Chromium silently resends a request whose reused
  // keep-alive connection closes before any answer, so a dropped request would come back and succeed.
  app.server.maxRequestsPerSocket = 1;

  const received = new WeakMap<IncomingMessage, Received>();

  app.server.prependListener('request', (raw: IncomingMessage) => {
    const method = raw.method ?? '';
    const path = (raw.url ?? '').split('?', 1)[0]!;
    if (!inScope(method, path)) return;
    const { fault, entry } = faults.receive(method, path);
    received.set(raw, { fault, entry });
    if (fault?.kind === 'slow-upload') meterBody(raw, fault.bytesPerSecond);
  });

  app.addHook('onRequest', (request, reply, done) => {
    const fault = received.get(request.raw)?.fault;
    if (!fault) return done();

    switch (fault.kind) {
      case 'latency':
        setTimeout(done, fault.delayMs);
        return;
      case 'slow-upload':
        return done(); // already metering
      case 'unauthorized':
        // Rejects always; the error handler sends the 401 body.
        rejectEveryToken.call(app, request, reply).then(() => done(), done);
        return;
    }
    if (fault.phase === 'after') return done();
    switch (fault.kind) {
      case 'drop':
        return drop(request);
      case 'error':
        return void reply.code(fault.status).type(JSON_TYPE).send(ERROR_BODY);
      case 'malformed-json':
        return void reply.code(200).type(JSON_TYPE).send(MALFORMED_BODY);
    }
  });

  app.addHook('onSend', (request, reply, payload, done) => {
    const fault = received.get(request.raw)?.fault;
    if (fault?.phase !== 'after') return done(null, payload);
    switch (fault.kind) {
      case 'drop':
        // The handler has run and its change is stored; its answer is lost. No `done`: nothing is sent.
        return drop(request);
      case 'error':
        return done(null, rewrite(reply, fault.status, ERROR_BODY));
      case 'malformed-json':
        return done(null, rewrite(reply, 200, MALFORMED_BODY));
      default:
        return done(null, payload);
    }
  });

  app.addHook('onResponse', (request, reply, done) => {
    const entry = received.get(request.raw)?.entry;
    if (entry) entry.status = reply.statusCode;
    done();
  });
}
