/**
 * The test-only fault switch (`startServer({ faults: true })`): each fault kind over real HTTP,
 * before and after the handler, rule matching and counting, the request log, and CORS on faulted
 * answers.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import type { FaultControl } from '@profile-elements/reference-server';
import { IMAGES, profileForm, startTestServer, type TestServer } from './helpers.js';

const ORIGIN = 'http://page.test';
const SERVER_ERROR = { error: 'Internal Server Error' };
const INVALID_TOKEN = { error: 'Invalid Access Token' };
const NOT_SIGNED_IN = { errors: ['You need to sign in or sign up before continuing.'] };
const PROFILE = '/api/v1/profile';

let server: TestServer;
let faults: FaultControl;
beforeEach(async () => {
  server = await startTestServer({ faults: true, corsOrigin: ORIGIN });
  faults = server.faults!;
});
afterEach(() => server.close());

const rename = (name: string) => server.call('PUT', PROFILE, { json: { profile: { name } } });
const storedName = async () => (await server.call('GET', PROFILE)).body.name as string;

/** The raw answer, for bodies `call` could not parse. */
async function rawPut(
  name: string,
): Promise<{ status: number; type: string | null; text: string; cors: string | null }> {
  const response = await fetch(server.url + PROFILE, {
    method: 'PUT',
    headers: { api_access_token: server.demo.token, 'content-type': 'application/json', origin: ORIGIN },
    body: JSON.stringify({ profile: { name } }),
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    text: await response.text(),
    cors: response.headers.get('access-control-allow-origin'),
  };
}

const elapsed = async (work: () => Promise<unknown>) => {
  const start = performance.now();
  await work();
  return performance.now() - start;
};

describe('the switch', () => {
  test('is off unless asked for: no controller, no log', async () => {
    const plain = await startTestServer();
    try {
      assert.equal(plain.faults, undefined);
      assert.equal((await plain.call('GET', PROFILE)).status, 200);
    } finally {
      await plain.close();
    }
  });

  test('a bad rule fails at once instead of never firing', () => {
    assert.throws(() => faults.inject({ kind: 'nope' as never }), RangeError);
    assert.throws(() => faults.inject({ kind: 'error', status: 200 }), RangeError);
    assert.throws(() => faults.inject({ kind: 'slow-upload', bytesPerSecond: 0 }), RangeError);
    assert.throws(() => faults.inject({ kind: 'drop', times: -1 }), RangeError);
  });
});

describe('error', () => {
  test('before: 500 with the JSON body, the change is not applied, the next request is normal', async () => {
    faults.inject({ kind: 'error', method: 'PUT', path: PROFILE });
    const failed = await rename('Before Error');
    assert.equal(failed.status, 500);
    assert.deepEqual(failed.body, SERVER_ERROR);
    assert.notEqual(await storedName(), 'Before Error');

    assert.equal((await rename('Second Try')).status, 200);
    assert.equal(await storedName(), 'Second Try');
  });

  test('after: the change is stored, the answer replaced; status is configurable', async () => {
    faults.inject({ kind: 'error', method: 'PUT', phase: 'after', status: 503 });
    const failed = await rename('After Error');
    assert.equal(failed.status, 503);
    assert.deepEqual(failed.body, SERVER_ERROR);
    assert.match(failed.headers.get('content-type')!, /^application\/json/);
    assert.equal(await storedName(), 'After Error');
  });
});

describe('drop', () => {
  test('before: a network error, nothing stored, logged with status 0', async () => {
    faults.inject({ kind: 'drop', method: 'PUT', path: PROFILE });
    await assert.rejects(rename('Dropped Before'), TypeError);
    assert.notEqual(await storedName(), 'Dropped Before');
    assert.deepEqual(faults.log[0], { method: 'PUT', path: PROFILE, status: 0, fault: 'drop' });
  });

  test('after: a network error, but the change is stored', async () => {
    faults.inject({ kind: 'drop', method: 'PUT', path: PROFILE, phase: 'after' });
    await assert.rejects(rename('Dropped After'), TypeError);
    assert.equal(await storedName(), 'Dropped After');
    assert.deepEqual(faults.log[0], { method: 'PUT', path: PROFILE, status: 0, fault: 'drop' });
  });

  test('after, on a token reset: the reply with the new token is lost, the old token is dead', async () => {
    const oldToken = server.demo.token; // `demo.token` reads the current one from the database
    faults.inject({ kind: 'drop', path: '/api/v1/profile/reset_access_token', phase: 'after' });
    await assert.rejects(server.call('POST', '/api/v1/profile/reset_access_token'), TypeError);
    assert.notEqual(server.demo.token, oldToken);
    const withOld = await server.call('GET', PROFILE, { token: oldToken });
    assert.equal(withOld.status, 401);
    assert.deepEqual(withOld.body, INVALID_TOKEN);
  });

  test('every answer closes its connection, so a browser cannot resend a dropped request', async () => {
    const reply = await server.call('GET', PROFILE);
    assert.equal(reply.headers.get('connection'), 'close');
  });
});

describe('malformed-json', () => {
  test('before: 200, application/json, a body that does not parse; nothing stored', async () => {
    faults.inject({ kind: 'malformed-json', method: 'PUT' });
    const reply = await rawPut('Malformed Before');
    assert.equal(reply.status, 200);
    assert.match(reply.type!, /^application\/json/);
    assert.throws(() => JSON.parse(reply.text), SyntaxError);
    assert.equal(reply.cors, ORIGIN);
    assert.notEqual(await storedName(), 'Malformed Before');
  });

  test('after: the same answer, and the change is stored', async () => {
    faults.inject({ kind: 'malformed-json', method: 'PUT', phase: 'after' });
    const reply = await rawPut('Malformed After');
    assert.equal(reply.status, 200);
    assert.match(reply.type!, /^application\/json/);
    assert.throws(() => JSON.parse(reply.text), SyntaxError);
    assert.equal(reply.cors, ORIGIN);
    assert.equal(await storedName(), 'Malformed After');
  });
});

describe('unauthorized', () => {
  test("answers the token check's own 401 and does not run the handler", async () => {
    faults.inject({ kind: 'unauthorized', method: 'PUT', times: 2 });
    const denied = await rename('Not Allowed');
    assert.equal(denied.status, 401);
    assert.deepEqual(denied.body, INVALID_TOKEN);
    // Without a token the real check's other answer.
    const anonymous = await server.call('PUT', PROFILE, { token: null, json: { profile: { name: 'x' } } });
    assert.equal(anonymous.status, 401);
    assert.deepEqual(anonymous.body, NOT_SIGNED_IN);
    assert.notEqual(await storedName(), 'Not Allowed');
    // The token itself still works.
    assert.equal((await rename('Allowed')).status, 200);
  });
});

describe('latency', () => {
  test('waits before handling', async () => {
    faults.inject({ kind: 'latency', method: 'GET', delayMs: 300 });
    assert.ok((await elapsed(storedName)) >= 290);
    assert.ok((await elapsed(storedName)) < 250);
    assert.deepEqual(
      faults.log.map((e) => e.fault),
      ['latency', undefined],
    );
  });
});

describe('slow-upload', () => {
  test('reads a multipart avatar at the rate, and the file arrives whole', async () => {
    // 60 000 bytes at 30 000 B/s: about two seconds.
    const data = Buffer.concat([IMAGES.png, Buffer.alloc(60_000 - IMAGES.png.length, 7)]);
    faults.inject({ kind: 'slow-upload', method: 'PUT', path: PROFILE, bytesPerSecond: 30_000 });
    let reply: Awaited<ReturnType<TestServer['call']>> | undefined;
    const ms = await elapsed(async () => {
      reply = await server.call('PUT', PROFILE, { body: profileForm({}, { data, type: 'image/png' }) });
    });
    assert.equal(reply!.status, 200);
    assert.ok(ms >= 1800, `took ${ms} ms`);
    assert.ok(ms < 4000, `took ${ms} ms`);
    const served = Buffer.from(await (await fetch(reply!.body.avatar_url)).arrayBuffer());
    assert.ok(served.equals(data));
  });

  test('slows a JSON body too', async () => {
    faults.inject({ kind: 'slow-upload', bytesPerSecond: 20_000 });
    const name = 'n'.repeat(20);
    const padding = 'x'.repeat(10_000);
    const ms = await elapsed(async () => {
      const reply = await server.call('PUT', PROFILE, { json: { profile: { name }, padding } });
      assert.equal(reply.status, 200);
    });
    assert.ok(ms >= 400, `took ${ms} ms`);
    assert.equal(await storedName(), name);
  });
});

describe('matching and counting', () => {
  test('method, exact path, RegExp path; the query is not part of the path', async () => {
    faults.inject({ kind: 'error', method: 'patch', path: PROFILE });
    faults.inject({ kind: 'error', path: /notification_settings$/ });
    assert.equal((await server.call('GET', PROFILE)).status, 200); // wrong method
    assert.equal((await server.call('PATCH', `${PROFILE}/avatar`, { json: {} })).status, 404); // wrong path, no such route
    assert.equal((await server.call('PATCH', `${PROFILE}?locale=en`, { json: { profile: {} } })).status, 500);
    assert.equal((await server.call('GET', '/api/v1/accounts/1/notification_settings?x=1')).status, 500);
    assert.equal((await server.call('GET', '/api/v1/accounts/1/notification_settings')).status, 200);
  });

  test('times: each rule hits that many matching requests; the first matching rule with hits left applies', async () => {
    faults.inject({ kind: 'error', method: 'GET', times: 2, status: 502 });
    faults.inject({ kind: 'unauthorized', method: 'GET' });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await server.call('GET', PROFILE)).status);
    assert.deepEqual(statuses, [502, 502, 401, 200]);
  });

  test('times: Infinity never runs out; clear() removes the rules and keeps the log', async () => {
    faults.inject({ kind: 'error', times: Infinity });
    for (let i = 0; i < 3; i++) assert.equal((await server.call('GET', PROFILE)).status, 500);
    faults.clear();
    assert.equal((await server.call('GET', PROFILE)).status, 200);
    assert.equal(faults.log.length, 4);
  });

  test('the avatar files can be faulted too', async () => {
    const uploaded = await server.call('PUT', PROFILE, {
      body: profileForm({}, { data: IMAGES.gif, type: 'image/gif' }),
    });
    const path = new URL(uploaded.body.avatar_url).pathname;
    faults.inject({ kind: 'error', path });
    assert.equal((await fetch(uploaded.body.avatar_url)).status, 500);
    assert.equal((await fetch(uploaded.body.avatar_url)).status, 200);
  });
});

