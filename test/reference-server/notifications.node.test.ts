/**
 * Notification settings (§1.5, §2.2) and push subscriptions (§1.6) against chatwoot-api.md.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { invalid, startTestServer, type TestServer } from './helpers.js';

const TYPES = [
  'conversation_creation',
  'conversation_assignment',
  'assigned_conversation_new_message',
  'conversation_mention',
  'participating_conversation_new_message',
  'sla_missed_first_response',
  'sla_missed_next_response',
  'sla_missed_resolution',
];
const EMAIL = TYPES.map((t) => `email_${t}`);
const PUSH = TYPES.map((t) => `push_${t}`);
const URL = '/api/v1/accounts/1/notification_settings';

describe('notification settings', () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.close());

  test('GET: the 16 flags in bit order, assignment-only defaults', async () => {
    const { status, body } = await server.call('GET', URL);
    assert.equal(status, 200);
    assert.deepEqual(Object.keys(body), [
      'id',
      'user_id',
      'account_id',
      'all_email_flags',
      'selected_email_flags',
      'all_push_flags',
      'selected_push_flags',
    ]);
    assert.equal(body.account_id, 1);
    assert.equal(typeof body.id, 'number');
    assert.equal(typeof body.user_id, 'number');
    assert.deepEqual(body.all_email_flags, EMAIL);
    assert.deepEqual(body.all_push_flags, PUSH);
    assert.deepEqual(body.selected_email_flags, ['email_conversation_assignment']);
    assert.deepEqual(body.selected_push_flags, ['push_conversation_assignment']);
  });

  const MISSING = { error: 'param is missing or the value is empty: notification_settings' };
  // Cases run in order against one server; each states the full expected selection afterwards.
  const cases: {
    name: string;
    method?: string;
    json: unknown;
    status: number;
    email?: string[];
    push?: string[];
    body?: unknown;
  }[] = [
    {
      name: 'both lists (PATCH, as the UI sends)',
      method: 'PATCH',
      json: {
        notification_settings: { selected_email_flags: [EMAIL[3], EMAIL[0]], selected_push_flags: [PUSH[7]] },
      },
      status: 200,
      email: [EMAIL[0], EMAIL[3]],
      push: [PUSH[7]],
    },
    {
      name: 'PUT works the same',
      method: 'PUT',
      json: { notification_settings: { selected_email_flags: EMAIL, selected_push_flags: PUSH } },
      status: 200,
      email: EMAIL,
      push: PUSH,
    },
    {
      name: 'an omitted list is cleared',
      json: { notification_settings: { selected_email_flags: [EMAIL[1]] } },
      status: 200,
      email: [EMAIL[1]],
      push: [],
    },
    {
      name: 'empty lists clear both',
      json: { notification_settings: { selected_email_flags: [], selected_push_flags: [] } },
      status: 200,
      email: [],
      push: [],
    },
    {
      name: 'blank entries are ignored, duplicates collapse',
      json: {
        notification_settings: {
          selected_email_flags: ['', EMAIL[2], EMAIL[2], null],
          selected_push_flags: ['  ', PUSH[0]],
        },
      },
      status: 200,
      email: [EMAIL[2]],
      push: [PUSH[0]],
    },
    {
      name: 'a list that is not a list counts as omitted',
      json: { notification_settings: { selected_email_flags: EMAIL[0], selected_push_flags: [PUSH[1]] } },
      status: 200,
      email: [],
      push: [PUSH[1]],
    },
    {
      name: 'unknown keys only: both lists cleared',
      json: { notification_settings: { something: 1 } },
      status: 200,
      email: [],
      push: [],
    },
    {
      name: 'set them back',
      json: { notification_settings: { selected_email_flags: [EMAIL[1]], selected_push_flags: [PUSH[1]] } },
      status: 200,
      email: [EMAIL[1]],
      push: [PUSH[1]],
    },
    {
      name: 'unknown flag -> 500, nothing saved',
      json: { notification_settings: { selected_email_flags: [EMAIL[0], 'x'], selected_push_flags: [] } },
      status: 500,
      body: { error: 'Invalid flag "x"' },
      email: [EMAIL[1]],
      push: [PUSH[1]],
    },
    {
      name: 'a push flag in the email list -> 500',
      json: { notification_settings: { selected_email_flags: [PUSH[0]], selected_push_flags: [] } },
      status: 500,
      body: { error: `Invalid flag "${PUSH[0]}"` },
      email: [EMAIL[1]],
      push: [PUSH[1]],
    },
    {
      name: 'unknown push flag -> 500',
      json: { notification_settings: { selected_email_flags: [], selected_push_flags: ['push_everything'] } },
      status: 500,
      body: { error: 'Invalid flag "push_everything"' },
      email: [EMAIL[1]],
      push: [PUSH[1]],
    },
    {
      name: 'missing key -> 422',
      json: { selected_email_flags: [EMAIL[0]] },
      status: 422,
      body: MISSING,
      email: [EMAIL[1]],
      push: [PUSH[1]],
    },
    {
      name: 'empty object -> 422',
      json: { notification_settings: {} },
      status: 422,
      body: MISSING,
      email: [EMAIL[1]],
      push: [PUSH[1]],
    },
    {
      name: 'singular key (not wrapped by us) -> 422',
      json: { notification_setting: { selected_email_flags: [] } },
      status: 422,
      body: MISSING,
      email: [EMAIL[1]],
      push: [PUSH[1]],
    },
  ];
  for (const c of cases) {
    test(`${c.method ?? 'PATCH'} ${c.name} -> ${c.status}`, async () => {
      const reply = await server.call(c.method ?? 'PATCH', URL, { json: c.json });
      assert.equal(reply.status, c.status, JSON.stringify(reply.body));
      if (c.body !== undefined) assert.deepEqual(reply.body, c.body);
      if (c.status === 200) {
        assert.deepEqual(reply.body.selected_email_flags, c.email);
        assert.deepEqual(reply.body.selected_push_flags, c.push);
      }
      const stored = await server.call('GET', URL);
      assert.deepEqual(stored.body.selected_email_flags, c.email);
      assert.deepEqual(stored.body.selected_push_flags, c.push);
    });
  }

  test('multipart form with [] lists', async () => {
    const form = new FormData();
    form.append('notification_settings[selected_email_flags][]', EMAIL[4] as string);
    form.append('notification_settings[selected_email_flags][]', EMAIL[5] as string);
    form.append('notification_settings[selected_push_flags][]', '');
    const { status, body } = await server.call('PATCH', URL, { body: form });
    assert.equal(status, 200);
    assert.deepEqual(body.selected_email_flags, [EMAIL[4], EMAIL[5]]);
    assert.deepEqual(body.selected_push_flags, []);
  });

  const accountCases: { name: string; path: string; status: number; body: unknown }[] = [
    {
      name: 'an account the user is not a member of',
      path: '/api/v1/accounts/2/notification_settings',
      status: 401,
      body: { error: 'You are not authorized to access this account' },
    },
    {
      name: 'an unknown account',
      path: '/api/v1/accounts/999/notification_settings',
      status: 404,
      body: { error: 'Resource could not be found' },
    },
    {
      name: 'a non-numeric account id',
      path: '/api/v1/accounts/abc/notification_settings',
      status: 404,
      body: { error: 'Resource could not be found' },
    },
  ];
  for (const c of accountCases) {
    for (const method of ['GET', 'PATCH', 'PUT']) {
      test(`${method} on ${c.name} -> ${c.status}`, async () => {
        const json =
          method === 'GET'
            ? {}
            : { json: { notification_settings: { selected_email_flags: [], selected_push_flags: [] } } };
        const reply = await server.call(method, c.path, json);
        assert.equal(reply.status, c.status);
        assert.deepEqual(reply.body, c.body);
      });
    }
  }
});

describe('notification subscriptions', () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.close());

  const browser = (endpoint: string, auth = 'auth-key') => ({
    notification_subscription: {
      subscription_type: 'browser_push',
      subscription_attributes: { endpoint, p256dh: 'BP-key_with-padding=', auth },
    },
  });
  const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

  test('create returns the raw record', async () => {
    const me = (await server.call('GET', '/api/v1/profile')).body;
    const { status, body } = await server.call('POST', '/api/v1/notification_subscriptions', {
      json: browser('https://push.example/1'),
    });
    assert.equal(status, 200);
    assert.deepEqual(Object.keys(body), [
      'id',
      'subscription_type',
      'subscription_attributes',
      'user_id',
      'identifier',
      'created_at',
      'updated_at',
    ]);
    assert.equal(body.subscription_type, 'browser_push');
    assert.deepEqual(body.subscription_attributes, {
      endpoint: 'https://push.example/1',
      p256dh: 'BP-key_with-padding=',
      auth: 'auth-key',
    });
    assert.equal(body.user_id, me.id);
    assert.equal(body.identifier, 'https://push.example/1');
    assert.match(body.created_at, ISO);
    assert.match(body.updated_at, ISO);
  });

  test('the same endpoint again updates the existing row', async () => {
    const first = (
      await server.call('POST', '/api/v1/notification_subscriptions', {
        json: browser('https://push.example/2', 'a1'),
      })
    ).body;
    const second = (
      await server.call('POST', '/api/v1/notification_subscriptions', {
        json: browser('https://push.example/2', 'a2'),
      })
    ).body;
    assert.equal(second.id, first.id);
    assert.equal(second.subscription_attributes.auth, 'a2');
    assert.equal(second.created_at, first.created_at);
  });

  test('fcm subscriptions are identified by device_id and deleted by push_token', async () => {
    const fcm = (token: string) => ({
      notification_subscription: {
        subscription_type: 'fcm',
        subscription_attributes: { device_id: 'device-1', push_token: token },
      },
    });
    const first = (await server.call('POST', '/api/v1/notification_subscriptions', { json: fcm('tok-1') }))
      .body;
    assert.equal(first.identifier, 'device-1');

    const other = await server.call('DELETE', '/api/v1/notification_subscriptions', {
      json: { push_token: 'not-mine' },
    });
    assert.equal(other.status, 200);
    assert.equal(other.body, null);
    assert.equal(
      (await server.call('POST', '/api/v1/notification_subscriptions', { json: fcm('tok-1') })).body.id,
      first.id,
    );

    const deleted = await server.call('DELETE', '/api/v1/notification_subscriptions', {
      json: { push_token: 'tok-1' },
    });
    assert.equal(deleted.status, 200);
    assert.equal(deleted.body, null);
    const again = (await server.call('POST', '/api/v1/notification_subscriptions', { json: fcm('tok-1') }))
      .body;
    assert.notEqual(again.id, first.id);
  });

  test('DELETE without push_token is still 200 with no body', async () => {
    const reply = await server.call('DELETE', '/api/v1/notification_subscriptions');
    assert.equal(reply.status, 200);
    assert.equal(reply.body, null);
  });

  const errorCases: { name: string; json: unknown; status: number; body: unknown }[] = [
    {
      name: 'missing notification_subscription key',
      json: { subscription_type: 'browser_push' },
      status: 422,
      body: { error: 'param is missing or the value is empty: notification_subscription' },
    },
    {
      name: 'unknown subscription_type',
      json: {
        notification_subscription: {
          subscription_type: 'pigeon',
          subscription_attributes: { endpoint: 'x' },
        },
      },
      status: 500,
      body: { error: "'pigeon' is not a valid subscription_type" },
    },
    {
      name: 'no endpoint',
      json: {
        notification_subscription: {
          subscription_type: 'browser_push',
          subscription_attributes: { auth: 'x' },
        },
      },
      status: 422,
      body: invalid(["Identifier can't be blank"], ['identifier']),
    },
    {
      name: 'no attributes',
      json: { notification_subscription: { subscription_type: 'fcm' } },
      status: 422,
      body: invalid(["Identifier can't be blank"], ['identifier']),
    },
  ];
  for (const c of errorCases) {
    test(`${c.name} -> ${c.status}`, async () => {
      const reply = await server.call('POST', '/api/v1/notification_subscriptions', { json: c.json });
      assert.equal(reply.status, c.status);
      assert.deepEqual(reply.body, c.body);
    });
  }
});
