/**
 * `/api/v1/profile` against chatwoot-api.md: the user JSON, updates (JSON and multipart), every
 * validation message of §3, the password step and its order, avatars, and the membership routes.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { IMAGES, invalid, profileForm, startTestServer, type Reply, type TestServer } from './helpers.js';

const SPECIAL = ` !@#$%^&*()_+-=[]{}|"/\\.,\`<>:;?~'`;
const RULE = {
  short: 'must contain at least 6 characters',
  long: 'must contain less than 128 characters',
  upper: 'must contain at least 1 uppercase character  (A..Z)',
  lower: 'must contain at least 1 lowercase character  (a..z)',
  number: 'must contain at least 1 number character  (0..9)',
  special: `must contain at least 1 special character  (${SPECIAL})`,
};
const pw = (rule: string) => `Password ${rule}`;
const pwc = (rule: string) => `Password confirmation ${rule}`;
const MISMATCH = "Password confirmation doesn't match Password";
const DEMO_PASSWORD = 'Password1!';

describe('GET /api/v1/profile', () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.close());

  test("renders Chatwoot's user JSON, key for key and in order, plus unconfirmed_email", async () => {
    const { status, body } = await server.call('GET', '/api/v1/profile');
    assert.equal(status, 200);
    assert.deepEqual(Object.keys(body), [
      'access_token',
      'account_id',
      'available_name',
      'avatar_url',
      'confirmed',
      'display_name',
      'message_signature',
      'email',
      'id',
      'inviter_id',
      'name',
      'provider',
      'pubsub_token',
      'role',
      'ui_settings',
      'uid',
      'type',
      'accounts',
      'unconfirmed_email',
    ]);
    assert.equal(body.access_token, server.demo.token);
    assert.match(body.pubsub_token, /^[1-9A-HJ-NP-Za-km-z]{24}$/);
    assert.deepEqual(
      { ...body, access_token: '', pubsub_token: '', id: 0 },
      {
        access_token: '',
        account_id: 1,
        available_name: 'Jane',
        avatar_url: '',
        confirmed: true,
        display_name: 'Jane',
        message_signature: null,
        email: 'agent@example.com',
        id: 0,
        inviter_id: null,
        name: 'Jane Doe',
        provider: 'email',
        pubsub_token: '',
        role: 'agent',
        ui_settings: {},
        uid: 'agent@example.com',
        type: null,
        accounts: [
          {
            id: 1,
            name: 'Acme Support',
            status: 'active',
            active_at: null,
            role: 'agent',
            permissions: ['agent'],
            availability: 'online',
            availability_status: 'offline',
            auto_offline: true,
          },
          {
            id: 3,
            name: 'Acme Sales',
            status: 'active',
            active_at: null,
            role: 'agent',
            permissions: ['agent'],
            availability: 'online',
            availability_status: 'offline',
            auto_offline: true,
          },
        ],
        unconfirmed_email: null,
      },
    );
    assert.equal(server.demo.accountId, 1);
    assert.equal(server.demo.email, 'agent@example.com');
    assert.equal(server.demo.password, DEMO_PASSWORD);
  });
});

describe('PUT/PATCH /api/v1/profile: fields', () => {
  let server: TestServer;
  // A fresh server per test: these tests change the profile.
  beforeEach(async () => (server = await startTestServer()));
  afterEach(() => server.close());

  const cases: {
    name: string;
    method?: string;
    profile: Record<string, unknown>;
    expect: Record<string, unknown>;
  }[] = [
    { name: 'name', profile: { name: 'Janet Doe' }, expect: { name: 'Janet Doe', available_name: 'Jane' } },
    {
      name: 'display name (available_name follows it)',
      profile: { display_name: 'JD' },
      expect: { display_name: 'JD', available_name: 'JD' },
    },
    {
      name: 'blank display name falls back to name',
      profile: { display_name: '' },
      expect: { display_name: '', available_name: 'Jane Doe' },
    },
    {
      name: 'null display name',
      method: 'PATCH',
      profile: { display_name: null },
      expect: { display_name: null, available_name: 'Jane Doe' },
    },
    {
      name: 'empty name is accepted (no presence rule server-side)',
      profile: { name: '' },
      expect: { name: '' },
    },
    {
      name: 'name at exactly 255 characters',
      profile: { name: 'n'.repeat(255) },
      expect: { name: 'n'.repeat(255) },
    },
    {
      name: '255 emoji count as 255 characters',
      profile: { name: '😀'.repeat(255) },
      expect: { name: '😀'.repeat(255) },
    },
    {
      name: 'message signature stored byte for byte',
      profile: { message_signature: '**Jane**\\n— Acme' },
      expect: { message_signature: '**Jane**\\n— Acme' },
    },
    {
      name: 'message signature at exactly 20000 characters',
      profile: { message_signature: 's'.repeat(20000) },
      expect: { message_signature: 's'.repeat(20000) },
    },
    {
      name: 'ui_settings',
      profile: { ui_settings: { font_size: '18px', enable_audio_alerts: 'assigned' } },
      expect: { ui_settings: { font_size: '18px', enable_audio_alerts: 'assigned' } },
    },
    {
      name: 'phone_number lands in custom_attributes',
      profile: { phone_number: '+15550100' },
      expect: { custom_attributes: { phone_number: '+15550100' } },
    },
    {
      name: 'unpermitted keys are dropped silently',
      profile: { availability: 'busy', id: 99, name: 'Jane Doe' },
      expect: { id: 1, name: 'Jane Doe' },
    },
    {
      name: 'an object where a string belongs is dropped',
      profile: { name: { first: 'x' } },
      expect: { name: 'Jane Doe' },
    },
    {
      name: 'current_password alone is a no-op',
      profile: { current_password: 'wrong' },
      expect: { name: 'Jane Doe' },
    },
    {
      name: 'blank password skips the password step',
      profile: { password: '  ', current_password: 'wrong', name: 'Jo' },
      expect: { name: 'Jo' },
    },
    {
      name: 'same email in another case is no change',
      profile: { email: ' AGENT@Example.COM ' },
      expect: { email: 'agent@example.com', unconfirmed_email: null },
    },
  ];
  for (const c of cases) {
    test(`${c.method ?? 'PUT'} ${c.name}`, async () => {
      const { status, body } = await server.call(c.method ?? 'PUT', '/api/v1/profile', {
        json: { profile: c.profile },
      });
      assert.equal(status, 200, JSON.stringify(body));
      for (const [key, value] of Object.entries(c.expect)) assert.deepEqual(body[key], value, key);
      // and it was stored, not just echoed
      const again = await server.call('GET', '/api/v1/profile');
      for (const [key, value] of Object.entries(c.expect)) assert.deepEqual(again.body[key], value, key);
    });
  }

  test('ui_settings is replaced wholesale, not merged', async () => {
    await server.call('PUT', '/api/v1/profile', { json: { profile: { ui_settings: { a: 1, b: 2 } } } });
    const { body } = await server.call('PUT', '/api/v1/profile', {
      json: { profile: { ui_settings: { b: 3 } } },
    });
    assert.deepEqual(body.ui_settings, { b: 3 });
  });

  test('phone_number merges into custom_attributes and leaves other fields alone', async () => {
    const { body } = await server.call('PUT', '/api/v1/profile', {
      json: { profile: { phone_number: '+1' } },
    });
    assert.deepEqual(body.custom_attributes, { phone_number: '+1' });
    assert.equal(body.display_name, 'Jane');
  });

  test('an email change keeps `email`, records `unconfirmed_email`, and is downcased', async () => {
    const { status, body } = await server.call('PUT', '/api/v1/profile', {
      json: { profile: { email: '  New.Address@Example.ORG ' } },
    });
    assert.equal(status, 200);
    assert.equal(body.email, 'agent@example.com');
    assert.equal(body.uid, 'agent@example.com');
    assert.equal(body.unconfirmed_email, 'new.address@example.org');
  });

  test('the pubsub token does not change when other fields change', async () => {
    const before = await server.call('GET', '/api/v1/profile');
    const { body } = await server.call('PUT', '/api/v1/profile', { json: { profile: { name: 'X' } } });
    assert.equal(body.pubsub_token, before.body.pubsub_token);
  });

  test('multipart profile[...] fields, nested ui_settings included', async () => {
    const form = profileForm({ name: 'Multi Part', display_name: '', email: 'agent@example.com' });
    form.append('profile[ui_settings][font_size]', '20px');
    const { status, body } = await server.call('PUT', '/api/v1/profile', { body: form });
    assert.equal(status, 200);
    assert.equal(body.name, 'Multi Part');
    assert.equal(body.display_name, '');
    assert.deepEqual(body.ui_settings, { font_size: '20px' });
  });

  test('JSON null for name is a 500 (NOT NULL column), and nothing changes', async () => {
    const { status, body } = await server.call('PUT', '/api/v1/profile', {
      json: { profile: { name: null, display_name: 'Z' } },
    });
    assert.equal(status, 500);
    assert.deepEqual(body, { error: 'name cannot be null' });
    assert.equal((await server.call('GET', '/api/v1/profile')).body.display_name, 'Jane');
  });
});

describe('PUT /api/v1/profile: validation (§3.3, §3.5)', () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.close());

  const TOO_LONG = 'is too long (maximum is 255 characters)';
  const cases: {
    name: string;
    profile: Record<string, unknown>;
    messages: string[];
    attributes: string[];
  }[] = [
    {
      name: 'blank email',
      profile: { email: '' },
      messages: ["Email can't be blank"],
      attributes: ['email'],
    },
    {
      name: 'white-space email',
      profile: { email: '   ' },
      messages: ["Email can't be blank"],
      attributes: ['email'],
    },
    {
      name: 'null email',
      profile: { email: null },
      messages: ["Email can't be blank"],
      attributes: ['email'],
    },
    {
      name: 'email without @',
      profile: { email: 'jane' },
      messages: ['Email is invalid', 'Email is not an email'],
      attributes: ['email'],
    },
    {
      name: 'email with a space',
      profile: { email: 'jane doe@example.com' },
      messages: ['Email is invalid', 'Email is not an email'],
      attributes: ['email'],
    },
    {
      name: 'email without a top-level domain',
      profile: { email: 'a@b' },
      messages: ['Email is not an email'],
      attributes: ['email'],
    },
    {
      name: 'email taken by another user',
      profile: { email: 'taken@example.com' },
      messages: ['Email has already been taken'],
      attributes: ['email'],
    },
    {
      name: 'email taken, in another case',
      profile: { email: 'Taken@Example.com' },
      messages: ['Email has already been taken'],
      attributes: ['email'],
    },
    {
      name: 'email over 255 characters',
      profile: { email: `${'a'.repeat(250)}@example.com` },
      messages: [`Email ${TOO_LONG}`],
      attributes: ['email'],
    },
    {
      name: 'name over 255 characters',
      profile: { name: 'n'.repeat(256) },
      messages: [`Name ${TOO_LONG}`],
      attributes: ['name'],
    },
    {
      name: 'display name over 255 characters',
      profile: { display_name: 'd'.repeat(256) },
      messages: [`Display name ${TOO_LONG}`],
      attributes: ['display_name'],
    },
    {
      name: 'signature over 20000 characters',
      profile: { message_signature: 's'.repeat(20001) },
      messages: ['Message signature is too long (maximum is 20000 characters)'],
      attributes: ['message_signature'],
    },
    {
      name: 'several at once, in column order',
      profile: { email: 'taken@example.com', display_name: 'd'.repeat(256), name: 'n'.repeat(256) },
      messages: [`Name ${TOO_LONG}`, `Display name ${TOO_LONG}`, 'Email has already been taken'],
      attributes: ['name', 'display_name', 'email'],
    },
  ];
  for (const c of cases) {
    test(`${c.name} -> 422`, async () => {
      const { status, body } = await server.call('PUT', '/api/v1/profile', { json: { profile: c.profile } });
      assert.equal(status, 422);
      assert.deepEqual(body, invalid(c.messages, c.attributes));
    });
  }

  test('a failed update saves nothing', async () => {
    await server.call('PUT', '/api/v1/profile', {
      json: { profile: { display_name: 'Should not stick', email: 'jane' } },
    });
    const { body } = await server.call('GET', '/api/v1/profile');
    assert.equal(body.display_name, 'Jane');
    assert.equal(body.unconfirmed_email, null);
  });
});

describe('PUT /api/v1/profile: password rules (§3.1, §3.2)', () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.close());

  const long = `Aa1!${'x'.repeat(125)}`; // 129 characters
  const cases: {
    name: string;
    password: string;
    confirmation?: string | null;
    messages: string[];
    attributes: string[];
  }[] = [
    {
      name: 'too short',
      password: 'Ab1!x',
      messages: [pw(RULE.short), pwc(RULE.short)],
      attributes: ['password', 'password_confirmation'],
    },
    {
      name: 'too long',
      password: long,
      messages: [pw(RULE.long), pwc(RULE.long)],
      attributes: ['password', 'password_confirmation'],
    },
    {
      name: 'no uppercase',
      password: 'abcdef1!',
      messages: [pw(RULE.upper), pwc(RULE.upper)],
      attributes: ['password', 'password_confirmation'],
    },
    {
      name: 'no lowercase',
      password: 'ABCDEF1!',
      messages: [pw(RULE.lower), pwc(RULE.lower)],
      attributes: ['password', 'password_confirmation'],
    },
    {
      name: 'no number',
      password: 'Abcdefg!',
      messages: [pw(RULE.number), pwc(RULE.number)],
      attributes: ['password', 'password_confirmation'],
    },
    {
      name: 'no special character',
      password: 'Abcdefg1',
      messages: [pw(RULE.special), pwc(RULE.special)],
      attributes: ['password', 'password_confirmation'],
    },
    {
      name: 'one invalid character',
      password: 'Abcdef1!é',
      confirmation: null,
      messages: ['Password contains 1 invalid character (é)'],
      attributes: ['password'],
    },
    {
      name: 'invalid characters counted, listed once each',
      password: 'Abcdef1!éé€\t',
      confirmation: null,
      messages: ['Password contains 4 invalid characters (é, €, \t)'],
      attributes: ['password'],
    },
    {
      name: "Chatwoot's test123 example",
      password: 'test123',
      messages: [pw(RULE.upper), pw(RULE.special), pwc(RULE.upper), pwc(RULE.special)],
      attributes: ['password', 'password_confirmation'],
    },
    {
      name: 'everything missing, in the gem order',
      password: 'é',
      confirmation: null,
      messages: [
        pw(RULE.short),
        pw(RULE.upper),
        pw(RULE.lower),
        pw(RULE.number),
        pw(RULE.special),
        'Password contains 1 invalid character (é)',
      ],
      attributes: ['password'],
    },
    {
      name: 'confirmation mismatch',
      password: 'Password2!',
      confirmation: 'Password3!',
      messages: [MISMATCH],
      attributes: ['password_confirmation'],
    },
    {
      name: 'empty confirmation is checked too',
      password: 'Password2!',
      confirmation: '',
      messages: [
        pwc(RULE.short),
        pwc(RULE.upper),
        pwc(RULE.lower),
        pwc(RULE.number),
        pwc(RULE.special),
        MISMATCH,
      ],
      attributes: ['password_confirmation'],
    },
    {
      name: 'weak confirmation of a good password',
      password: 'Password2!',
      confirmation: 'password',
      messages: [pwc(RULE.upper), pwc(RULE.number), pwc(RULE.special), MISMATCH],
      attributes: ['password_confirmation'],
    },
  ];
  for (const c of cases) {
    test(`${c.name} -> 422`, async () => {
      const profile: Record<string, unknown> = { current_password: DEMO_PASSWORD, password: c.password };
      const confirmation = c.confirmation === undefined ? c.password : c.confirmation;
      if (confirmation !== null) profile.password_confirmation = confirmation;
      const { status, body } = await server.call('PUT', '/api/v1/profile', { json: { profile } });
      assert.equal(status, 422);
      assert.deepEqual(body, invalid(c.messages, c.attributes));
    });
  }

  test('wrong current password -> 422 {error}, checked before anything else, nothing saved', async () => {
    const { status, body } = await server.call('PUT', '/api/v1/profile', {
      json: {
        profile: {
          current_password: 'Wrong1!',
          password: 'x',
          password_confirmation: 'y',
          email: 'bad',
          name: 'Changed',
        },
      },
    });
    assert.equal(status, 422);
    assert.deepEqual(body, { error: 'Invalid current password' });
    assert.equal((await server.call('GET', '/api/v1/profile')).body.name, 'Jane Doe');
  });

  test('missing current password -> 422 {error}', async () => {
    const { status, body } = await server.call('PUT', '/api/v1/profile', {
      json: { profile: { password: 'Password2!', password_confirmation: 'Password2!' } },
    });
    assert.equal(status, 422);
    assert.deepEqual(body, { error: 'Invalid current password' });
  });
});

describe('PUT /api/v1/profile: a successful password change', () => {
  let server: TestServer;
  beforeEach(async () => (server = await startTestServer()));
  afterEach(() => server.close());

  const change = (current: string, next: string, extra: Record<string, unknown> = {}) =>
    server.call('PUT', '/api/v1/profile', {
      json: { profile: { current_password: current, password: next, password_confirmation: next, ...extra } },
    });

  test('rotates pubsub_token, keeps the access token and the other fields', async () => {
    const before = (await server.call('GET', '/api/v1/profile')).body;
    const { status, body } = await change(DEMO_PASSWORD, 'New pass 1');
    assert.equal(status, 200);
    assert.notEqual(body.pubsub_token, before.pubsub_token);
    assert.equal(body.access_token, before.access_token);
    assert.equal(body.display_name, 'Jane');
    // the new password is now the current one, the old one is not
    assert.deepEqual((await change(DEMO_PASSWORD, 'Other1!x')).body, { error: 'Invalid current password' });
    assert.equal((await change('New pass 1', 'Other1!x')).status, 200);
  });

  test('boundaries: 6 and 128 characters, space as the special character, no confirmation', async () => {
    assert.equal((await change(DEMO_PASSWORD, 'Ab1 cd')).status, 200);
    const max = `Aa1!${'x'.repeat(124)}`;
    assert.equal((await change('Ab1 cd', max)).status, 200);
    const lone = await server.call('PUT', '/api/v1/profile', {
      json: { profile: { current_password: max, password: `${SPECIAL}Aa1` } },
    });
    assert.equal(lone.status, 200);
  });

  test('the password step is saved even when the profile step then fails', async () => {
    const { status, body } = await change(DEMO_PASSWORD, 'Password2!', { name: 'n'.repeat(256) });
    assert.equal(status, 422);
    assert.deepEqual(body, invalid(['Name is too long (maximum is 255 characters)'], ['name']));
    assert.equal((await change('Password2!', 'Password3!')).status, 200);
  });

  test('multipart password change', async () => {
    const form = profileForm({
      current_password: DEMO_PASSWORD,
      password: 'Password9!',
      password_confirmation: 'Password9!',
    });
    assert.equal((await server.call('PUT', '/api/v1/profile', { body: form })).status, 200);
    assert.equal((await change('Password9!', 'Password8!')).status, 200);
  });
});

describe('avatar (§3.6)', () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.close());

  const upload = (data: Buffer, type: string, fields: Record<string, string> = {}) =>
    server.call('PUT', '/api/v1/profile', { body: profileForm(fields, { data, type, name: 'avatar.bin' }) });

  for (const [kind, type] of [
    ['png', 'image/png'],
    ['jpeg', 'image/jpeg'],
    ['gif', 'image/gif'],
    ['jpeg', 'image/jpg'],
    ['png', 'application/octet-stream'],
  ] as const) {
    test(`accepts ${kind} declared as ${type}, served back at avatar_url`, async () => {
      const { status, body } = await upload(IMAGES[kind], type, { name: 'Jane Doe' });
      assert.equal(status, 200, JSON.stringify(body));
      assert.ok(body.avatar_url.startsWith(`${server.url}/avatars/`), body.avatar_url);
      const image = await fetch(body.avatar_url);
      assert.equal(image.status, 200);
      assert.equal(image.headers.get('content-type'), `image/${kind}`);
      assert.deepEqual(Buffer.from(await image.arrayBuffer()), IMAGES[kind]);
    });
  }

  const TYPE = 'Avatar filetype not supported';
  const refused: { name: string; data: Buffer; type: string; messages: string[] }[] = [
    { name: 'WebP', data: IMAGES.webp, type: 'image/webp', messages: [TYPE] },
    { name: 'WebP declared as PNG (bytes decide)', data: IMAGES.webp, type: 'image/png', messages: [TYPE] },
    { name: 'PNG bytes declared as text', data: IMAGES.png, type: 'text/plain', messages: [TYPE] },
    { name: 'a text file', data: Buffer.from('hello'), type: 'image/png', messages: [TYPE] },
    { name: 'an empty file', data: Buffer.alloc(0), type: 'image/png', messages: [TYPE] },
    {
      name: 'a PNG over 15 MB',
      data: Buffer.concat([IMAGES.png, Buffer.alloc(15 * 1024 * 1024 + 1 - IMAGES.png.length)]),
      type: 'image/png',
      messages: ['Avatar is too big'],
    },
    {
      name: 'a non-image over 15 MB',
      data: Buffer.alloc(15 * 1024 * 1024 + 1),
      type: 'application/pdf',
      messages: ['Avatar is too big', TYPE],
    },
  ];
  for (const c of refused) {
    test(`refuses ${c.name} -> 422`, async () => {
      const before = (await server.call('GET', '/api/v1/profile')).body.avatar_url;
      const { status, body } = await upload(c.data, c.type, { display_name: 'Not saved' });
      assert.equal(status, 422);
      assert.deepEqual(body, invalid(c.messages, ['avatar']));
      const after = (await server.call('GET', '/api/v1/profile')).body;
      assert.equal(after.avatar_url, before);
      assert.equal(after.display_name, 'Jane');
    });
  }

  test('exactly 15 MB is accepted', async () => {
    const data = Buffer.concat([IMAGES.png, Buffer.alloc(15 * 1024 * 1024 - IMAGES.png.length)]);
    assert.equal((await upload(data, 'image/png')).status, 200);
  });

  test('a new upload gets a new URL; the old one is gone', async () => {
    const first = (await upload(IMAGES.png, 'image/png')).body.avatar_url;
    const second = (await upload(IMAGES.gif, 'image/gif')).body.avatar_url;
    assert.notEqual(first, second);
    assert.equal((await fetch(first)).status, 404);
  });

  test('DELETE /api/v1/profile/avatar clears it (and is fine when there is none)', async () => {
    const url = (await upload(IMAGES.png, 'image/png')).body.avatar_url;
    for (let i = 0; i < 2; i += 1) {
      const { status, body } = await server.call('DELETE', '/api/v1/profile/avatar');
      assert.equal(status, 200);
      assert.equal(body.avatar_url, '');
      assert.equal(body.email, 'agent@example.com');
    }
    const gone = await fetch(url);
    assert.equal(gone.status, 404);
    assert.deepEqual(await gone.json(), { error: 'Not Found' });
  });
});

describe('membership routes (§1.4)', () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.close());

  const NOT_FOUND = { error: 'Resource could not be found' };
  const MISSING = { error: 'param is missing or the value is empty: profile' };
  const cases: {
    name: string;
    method: string;
    path: string;
    json: unknown;
    status: number;
    expect?: unknown;
    check?: (body: Reply['body']) => void;
  }[] = [
    {
      name: 'availability busy',
      method: 'POST',
      path: '/api/v1/profile/availability',
      json: { profile: { account_id: 1, availability: 'busy' } },
      status: 200,
      check: (b) => assert.equal(b.accounts[0].availability, 'busy'),
    },
    {
      name: 'availability by string id',
      method: 'POST',
      path: '/api/v1/profile/availability',
      json: { profile: { account_id: '1', availability: 'offline' } },
      status: 200,
      check: (b) => assert.equal(b.accounts[0].availability, 'offline'),
    },
    {
      name: 'availability, invalid value',
      method: 'POST',
      path: '/api/v1/profile/availability',
      json: { profile: { account_id: 1, availability: 'away' } },
      status: 500,
      expect: { error: "'away' is not a valid availability" },
    },
    {
      name: 'availability, foreign account',
      method: 'POST',
      path: '/api/v1/profile/availability',
      json: { profile: { account_id: 2, availability: 'busy' } },
      status: 404,
      expect: NOT_FOUND,
    },
    {
      name: 'availability, unknown account',
      method: 'POST',
      path: '/api/v1/profile/availability',
      json: { profile: { account_id: 999, availability: 'busy' } },
      status: 404,
      expect: NOT_FOUND,
    },
    {
      name: 'availability, no profile key',
      method: 'POST',
      path: '/api/v1/profile/availability',
      json: { account_id: 1 },
      status: 422,
      expect: MISSING,
    },
    {
      name: 'auto_offline false: status follows availability',
      method: 'POST',
      path: '/api/v1/profile/auto_offline',
      json: { profile: { account_id: 1, auto_offline: false } },
      status: 200,
      check: (b) => {
        assert.equal(b.accounts[0].auto_offline, false);
        assert.equal(b.accounts[0].availability_status, b.accounts[0].availability);
      },
    },
    {
      name: 'auto_offline "true"',
      method: 'POST',
      path: '/api/v1/profile/auto_offline',
      json: { profile: { account_id: 1, auto_offline: 'true' } },
      status: 200,
      check: (b) => assert.equal(b.accounts[0].auto_offline, true),
    },
    {
      name: 'auto_offline missing means false',
      method: 'POST',
      path: '/api/v1/profile/auto_offline',
      json: { profile: { account_id: 1 } },
      status: 200,
      check: (b) => assert.equal(b.accounts[0].auto_offline, false),
    },
    {
      name: 'auto_offline, foreign account',
      method: 'POST',
      path: '/api/v1/profile/auto_offline',
      json: { profile: { account_id: 2, auto_offline: true } },
      status: 404,
      expect: NOT_FOUND,
    },
    {
      name: 'set_active_account',
      method: 'PUT',
      path: '/api/v1/profile/set_active_account',
      json: { profile: { account_id: 1 } },
      status: 200,
      expect: null,
    },
    {
      name: 'set_active_account, foreign account',
      method: 'PUT',
      path: '/api/v1/profile/set_active_account',
      json: { profile: { account_id: 2 } },
      status: 500,
      expect: { error: 'No membership in account 2' },
    },
    {
      name: 'set_active_account, no profile key',
      method: 'PUT',
      path: '/api/v1/profile/set_active_account',
      json: {},
      status: 422,
      expect: MISSING,
    },
    {
      name: 'resend_confirmation',
      method: 'POST',
      path: '/api/v1/profile/resend_confirmation',
      json: undefined,
      status: 200,
      expect: null,
    },
  ];
  for (const c of cases) {
    test(`${c.name} -> ${c.status}`, async () => {
      const { status, body } = await server.call(
        c.method,
        c.path,
        c.json === undefined ? {} : { json: c.json },
      );
      assert.equal(status, c.status, JSON.stringify(body));
      if ('expect' in c) assert.deepEqual(body, c.expect);
      c.check?.(body);
    });
  }

  test('set_active_account stamps active_at', async () => {
    await server.call('PUT', '/api/v1/profile/set_active_account', { json: { profile: { account_id: 1 } } });
    const { body } = await server.call('GET', '/api/v1/profile');
    assert.ok(!Number.isNaN(Date.parse(body.accounts[0].active_at)), body.accounts[0].active_at);
    assert.equal(body.account_id, 1);
  });
});
