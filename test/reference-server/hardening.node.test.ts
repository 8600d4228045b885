/**
 * The reference server's own defences, over real HTTP: security headers, the per-user throttle of
 * current-password checks, the scrypt queue, today's scrypt cost (and the upgrade of older hashes),
 * multipart limits, and a database locked by another connection.
 */
import assert from 'node:assert/strict';
import { randomBytes, scryptSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { SCRYPT_COST, type ServerOptions } from '@profile-elements/reference-server';
import { ConcurrencyLimit } from '../../packages/reference-server/src/security/concurrency-limit.js';
import { PasswordThrottle } from '../../packages/reference-server/src/security/password-throttle.js';
import { IMAGES, profileForm, startTestServer, type TestServer } from './helpers.js';

const PROFILE = '/api/v1/profile';
const DEMO_PASSWORD = 'Password1!';
const WRONG = { error: 'Invalid current password' };
const TOO_LARGE = { error: 'Request body is too large' };
const ONE_FILE_ONLY = { error: 'Only one file, in profile[avatar], is accepted' };
const TODAYS_PREFIX = `scrypt$${SCRYPT_COST.N}$${SCRYPT_COST.r}$${SCRYPT_COST.p}$`;

const tempDirs: string[] = [];
after(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const tempDataFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'reference-server-hardening-'));
  tempDirs.push(dir);
  return join(dir, 'data.sqlite');
};

/** A server on its own data file, which the test may open beside it (`db`). */
async function startFileServer(options: ServerOptions = {}) {
  const dataFile = tempDataFile();
  const server = await startTestServer({ dataFile, ...options });
  const db = new Database(dataFile);
  const close = async () => {
    db.close();
    await server.close();
  };
  return { server, db, close };
}

const storedHash = (db: Database.Database, email = 'agent@example.com') =>
  (
    db.prepare('SELECT encrypted_password FROM users WHERE email = ?').get(email) as {
      encrypted_password: string;
    }
  ).encrypted_password;

/** A hash in the stored format at a chosen cost, as an older version of the server wrote them. */
function hashAtCost(password: string, N: number): string {
  const salt = randomBytes(16);
  const key = scryptSync(password, salt, 64, { N, r: 8, p: 1, maxmem: 256 * 1024 * 1024 });
  return ['scrypt', N, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
}

const passwordChange = (current: string, next: string, confirmation = next) => ({
  json: { profile: { current_password: current, password: next, password_confirmation: confirmation } },
});

describe('security headers', () => {
  let server: TestServer;
  before(async () => (server = await startTestServer({ faults: true })));
  after(() => server.close());
  afterEach(() => server.faults!.clear());

  const apiCases: {
    name: string;
    method: string;
    path: string;
    init?: Parameters<TestServer['call']>[2];
    status: number;
  }[] = [
    { name: 'a profile', method: 'GET', path: PROFILE, status: 200 },
    { name: 'no token', method: 'GET', path: PROFILE, init: { token: null }, status: 401 },
    {
      name: 'a validation error',
      method: 'PUT',
      path: PROFILE,
      init: { json: { profile: { email: '' } } },
      status: 422,
    },
    {
      name: 'a broken body',
      method: 'PUT',
      path: PROFILE,
      init: { body: '{', headers: { 'content-type': 'application/json' } },
      status: 400,
    },
    { name: 'an empty 200', method: 'POST', path: '/api/v1/profile/resend_confirmation', status: 200 },
    { name: 'an unknown API route', method: 'GET', path: '/api/v1/nothing', status: 404 },
  ];
  for (const c of apiCases) {
    test(`API answers carry no-store and nosniff: ${c.name} (${c.status})`, async () => {
      const reply = await server.call(c.method, c.path, c.init);
      assert.equal(reply.status, c.status);
      assert.equal(reply.headers.get('cache-control'), 'no-store');
      assert.equal(reply.headers.get('x-content-type-options'), 'nosniff');
    });
  }

  test('so do faulted API answers', async () => {
    server.faults!.inject({ kind: 'error', method: 'GET', path: PROFILE, phase: 'after' });
    const reply = await server.call('GET', PROFILE);
    assert.equal(reply.status, 500);
    assert.equal(reply.headers.get('cache-control'), 'no-store');
    assert.equal(reply.headers.get('x-content-type-options'), 'nosniff');
  });

  test('avatar files are inert, cacheable and embeddable from other origins', async () => {
    const upload = await server.call('PUT', PROFILE, {
      body: profileForm({}, { data: IMAGES.png, type: 'image/png' }),
    });
    assert.equal(upload.status, 200);
    const response = await fetch(upload.body.avatar_url);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'image/png');
    assert.equal(response.headers.get('content-security-policy'), "default-src 'none'; sandbox");
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('cross-origin-resource-policy'), 'cross-origin');
    // Not an API answer: the immutable caching stays.
    assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.deepEqual(Buffer.from(await response.arrayBuffer()), IMAGES.png);
  });
});

