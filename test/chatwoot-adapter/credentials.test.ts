// ChatwootAdapter's credentials over real HTTP to a fresh reference server per test: a token source
// asked once and again on a 401, a reset whose reply is lost, the storage key, and the Web Lock
// around notification writes. Tokens are made stale the way they are in life: another adapter of
// the same user resets them on the server.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { ChatwootAdapter, type TokenSource } from '@profile-elements/chatwoot-adapter';
import { startReferenceServer, type ReferenceServer } from '../helpers/reference-server.js';
import { settingsErrorOf, everythingIn } from '../helpers/settings-error.js';

const urlOf = (input: RequestInfo | URL) => (input instanceof Request ? input.url : String(input));
const isReset = (input: RequestInfo | URL) => urlOf(input).endsWith('/reset_access_token');

/** A promise with its `resolve` outside, to hold a request open until the test lets it go. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** The global fetch, counting what goes through it. */
function countingFetch(): { fetch: typeof fetch; sent: string[] } {
  const sent: string[] = [];
  return {
    sent,
    fetch: (input, init) => {
      sent.push(`${init?.method ?? 'GET'} ${new URL(urlOf(input)).pathname}`);
      return fetch(input, init);
    },
  };
}

describe('ChatwootAdapter credentials', () => {
  let server: ReferenceServer;
  beforeEach(async () => {
    server = await startReferenceServer();
  });
  afterEach(async () => {
    await server?.stop();
  });

  /** Resets the demo user's token with an adapter of its own, leaving `server.demo.token` dead. */
  const resetElsewhere = () =>
    new ChatwootAdapter({ baseUrl: server.url, token: server.demo.token }).resetAccessToken();

  describe('a token source', () => {
    it('is asked once, before the first request, for all the calls of a page', async () => {
      const source = sinon.spy<TokenSource>(() => server.demo.token);
      const adapter = new ChatwootAdapter({ baseUrl: server.url, token: source });
      expect(source.callCount, 'asked before any call').to.equal(0);
      await Promise.all([
        adapter.loadProfile(),
        adapter.loadNotificationPreferences(),
        adapter.revealAccessToken(),
        adapter.storageKey(),
      ]);
      await adapter.updateProfile({ displayName: 'Once' });
      expect(source.args).to.deep.equal([[{ rejected: undefined }]]);
    });

    it('is asked again with the refused token on a 401, and the request is sent once more with the new one', async () => {
      let current = server.demo.token;
      const source = sinon.spy<TokenSource>(async () => current);
      const { fetch, sent } = countingFetch();
      const adapter = new ChatwootAdapter({ baseUrl: server.url, token: source, fetch });
      await adapter.loadProfile();
      current = await resetElsewhere();
      sent.length = 0;

      // A write: the 401 means nothing was applied, so sending it again is safe.
      expect((await adapter.updateProfile({ displayName: 'Renewed' })).displayName).to.equal('Renewed');
      expect(source.args).to.deep.equal([[{ rejected: undefined }], [{ rejected: server.demo.token }]]);
      expect(sent).to.deep.equal(['PUT /api/v1/profile', 'PUT /api/v1/profile']);
      expect(await adapter.revealAccessToken(), 'the new token is kept').to.equal(current);
    });

    it('is asked once for all the requests refused together', async () => {
      let current = server.demo.token;
      // Slow, as a session endpoint is: every refusal arrives while the renewal is under way.
      const source = sinon.spy<TokenSource>(async () => {
        await new Promise((resolve) => setTimeout(resolve, 100));
        return current;
      });
      const adapter = new ChatwootAdapter({ baseUrl: server.url, token: source });
      await adapter.loadProfile();
      current = await resetElsewhere();

      const [profile, prefs, token] = await Promise.all([
        adapter.updateProfile({ displayName: 'Together' }),
        adapter.loadNotificationPreferences(),
        adapter.revealAccessToken(),
        adapter.loadProfile(),
      ]);
      expect(profile.displayName).to.equal('Together');
      expect(prefs.events).to.have.length.above(0);
      expect(token).to.equal(current);
      expect(source.callCount, 'once at first, once for the renewal').to.equal(2);
    });

    it('giving the refused token again fails the call as auth, without sending it again', async () => {
      const source = sinon.spy<TokenSource>(() => server.demo.token);
      const { fetch, sent } = countingFetch();
      const adapter = new ChatwootAdapter({ baseUrl: server.url, token: source, fetch });
      await adapter.loadProfile();
      await resetElsewhere();
      sent.length = 0;

      const error = await settingsErrorOf(adapter.updateProfile({ displayName: 'Refused' }));
      expect(error.kind).to.equal('auth');
      expect(error.code).to.equal(undefined);
      expect(source.callCount).to.equal(2);
      expect(sent).to.deep.equal(['PUT /api/v1/profile']);
    });

    it('a renewed token that is refused too fails the call as auth, after one retry only', async () => {
      const tokens = ['first-wrong-token-123456', 'second-wrong-token-12345', 'third-wrong-token-123456'];
      const source = sinon.spy<TokenSource>(() => tokens.shift()!);
      const { fetch, sent } = countingFetch();
      const adapter = new ChatwootAdapter({ baseUrl: server.url, token: source, fetch });

      const error = await settingsErrorOf(adapter.loadProfile());
      expect(error.kind).to.equal('auth');
      expect(source.callCount).to.equal(2);
      expect(sent).to.deep.equal(['GET /api/v1/profile', 'GET /api/v1/profile']);
      expect(everythingIn(error)).not.to.match(/wrong-token/);
    });

    it('a source that throws fails the call as auth, a SettingsError as it is, and is asked again next time', async () => {
      const failing: TokenSource = () => {
        throw new Error('session expired');
      };
      const error = await settingsErrorOf(
        new ChatwootAdapter({ baseUrl: server.url, token: failing }).loadProfile(),
      );
      expect(error.kind).to.equal('auth');

      let calls = 0;
      const flaky: TokenSource = async () => {
        if (++calls === 1) {
          const { SettingsError } = await import('@profile-elements/core');
          throw new SettingsError('network', 'The session server could not be reached');
        }
        return server.demo.token;
      };
      const adapter = new ChatwootAdapter({ baseUrl: server.url, token: flaky });
      expect((await settingsErrorOf(adapter.loadProfile())).kind).to.equal('network');
      expect((await adapter.loadProfile()).email).to.equal(server.demo.email);
    });
  });

  it('a string token is never renewed: a 401 fails the call as auth after one request', async () => {
    const { fetch, sent } = countingFetch();
    const adapter = new ChatwootAdapter({ baseUrl: server.url, token: server.demo.token, fetch });
    await resetElsewhere();
    const error = await settingsErrorOf(adapter.updateProfile({ displayName: 'Nope' }));
    expect(error.kind).to.equal('auth');
    expect(error.code).to.equal(undefined);
    expect(sent).to.deep.equal(['PUT /api/v1/profile']);
  });

  it('a request refused while its own reset is in flight waits for the reset, then goes with the new token', async () => {
    const landed = gate();
    const refused = gate();
    const reply = gate();
    const held: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (isReset(input)) {
        landed.open();
        await reply.opened;
      } else if (response.status === 401) refused.open();
      return response;
    };
    const adapter = new ChatwootAdapter({ baseUrl: server.url, token: server.demo.token, fetch: held });
    const reset = adapter.resetAccessToken();
    await landed.opened;
    // The old token is dead on the server, but the reply that brings the new one is held back.
    const load = adapter.loadProfile();
    await refused.opened;
    // Long enough for a load that did not wait to fail; the load that waits is not hurried by it.
    await new Promise((resolve) => setTimeout(resolve, 100));
    reply.open();
    const token = await reset;
    expect((await load).email).to.equal(server.demo.email);
    expect(await adapter.revealAccessToken()).to.equal(token);
  });

  describe('a reset whose reply is lost', () => {
    /** Forwards the reset to the server, then loses the answer as a dropped connection does. */
    const losingTheReply: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (!isReset(input)) return response;
      await response.arrayBuffer();
      throw new TypeError('Failed to fetch');
    };

    /** Loses the reset's reply too, but keeps the new token it held: the host gets it another way. */
    const keepingTheLostToken = () => {
      let lost = '';
      const keeping: typeof fetch = async (input, init) => {
        const response = await fetch(input, init);
        if (!isReset(input)) return response;
        lost = ((await response.json()) as { access_token: string }).access_token;
        throw new TypeError('Failed to fetch');
      };
      return { fetch: keeping, lost: () => lost };
    };

    it('fails as auth with code token-replaced when it landed, and so do later calls', async () => {
      const adapter = new ChatwootAdapter({
        baseUrl: server.url,
        token: server.demo.token,
        fetch: losingTheReply,
      });
      const error = await settingsErrorOf(adapter.resetAccessToken());
      expect(error.kind).to.equal('auth');
      expect(error.code).to.equal('token-replaced');
      expect(error.retryable).to.equal(false);
      expect(everythingIn(error)).not.to.include(server.demo.token);

      const later = await settingsErrorOf(adapter.loadProfile());
      expect(later.kind).to.equal('auth');
      expect(later.code).to.equal('token-replaced');
      const write = await settingsErrorOf(adapter.updateNotificationPreferences({ audio: { volume: 0.5 } }));
      expect(write.code).to.equal('token-replaced');
      expect(everythingIn(later)).not.to.include(server.demo.token);
    });

    it('then a token source that has the new token carries on with it', async () => {
      // The page loses the reply; the host gets the new token another way (here: the test reads it).
      const { fetch: keeping, lost } = keepingTheLostToken();
      let signedIn = false;
      const source = sinon.spy<TokenSource>(() => (signedIn ? lost() : server.demo.token));
      const adapter = new ChatwootAdapter({ baseUrl: server.url, token: source, fetch: keeping });
      expect((await settingsErrorOf(adapter.resetAccessToken())).code).to.equal('token-replaced');
      expect((await settingsErrorOf(adapter.loadProfile())).code, 'before signing in').to.equal(
        'token-replaced',
      );
      signedIn = true;
      expect((await adapter.loadProfile()).email).to.equal(server.demo.email);
      expect(source.lastCall.args).to.deep.equal([{ rejected: server.demo.token }]);
    });

    it('resolves with the new token when the token source already has it (the host session)', async () => {
      const { fetch: keeping, lost } = keepingTheLostToken();
      const first = server.demo.token;
      const source = sinon.spy<TokenSource>(({ rejected }) => (rejected ? lost() : first));
      const adapter = new ChatwootAdapter({ baseUrl: server.url, token: source, fetch: keeping });
      expect(await adapter.resetAccessToken()).to.equal(lost());
      expect(lost()).not.to.equal(first);
      expect((await adapter.loadProfile()).email).to.equal(server.demo.email);
    });

    it('fails as network when it never reached the server, and the old token still works', async () => {
      let resets = 0;
      const unreachable: typeof fetch = async (input, init) => {
        if (isReset(input)) {
          resets++;
          throw new TypeError('Failed to fetch');
        }
        return fetch(input, init);
      };
      const adapter = new ChatwootAdapter({
        baseUrl: server.url,
        token: server.demo.token,
        fetch: unreachable,
      });
      const error = await settingsErrorOf(adapter.resetAccessToken());
      expect(error.kind).to.equal('network');
      expect(error.code).to.equal(undefined);
      expect(error.retryable).to.equal(true);
      expect(resets, 'a write is never retried').to.equal(1);
      expect((await adapter.loadProfile()).email).to.equal(server.demo.email);
      expect(await adapter.revealAccessToken()).to.equal(server.demo.token);
    });

    it('fails as network when the check cannot tell either', async () => {
      let down = false;
      const dropping: typeof fetch = async (input, init) => {
        if (down) throw new TypeError('Failed to fetch');
        const response = await fetch(input, init);
        if (!isReset(input)) return response;
        down = true;
        throw new TypeError('Failed to fetch');
      };
      const adapter = new ChatwootAdapter({ baseUrl: server.url, token: server.demo.token, fetch: dropping });
      const error = await settingsErrorOf(adapter.resetAccessToken());
      expect(error.kind).to.equal('network');
      expect(error.code).to.equal(undefined);
    });
  });

  describe('storageKey', () => {
    it('names the server and the user, stays the same across a token reset, and holds no token', async () => {
      const { fetch, sent } = countingFetch();
      const adapter = new ChatwootAdapter({ baseUrl: `${server.url}/`, token: server.demo.token, fetch });
      const [profile, key] = await Promise.all([adapter.loadProfile(), adapter.storageKey()]);
      expect(key).to.equal(`chatwoot:${server.url.replace(/\/$/, '')}#${profile.id}`);
      expect(sent, 'one profile read, shared').to.deep.equal(['GET /api/v1/profile']);

      const token = await adapter.resetAccessToken();
      expect(await adapter.storageKey()).to.equal(key);
      expect(key).not.to.include(server.demo.token);
      expect(key).not.to.include(token);
      expect(sent, 'no read once the id is known').to.have.length(2);

      const fresh = new ChatwootAdapter({ baseUrl: server.url, token });
      expect(await fresh.storageKey(), 'another adapter, without a trailing slash').to.equal(key);
    });

    it('leaves user info, query and fragment of the base URL out', async () => {
      const adapter = new ChatwootAdapter({
        baseUrl: 'https://user:secret@chat.example.com/app/?token=abc#x',
        token: 't',
        fetch: async () =>
          new Response(JSON.stringify({ id: 7, name: 'J', email: 'j@example.com' }), { status: 200 }),
      });
      expect(await adapter.storageKey()).to.equal('chatwoot:https://chat.example.com/app#7');
    });

    it('rejects with the AbortError of an aborted signal, sending nothing', async () => {
      const { fetch, sent } = countingFetch();
      const adapter = new ChatwootAdapter({ baseUrl: server.url, token: server.demo.token, fetch });
      const signal = AbortSignal.abort();
      expect(await adapter.storageKey({ signal }).catch((e: unknown) => e)).to.equal(signal.reason);
      await adapter.loadProfile();
      expect(await adapter.storageKey({ signal }).catch((e: unknown) => e)).to.equal(signal.reason);
      expect(sent).to.have.length(1);
    });
  });

  describe('notification writes under a Web Lock', () => {
    const lockName = () => `profile-elements:chatwoot:${server.url.replace(/\/$/, '')}:settings`;
    /** The real fetch, with reads slowed down so that unlocked read-merge-writes would interleave. */
    const slowReads: typeof fetch = async (input, init) => {
      if ((init?.method ?? 'GET') === 'GET') await new Promise((resolve) => setTimeout(resolve, 40));
      return fetch(input, init);
    };

    afterEach(() => sinon.restore());

    it('two adapters on one server writing different settings at once both keep their change', async () => {
      const request = sinon.spy(navigator.locks, 'request');
      const one = new ChatwootAdapter({ baseUrl: server.url, token: server.demo.token, fetch: slowReads });
      const two = new ChatwootAdapter({ baseUrl: server.url, token: server.demo.token, fetch: slowReads });
      const before = await one.loadNotificationPreferences();
      const event = before.events[0]!;

      await Promise.all([
        one.updateNotificationPreferences({
          email: { [event]: !before.email[event] },
          audio: { tone: 'bell' },
        }),
        two.updateNotificationPreferences({
          push: { [event]: !before.push[event] },
          audio: { volume: 0.3 },
        }),
      ]);
      const after = await one.loadNotificationPreferences();
      expect(after.email[event]).to.equal(!before.email[event]);
      expect(after.push[event]).to.equal(!before.push[event]);
      expect(after.audio).to.include({ tone: 'bell', volume: 0.3 });
      expect(request.args.map(([name]) => name)).to.deep.equal([lockName(), lockName()]);
    });

    it('rejects with the AbortError when aborted while waiting for the lock, and writes nothing', async () => {
      const adapter = new ChatwootAdapter({ baseUrl: server.url, token: server.demo.token });
      const release = gate();
      const taken = gate();
      const holder = navigator.locks.request(lockName(), () => (taken.open(), release.opened));
      await taken.opened;

      const controller = new AbortController();
      const write = adapter.updateNotificationPreferences(
        { audio: { volume: 0.1 } },
        { signal: controller.signal },
      );
      await new Promise((resolve) => setTimeout(resolve, 20));
      controller.abort();
      expect(await write.catch((e: unknown) => e)).to.equal(controller.signal.reason);
      release.open();
      await holder;
      expect((await adapter.loadNotificationPreferences()).audio.volume).to.equal(1);
    });

    it('writes without Web Locks where the browser has none', async () => {
      Object.defineProperty(navigator, 'locks', { value: undefined, configurable: true });
      try {
        const adapter = new ChatwootAdapter({ baseUrl: server.url, token: server.demo.token });
        expect(
          (await adapter.updateNotificationPreferences({ audio: { volume: 0.2 } })).audio.volume,
        ).to.equal(0.2);
      } finally {
        delete (navigator as { locks?: unknown }).locks;
      }
      expect(navigator.locks).to.be.an.instanceOf(LockManager);
    });
  });
});