describe('the log', () => {
  test('every API request in order of arrival, with the status sent and the fault applied', async () => {
    faults.inject({ kind: 'error', method: 'PUT', phase: 'after' });
    await server.call('GET', PROFILE);
    await rename('Logged');
    await server.call('GET', '/api/v1/profile/nope');
    await server.call('GET', PROFILE, { token: 'wrong-token-000000000000' });
    await fetch(`${server.url}/not-api`); // outside the API: not logged
    assert.deepEqual(faults.log, [
      { method: 'GET', path: PROFILE, status: 200 },
      { method: 'PUT', path: PROFILE, status: 500, fault: 'error' },
      { method: 'GET', path: '/api/v1/profile/nope', status: 404 },
      { method: 'GET', path: PROFILE, status: 401 },
    ]);
  });

  test('a request shows up on arrival, with status 0 until answered', async () => {
    faults.inject({ kind: 'latency', delayMs: 300 });
    const pending = storedName();
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.deepEqual(faults.log, [{ method: 'GET', path: PROFILE, status: 0, fault: 'latency' }]);
    await pending;
    assert.equal(faults.log[0]!.status, 200);
  });
});

describe('CORS', () => {
  const preflight = () =>
    fetch(server.url + PROFILE, {
      method: 'OPTIONS',
      headers: {
        origin: ORIGIN,
        'access-control-request-method': 'PUT',
        'access-control-request-headers': 'api_access_token,content-type',
      },
    });

  test('preflights are never faulted nor logged', async () => {
    faults.inject({ kind: 'drop', times: Infinity });
    const response = await preflight();
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), ORIGIN);
    assert.deepEqual(faults.log, []);
  });

  test('faulted answers carry the allow-origin header', async () => {
    const headers = { origin: ORIGIN };
    for (const rule of [
      { kind: 'error', phase: 'before' },
      { kind: 'error', phase: 'after' },
      { kind: 'unauthorized' },
      { kind: 'latency', delayMs: 10 },
    ] as const) {
      faults.inject(rule);
      const reply = await server.call('GET', PROFILE, { headers });
      assert.equal(reply.headers.get('access-control-allow-origin'), ORIGIN, rule.kind);
    }
  });
});
