/**
 * Transport-level behaviour of the reference server: authentication, token reset, malformed and
 * oversized bodies, unknown routes and CORS.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestServer, type TestServer } from './helpers.js';

const NOT_SIGNED_IN = { errors: ['You need to sign in or sign up before continuing.'] };
const INVALID_TOKEN = { error: 'Invalid Access Token' };

describe('authentication', () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.close());

  const routes: [string, string][] = [
    ['GET', '/api/v1/profile'],
    ['PUT', '/api/v1/profile'],
    ['PATCH', '/api/v1/profile'],
    ['DELETE', '/api/v1/profile/avatar'],
    ['POST', '/api/v1/profile/reset_access_token'],
    ['POST', '/api/v1/profile/availability'],
    ['POST', '/api/v1/profile/auto_offline'],
    ['PUT', '/api/v1/profile/set_active_account'],
    ['POST', '/api/v1/profile/resend_confirmation'],
    ['GET', '/api/v1/accounts/1/notification_settings'],
    ['PATCH', '/api/v1/accounts/1/notification_settings'],
    ['POST', '/api/v1/notification_subscriptions'],
    ['DELETE', '/api/v1/notification_subscriptions'],
  ];
  const variants: { name: string; token: string | null; status: number; body: unknown }[] = [
    { name: 'no header', token: null, status: 401, body: NOT_SIGNED_IN },
    { name: 'blank header', token: '  ', status: 401, body: NOT_SIGNED_IN },
    { name: 'unknown token', token: 'not-a-real-token-000000', status: 401, body: INVALID_TOKEN },
  ];
  for (const [method, path] of routes) {
    for (const variant of variants) {
      test(`${method} ${path} with ${variant.name} -> ${variant.status}`, async () => {
        const reply = await server.call(method, path, {
          token: variant.token,
          ...(method === 'GET' ? {} : { json: {} }),
        });
        assert.equal(reply.status, variant.status);
        assert.deepEqual(reply.body, variant.body);
      });
    }
  }

  test('a valid token reaches the profile', async () => {
    const reply = await server.call('GET', '/api/v1/profile');
    assert.equal(reply.status, 200);
    assert.equal(reply.body.email, 'agent@example.com');
  });

  test('a token is case-sensitive', async () => {
    const reply = await server.call('GET', '/api/v1/profile', { token: server.demo.token.toLowerCase() });
    assert.equal(reply.status, 401);
    assert.deepEqual(reply.body, INVALID_TOKEN);
  });
});

describe('reset_access_token', () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.close());

  test('returns the user JSON with a new 24-character base58 token; the old one stops working at once', async () => {
    const oldToken = server.demo.token;
    const reset = await server.call('POST', '/api/v1/profile/reset_access_token');
    assert.equal(reset.status, 200);
    const newToken = reset.body.access_token;
    assert.match(newToken, /^[1-9A-HJ-NP-Za-km-z]{24}$/);
    assert.notEqual(newToken, oldToken);
    assert.equal(reset.body.email, 'agent@example.com');

    const withOld = await server.call('GET', '/api/v1/profile', { token: oldToken });
    assert.equal(withOld.status, 401);
    assert.deepEqual(withOld.body, INVALID_TOKEN);

    const withNew = await server.call('GET', '/api/v1/profile', { token: newToken });
    assert.equal(withNew.status, 200);
    assert.equal(withNew.body.access_token, newToken);
  });
});

describe('request bodies and routing', () => {
  let server: TestServer;
  before(async () => (server = await startTestServer({ bodyLimit: 64 * 1024 })));
  after(() => server.close());

  const PARSE_ERROR = { error: 'Error occurred while parsing request parameters' };
  const cases: {
    name: string;
    method: string;
    path: string;
    body?: string;
    type?: string;
    status: number;
    expected: unknown;
  }[] = [
    {
      name: 'malformed JSON',
      method: 'PUT',
      path: '/api/v1/profile',
      body: '{"profile": {"name": ',
      type: 'application/json',
      status: 400,
      expected: PARSE_ERROR,
    },
    {
      name: 'JSON with __proto__',
      method: 'PUT',
      path: '/api/v1/profile',
      body: '{"profile":{"__proto__":{"x":1}}}',
      type: 'application/json',
      status: 400,
      expected: PARSE_ERROR,
    },
    {
      name: 'missing profile key',
      method: 'PUT',
      path: '/api/v1/profile',
      body: '{"name":"x"}',
      type: 'application/json',
      status: 422,
      expected: { error: 'param is missing or the value is empty: profile' },
    },
    {
      name: 'empty profile object',
      method: 'PATCH',
      path: '/api/v1/profile',
      body: '{"profile":{}}',
      type: 'application/json',
      status: 422,
      expected: { error: 'param is missing or the value is empty: profile' },
    },
    {
      name: 'profile that is not an object',
      method: 'PUT',
      path: '/api/v1/profile',
      body: '{"profile":"x"}',
      type: 'application/json',
      status: 422,
      expected: { error: 'param is missing or the value is empty: profile' },
    },
    {
      name: 'JSON array body',
      method: 'PUT',
      path: '/api/v1/profile',
      body: '[1,2]',
      type: 'application/json',
      status: 422,
      expected: { error: 'param is missing or the value is empty: profile' },
    },
    {
      name: 'empty JSON body',
      method: 'PUT',
      path: '/api/v1/profile',
      body: '',
      type: 'application/json',
      status: 422,
      expected: { error: 'param is missing or the value is empty: profile' },
    },
    {
      name: 'empty JSON body on a body-less action',
      method: 'POST',
      path: '/api/v1/profile/resend_confirmation',
      body: '',
      type: 'application/json',
      status: 200,
      expected: null,
    },
    {
      name: 'unsupported media type',
      method: 'PUT',
      path: '/api/v1/profile',
      body: '<profile/>',
      type: 'application/xml',
      status: 415,
      expected: { error: 'Unsupported Media Type: application/xml' },
    },
    {
      name: 'JSON over the body limit',
      method: 'PUT',
      path: '/api/v1/profile',
      body: JSON.stringify({ profile: { name: 'x'.repeat(70 * 1024) } }),
      type: 'application/json',
      status: 413,
      expected: { error: 'Request body is too large' },
    },
    {
      name: 'form over the body limit',
      method: 'PUT',
      path: '/api/v1/profile',
      body: `profile[name]=${'x'.repeat(70 * 1024)}`,
      type: 'application/x-www-form-urlencoded',
      status: 413,
      expected: { error: 'Request body is too large' },
    },
    {
      name: 'unknown route',
      method: 'GET',
      path: '/api/v1/nope',
      status: 404,
      expected: { error: 'Not Found' },
    },
    {
      name: 'unknown method on a known path',
      method: 'DELETE',
      path: '/api/v1/profile',
      status: 404,
      expected: { error: 'Not Found' },
    },
    {
      name: 'unknown route without a token',
      method: 'GET',
      path: '/nothing/here',
      status: 404,
      expected: { error: 'Not Found' },
    },
  ];
  for (const c of cases) {
    test(`${c.name} -> ${c.status}`, async () => {
      const headers: Record<string, string> = c.type ? { 'content-type': c.type } : {};
      const reply = await server.call(c.method, c.path, {
        headers,
        ...(c.body !== undefined ? { body: c.body } : {}),
      });
      assert.equal(reply.status, c.status);
      assert.deepEqual(reply.body, c.expected);
      if (c.expected !== null) assert.match(reply.headers.get('content-type') ?? '', /application\/json/);
    });
  }

  test('a multipart text field over the body limit -> 413', async () => {
    const form = new FormData();
    form.append('profile[name]', 'x'.repeat(70 * 1024));
    const reply = await server.call('PUT', '/api/v1/profile', { body: form });
    assert.equal(reply.status, 413);
    assert.deepEqual(reply.body, { error: 'Request body is too large' });
  });

  test('a broken multipart body -> 400', async () => {
    const reply = await server.call('PUT', '/api/v1/profile', {
      headers: { 'content-type': 'multipart/form-data; boundary=XYZ' },
      body: '--XYZ\r\nContent-Disposition: form-data; name="profile[name]"\r\n\r\nJane',
    });
    assert.equal(reply.status, 400);
    assert.deepEqual(reply.body, PARSE_ERROR);
  });

  test('the server survives all of the above', async () => {
    assert.equal((await server.call('GET', '/api/v1/profile')).status, 200);
  });

  test('a trailing slash is ignored, as by Rails', async () => {
    assert.equal((await server.call('GET', '/api/v1/profile/')).status, 200);
  });

  test('urlencoded form bodies are read like multipart ones', async () => {
    const reply = await server.call('PUT', '/api/v1/profile', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'profile[display_name]=Janie&profile[ui_settings][font_size]=18px',
    });
    assert.equal(reply.status, 200);
    assert.equal(reply.body.display_name, 'Janie');
    assert.deepEqual(reply.body.ui_settings, { font_size: '18px' });
  });
});

describe('CORS', () => {
  const ORIGIN = 'http://localhost:5173';
  let server: TestServer;
  before(async () => (server = await startTestServer({ corsOrigin: ORIGIN })));
  after(() => server.close());

  const preflight = (origin: string, method = 'PUT') =>
    fetch(`${server.url}/api/v1/profile`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': method,
        'access-control-request-headers': 'api_access_token,content-type',
      },
    });

  test('a preflight from the configured origin allows the token header', async () => {
    const response = await preflight(ORIGIN);
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), ORIGIN);
    const allowed = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    assert.ok(allowed.includes('api_access_token'), allowed);
    assert.ok(allowed.includes('content-type'), allowed);
    const methods = response.headers.get('access-control-allow-methods') ?? '';
    for (const m of ['GET', 'PUT', 'PATCH', 'POST', 'DELETE']) assert.ok(methods.includes(m), methods);
  });

  test('a preflight from another origin is not allowed', async () => {
    const response = await preflight('http://evil.example');
    assert.equal(response.headers.get('access-control-allow-origin'), null);
  });

  test('actual responses, errors included, carry the allow-origin header', async () => {
    const ok = await server.call('GET', '/api/v1/profile', { headers: { origin: ORIGIN } });
    assert.equal(ok.headers.get('access-control-allow-origin'), ORIGIN);
    const denied = await server.call('GET', '/api/v1/profile', { token: null, headers: { origin: ORIGIN } });
    assert.equal(denied.status, 401);
    assert.equal(denied.headers.get('access-control-allow-origin'), ORIGIN);
  });

  test('without the option there are no CORS headers', async () => {
    const plain = await startTestServer();
    try {
      const reply = await plain.call('GET', '/api/v1/profile', { headers: { origin: ORIGIN } });
      assert.equal(reply.headers.get('access-control-allow-origin'), null);
    } finally {
      await plain.close();
    }
  });
});