describe('throttle of current-password checks (ours)', () => {
  const ATTEMPTS = 3;
  const WINDOW_MS = 1500;
  const throttled = { passwordThrottle: { attempts: ATTEMPTS, windowMs: WINDOW_MS } };

  const assertTooMany = (reply: Awaited<ReturnType<TestServer['call']>>) => {
    assert.equal(reply.status, 429);
    const seconds = Number(reply.headers.get('retry-after'));
    assert.ok(
      Number.isInteger(seconds) && seconds >= 1 && seconds <= Math.ceil(WINDOW_MS / 1000),
      `${seconds}`,
    );
    assert.deepEqual(reply.body, {
      error: `Too many attempts. Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
    });
    assert.match(reply.headers.get('content-type') ?? '', /application\/json/);
    return seconds;
  };

  test('after the allowed wrong ones, even the right password waits; after the window it works', async () => {
    const server = await startTestServer(throttled);
    try {
      for (let i = 0; i < ATTEMPTS; i += 1) {
        const reply = await server.call('PUT', PROFILE, passwordChange('Wrong1!x', 'Password2!'));
        assert.equal(reply.status, 422);
        assert.deepEqual(reply.body, WRONG);
      }
      const right = await server.call('PUT', PROFILE, passwordChange(DEMO_PASSWORD, 'Password2!'));
      const seconds = assertTooMany(right);
      assertTooMany(await server.call('PUT', PROFILE, passwordChange('Wrong1!x', 'Password2!')));

      // No permanent lockout: once Retry-After has passed, the right password goes through.
      await sleep(seconds * 1000 + 50);
      assert.equal(
        (await server.call('PUT', PROFILE, passwordChange(DEMO_PASSWORD, 'Password2!'))).status,
        200,
      );
      // Only the password step is throttled: the rest of the profile never was.
      assert.equal((await server.call('PUT', PROFILE, { json: { profile: { name: 'Jo' } } })).status, 200);
    } finally {
      await server.close();
    }
  });

  test('a right password forgets the wrong ones before it', async () => {
    const server = await startTestServer(throttled);
    try {
      const wrong = () => server.call('PUT', PROFILE, passwordChange('Wrong1!x', 'Password3!'));
      for (let i = 0; i < ATTEMPTS - 1; i += 1) assert.equal((await wrong()).status, 422);
      assert.equal(
        (await server.call('PUT', PROFILE, passwordChange(DEMO_PASSWORD, 'Password2!'))).status,
        200,
      );
      // Counted afresh: as many wrong ones as allowed, then the throttle.
      for (let i = 0; i < ATTEMPTS; i += 1) assert.deepEqual((await wrong()).body, WRONG);
      assertTooMany(await wrong());
    } finally {
      await server.close();
    }
  });

  test('counted per user: one user throttled does not hold back another', async () => {
    const { server, db, close } = await startFileServer(throttled);
    try {
      for (let i = 0; i < ATTEMPTS; i += 1)
        await server.call('PUT', PROFILE, passwordChange('Wrong1!x', 'Password2!'));
      assertTooMany(await server.call('PUT', PROFILE, passwordChange(DEMO_PASSWORD, 'Password2!')));

      const other = db
        .prepare('SELECT t.token FROM access_tokens t JOIN users u ON u.id = t.user_id WHERE u.email = ?')
        .get('taken@example.com') as { token: string };
      const reply = await server.call('PUT', PROFILE, {
        token: other.token,
        ...passwordChange(DEMO_PASSWORD, 'Password2!'),
      });
      assert.equal(reply.status, 200);
      assert.equal(reply.body.email, 'taken@example.com');
    } finally {
      await close();
    }
  });

  test('simultaneous guesses cannot slip past: checks in flight count', async () => {
    const server = await startTestServer(throttled);
    try {
      const replies = await Promise.all(
        Array.from({ length: 8 }, () =>
          server.call('PUT', PROFILE, passwordChange('Wrong1!x', 'Password2!')),
        ),
      );
      const statuses = replies.map((r) => r.status).sort();
      assert.deepEqual(statuses, [...Array(ATTEMPTS).fill(422), ...Array(8 - ATTEMPTS).fill(429)]);
    } finally {
      await server.close();
    }
  });

  test('the option is checked', async () => {
    await assert.rejects(startTestServer({ passwordThrottle: { attempts: 0, windowMs: 1000 } }), RangeError);
  });
});

describe('scrypt queue', () => {
  // Its size is the thread pool's minus one; with a single thread there is nothing to keep free.
  const poolSize = Number(process.env.UV_THREADPOOL_SIZE) || 4;

  test(
    'a flood of password checks leaves libuv a thread for everything else, and the API answering',
    { skip: poolSize < 2 && 'UV_THREADPOOL_SIZE is 1' },
    async () => {
      const FLOOD = poolSize + 1;
      const server = await startTestServer({
        passwordHashCost: SCRYPT_COST,
        passwordThrottle: { attempts: 1000, windowMs: 60_000 },
      });
      try {
        // Today's cost on the stored hash, so each check takes a real scrypt's time.
        assert.equal(
          (await server.call('PUT', PROFILE, passwordChange(DEMO_PASSWORD, 'Password2!'))).status,
          200,
        );

        const started = performance.now();
        let firstAnswerMs = Infinity;
        let answered = 0;
        const flood = Array.from({ length: FLOOD }, () =>
          server.call('PUT', PROFILE, passwordChange('Wrong1!x', 'Password3!')).then((reply) => {
            firstAnswerMs = Math.min(firstAnswerMs, performance.now() - started);
            answered += 1;
            return reply;
          }),
        );

        // A GET needs no thread: it answers while the checks are still queued.
        const get = await server.call('GET', PROFILE);
        assert.equal(get.status, 200);
        const answeredBeforeGet = answered;

        // The file system (and DNS, and other crypto) share libuv's pool with scrypt, in this very
        // process. Without the queue, every thread would be hashing and each stat() would wait
        // for a hash to finish; with it, one thread stays free and stat() answers at once.
        const probeMs: number[] = [];
        while (answered < FLOOD) {
          const t = performance.now();
          await stat(import.meta.dirname);
          probeMs.push(performance.now() - t);
          await sleep(5);
        }
        const replies = await Promise.all(flood);
        assert.ok(replies.every((r) => r.status === 422));
        assert.ok(answeredBeforeGet < FLOOD, 'the GET answered before the last password check');
        const slowestProbe = Math.max(...probeMs);
        assert.ok(
          slowestProbe < firstAnswerMs / 2,
          `a file-system call waited ${Math.round(slowestProbe)} ms; one scrypt took about ${Math.round(firstAnswerMs)} ms`,
        );
      } finally {
        await server.close();
      }
    },
  );
});

describe('the pieces, alone', () => {
  test('ConcurrencyLimit runs at most max tasks, the others first come, first served', async () => {
    const limit = new ConcurrencyLimit(2);
    const started: number[] = [];
    const finish: (() => void)[] = [];
    const tasks = [0, 1, 2, 3, 4].map((i) =>
      limit.run(async () => {
        started.push(i);
        await new Promise<void>((resolve) => (finish[i] = resolve));
        return i;
      }),
    );
    await sleep(1);
    assert.deepEqual(started, [0, 1]);
    assert.equal(limit.waiting, 3);
    finish[1]!();
    await sleep(1);
    // A newcomer queues behind the waiting ones.
    const late = limit.run(async () => (started.push(5), 5));
    finish[0]!();
    await sleep(1);
    assert.deepEqual(started, [0, 1, 2, 3]);
    for (const i of [2, 3, 4]) {
      finish[i]!();
      await sleep(1);
    }
    assert.deepEqual(await Promise.all([...tasks, late]), [0, 1, 2, 3, 4, 5]);
    assert.deepEqual(started, [0, 1, 2, 3, 4, 5]);
    assert.equal(limit.running, 0);
  });

  test('PasswordThrottle: a sliding window, Retry-After from the oldest counted failure', () => {
    let now = 0;
    const throttle = new PasswordThrottle({ attempts: 2, windowMs: 10_000 }, () => now);
    const guess = (correct: boolean | undefined) => {
      const decision = throttle.begin(1);
      if (decision.allowed) decision.settle(correct);
      return decision.allowed ? 'allowed' : decision.retryAfterSeconds;
    };
    assert.equal(guess(false), 'allowed'); // t = 0
    now = 4000;
    assert.equal(guess(undefined), 'allowed'); // no verdict (an error): not counted
    assert.equal(guess(false), 'allowed'); // t = 4 s
    assert.equal(guess(true), 6); // the first failure leaves the window at t = 10 s
    now = 10_001;
    assert.equal(guess(false), 'allowed'); // one failure (t = 4 s) left, then this one
    assert.equal(guess(false), 4); // t = 4 s leaves at 14 s: 3.999 s, rounded up
    now = 14_001;
    assert.equal(guess(true), 'allowed');
    assert.equal(guess(false), 'allowed'); // the right one forgot everything
    assert.equal(guess(false), 'allowed');
    const other = throttle.begin(2);
    assert.ok(other.allowed, 'another user is not held back');
  });
});

describe("scrypt at today's cost, older hashes upgraded", () => {
  // The default cost, as the command line runs it (the shared test helper lowers it).
  const todays = { passwordHashCost: SCRYPT_COST };

  test('the seed uses the old cost (its password is public anyway); a new password gets N=2^17, r=8, p=1', async () => {
    const { server, db, close } = await startFileServer(todays);
    try {
      assert.match(storedHash(db), /^scrypt\$16384\$8\$1\$/);
      assert.equal(
        (await server.call('PUT', PROFILE, passwordChange(DEMO_PASSWORD, 'Password2!'))).status,
        200,
      );
      assert.ok(storedHash(db).startsWith(TODAYS_PREFIX), storedHash(db));
    } finally {
      await close();
    }
  });

  test('an old-cost hash verifies, and a right check that changes nothing upgrades it', async () => {
    const { server, db, close } = await startFileServer(todays);
    try {
      const old = hashAtCost('Old-pass1!', 2 ** 13);
      db.prepare('UPDATE users SET encrypted_password = ? WHERE email = ?').run(old, 'agent@example.com');
      const before = await server.call('GET', PROFILE);

      // The right current password, a new one the rules refuse: nothing changes but the hash's cost.
      const refused = await server.call('PUT', PROFILE, passwordChange('Old-pass1!', 'weak'));
      assert.equal(refused.status, 422);
      assert.notDeepEqual(refused.body, WRONG);
      const upgraded = storedHash(db);
      assert.notEqual(upgraded, old);
      assert.ok(upgraded.startsWith(TODAYS_PREFIX), upgraded);
      // Still the same password: no new pubsub token, and it still opens the password step.
      assert.equal((await server.call('GET', PROFILE)).body.pubsub_token, before.body.pubsub_token);
      assert.equal(
        (await server.call('PUT', PROFILE, passwordChange('Old-pass1!', 'Password2!'))).status,
        200,
      );
    } finally {
      await close();
    }
  });

  test('a wrong password leaves an old-cost hash alone; a change from it stores today’s cost', async () => {
    const { server, db, close } = await startFileServer(todays);
    try {
      const old = hashAtCost('Old-pass1!', 2 ** 14);
      db.prepare('UPDATE users SET encrypted_password = ? WHERE email = ?').run(old, 'agent@example.com');
      assert.deepEqual(
        (await server.call('PUT', PROFILE, passwordChange('Wrong1!x', 'Password2!'))).body,
        WRONG,
      );
      assert.equal(storedHash(db), old);
      assert.equal(
        (await server.call('PUT', PROFILE, passwordChange('Old-pass1!', 'Password2!'))).status,
        200,
      );
      assert.ok(storedHash(db).startsWith(TODAYS_PREFIX), storedHash(db));
    } finally {
      await close();
    }
  });

  test('a malformed stored hash never matches (and is no 500)', async () => {
    const { server, db, close } = await startFileServer(todays);
    try {
      db.prepare('UPDATE users SET encrypted_password = ? WHERE email = ?').run(
        'scrypt$3$8$1$c2FsdA==$aGFzaA==',
        'agent@example.com',
      );
      assert.deepEqual((await server.call('PUT', PROFILE, passwordChange('x', 'Password2!'))).body, WRONG);
    } finally {
      await close();
    }
  });
});

describe('multipart limits', () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.close());

  const put = (form: FormData) => server.call('PUT', PROFILE, { body: form });
  const file = (data: Buffer = IMAGES.png) => new Blob([new Uint8Array(data)], { type: 'image/png' });

  test('a file in any field but profile[avatar] -> 400, nothing saved', async () => {
    for (const field of ['profile[cover]', 'avatar', 'profile[name]']) {
      const form = profileForm({ display_name: 'Changed' });
      form.append(field, file(), 'x.png');
      const reply = await put(form);
      assert.equal(reply.status, 400, field);
      assert.deepEqual(reply.body, ONE_FILE_ONLY);
    }
    assert.equal((await server.call('GET', PROFILE)).body.display_name, 'Jane');
  });

  test('a second avatar file -> 400, nothing saved', async () => {
    const form = profileForm({ display_name: 'Changed' }, { data: IMAGES.png, type: 'image/png' });
    form.append('profile[avatar]', file(IMAGES.gif), 'second.gif');
    const reply = await put(form);
    assert.equal(reply.status, 400);
    assert.deepEqual(reply.body, ONE_FILE_ONLY);
    const profile = (await server.call('GET', PROFILE)).body;
    assert.equal(profile.avatar_url, '');
    assert.equal(profile.display_name, 'Jane');
  });

  test('a big file in a foreign field is refused at once and the connection stays usable', async () => {
    const form = new FormData();
    form.append('profile[cover]', file(Buffer.alloc(20 * 1024 * 1024, 1)), 'big.bin');
    form.append('profile[name]', 'After the file');
    const reply = await put(form);
    assert.equal(reply.status, 400);
    assert.deepEqual(reply.body, ONE_FILE_ONLY);
    const next = await server.call('GET', PROFILE);
    assert.equal(next.status, 200);
    assert.equal(next.body.name, 'Jane Doe');
  });

  test('20 text fields are read; a 21st -> 413', async () => {
    const form = (count: number) => {
      const f = new FormData();
      f.append('profile[name]', 'Many Fields');
      for (let i = 1; i < count; i += 1) f.append(`profile[ui_settings][k${i}]`, String(i));
      return f;
    };
    const ok = await put(form(20));
    assert.equal(ok.status, 200);
    assert.equal(Object.keys(ok.body.ui_settings).length, 19);
    const tooMany = await put(form(21));
    assert.equal(tooMany.status, 413);
    assert.deepEqual(tooMany.body, TOO_LARGE);
  });
});

describe('a database locked by another connection (ours: 503)', () => {
  const assertBusy = (reply: Awaited<ReturnType<TestServer['call']>>) => {
    assert.equal(reply.status, 503);
    assert.equal(reply.headers.get('retry-after'), '1');
    assert.deepEqual(reply.body, { error: 'The database is busy. Try again in 1 second.' });
    assert.equal(reply.headers.get('cache-control'), 'no-store');
  };

  for (const { name, options, boundMs } of [
    { name: 'an injected busy timeout of 100 ms', options: { busyTimeout: 100 }, boundMs: 2500 },
    // better-sqlite3's own default would stall every request for 5 s.
    { name: 'the default busy timeout', options: {}, boundMs: 4500 },
  ]) {
    test(`with ${name}, a write answers 503 with Retry-After, soon; reads go on; the write works once the lock goes`, async () => {
      const { server, db, close } = await startFileServer(options);
      try {
        db.exec('BEGIN EXCLUSIVE');
        const started = performance.now();
        const reply = await server.call('PUT', PROFILE, { json: { profile: { name: 'Locked Out' } } });
        const elapsed = performance.now() - started;
        assertBusy(reply);
        assert.ok(elapsed < boundMs, `answered after ${Math.round(elapsed)} ms`);
        // WAL: readers are not blocked by a writer.
        assert.equal((await server.call('GET', PROFILE)).body.name, 'Jane Doe');
        db.exec('ROLLBACK');

        const after = await server.call('PUT', PROFILE, { json: { profile: { name: 'Let In' } } });
        assert.equal(after.status, 200);
        assert.equal(after.body.name, 'Let In');
      } finally {
        if (db.inTransaction) db.exec('ROLLBACK');
        await close();
      }
    });
  }
});
