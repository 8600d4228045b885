// ChatwootAdapter against a fresh reference server per test, with its `fetch` wrapping the real one to
// play what the server cannot: a busy server (408/429/503 with Retry-After), answers that are web
// pages or redirects, and writes whose reply is lost (sent to the server, then the connection drops).
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { ChatwootAdapter } from '@profile-elements/chatwoot-adapter';
import { startReferenceServer, type ReferenceServer } from '../helpers/reference-server.js';
import { settingsErrorOf, everythingIn } from '../helpers/settings-error.js';

/** What a rule does with one request: answer in the server's place, lose the reply, or let it through. */
type Fate = Response | 'lose' | 'unsent' | undefined;

/** A 1×1 PNG the reference server accepts. */
const png = () =>
  new Blob(
    [
      Uint8Array.from(
        atob(
          'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
        ),
        (c) => c.charCodeAt(0),
      ),
    ],
    { type: 'image/png' },
  );

const busy = (status: number, retryAfter?: string) =>
  new Response('Retry later', {
    status,
    headers: retryAfter === undefined ? {} : { 'retry-after': retryAfter },
  });

const html = (status: number, options: { redirected?: boolean } = {}) => {
  const page = new Response('<!DOCTYPE html><html><body><form action="/sign_in"></form></body></html>', {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8' },
  });
  // A constructed Response is never `redirected`; a real one that followed a redirect is.
  return options.redirected ? Object.defineProperty(page, 'redirected', { value: true }) : page;
};

/** What fetch gives for a redirect under `redirect: 'manual'`, which a script cannot construct. */
const opaqueRedirect = () =>
  Object.defineProperties(new Response(null), {
    type: { value: 'opaqueredirect' },
    status: { value: 0 },
  });

describe('ChatwootAdapter hardening', () => {
  let server: ReferenceServer;
  beforeEach(async () => {
    server = await startReferenceServer();
  });
  afterEach(async () => {
    sinon.restore();
    await server?.stop();
  });

  /**
   * The real fetch, counting what goes through it (as `METHOD /path`), with `rule` deciding the fate
   * of each request: `lose` forwards it and then drops the reply, `unsent` fails it before it leaves.
   */
  function faulty(rule: (request: string, count: number) => Fate = () => undefined) {
    const sent: string[] = [];
    const fetcher: typeof fetch = async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      const request = `${init?.method ?? 'GET'} ${new URL(url).pathname}`;
      sent.push(request);
      const fate = rule(request, sent.filter((r) => r === request).length);
      if (fate === 'unsent') throw new TypeError('Failed to fetch');
      if (fate instanceof Response) return fate;
      const response = await fetch(input, init);
      if (fate !== 'lose') return response;
      await response.arrayBuffer();
      throw new TypeError('Failed to fetch');
    };
    return { fetch: fetcher, sent };
  }

  const adapterWith = (fetcher: typeof fetch, options: { retryDelay?: number; retries?: number } = {}) =>
    new ChatwootAdapter({
      baseUrl: server.url,
      token: server.demo.token,
      fetch: fetcher,
      retryDelay: 1,
      ...options,
    });

  const PROFILE = '/api/v1/profile';
  const GET = `GET ${PROFILE}`;
  const PUT = `PUT ${PROFILE}`;

  describe('a busy server', () => {
    it('429 with Retry-After: 1 on a read: waits the second, then tries again and succeeds', async () => {
      sinon.stub(Math, 'random').returns(0);
      const { fetch, sent } = faulty((request, n) =>
        request === GET && n === 1 ? busy(429, '1') : undefined,
      );
      const adapter = adapterWith(fetch);
      const timers = sinon.spy(globalThis, 'setTimeout');
      const started = performance.now();
      expect((await adapter.loadProfile()).email).to.equal(server.demo.email);
      expect(performance.now() - started, 'not before the second is over').to.be.at.least(990);
      expect(timers.args.map(([, ms]) => ms)).to.deep.equal([1000]);
      expect(sent).to.deep.equal([GET, GET]);
    });

    it('429 with a Retry-After over maxRetryAfter fails at once as busy, saying how long to wait', async () => {
      const { fetch, sent } = faulty((request) => (request === GET ? busy(429, '300') : undefined));
      const error = await settingsErrorOf(adapterWith(fetch).loadProfile());
      expect(error.kind).to.equal('busy');
      expect(error.retryAfter).to.equal(300);
      expect(error.retryable).to.equal(true);
      expect(error.status).to.equal(429);
      expect(error.message).to.equal('Too many requests: the server asks to wait');
      expect(sent).to.deep.equal([GET]);
    });

    it('reads Retry-After as an HTTP-date, and reports at most an hour', async () => {
      const in30s = new Date(Date.now() + 30_000).toUTCString();
      for (const [header, expected] of [
        [in30s, [29, 30, 31]],
        ['86400', [3600]],
      ] as const) {
        const { fetch } = faulty((request) => (request === GET ? busy(503, header) : undefined));
        const error = await settingsErrorOf(adapterWith(fetch).loadProfile());
        expect(error.kind).to.equal('busy');
        expect(expected).to.include(error.retryAfter);
      }
    });

    it('408 and 503 without Retry-After: reads retry with backoff; the last failure stands', async () => {
      for (const status of [408, 503]) {
        const { fetch, sent } = faulty((request) => (request === GET ? busy(status) : undefined));
        const error = await settingsErrorOf(adapterWith(fetch, { retries: 2 }).loadProfile());
        expect(error.kind).to.equal('busy');
        expect(error.retryAfter).to.equal(undefined);
        expect(sent).to.deep.equal([GET, GET, GET]);
      }
    });

    it('waits a random time up to the doubling bound (full jitter), and Retry-After plus jitter', async () => {
      sinon.stub(Math, 'random').onCall(0).returns(0.5).onCall(1).returns(0.9).onCall(2).returns(0.1);
      const failing: typeof fetch = async () => busy(503);
      const adapter = new ChatwootAdapter({
        baseUrl: server.url,
        token: 't',
        fetch: failing,
        retries: 3,
        retryDelay: 40,
      });
      const timers = sinon.spy(globalThis, 'setTimeout');
      expect((await settingsErrorOf(adapter.loadProfile())).kind).to.equal('busy');
      // Bounds 40, 80 and 160 ms, each scaled by its random draw.
      expect(timers.args.map(([, ms]) => ms)).to.deep.equal([20, 72, 16]);

      timers.resetHistory();
      const later: typeof fetch = async () => busy(429, '0');
      const waiting = new ChatwootAdapter({
        baseUrl: server.url,
        token: 't',
        fetch: later,
        retries: 1,
        retryDelay: 40,
      });
      (Math.random as sinon.SinonStub).returns(0.5);
      await settingsErrorOf(waiting.loadProfile());
      expect(
        timers.args.map(([, ms]) => ms),
        'Retry-After: 0, then up to retryDelay',
      ).to.deep.equal([20]);
    });

    it('503 on a write is sent once more (refused before processing), and only once', async () => {
      const once = faulty((request, n) => (request === PUT && n === 1 ? busy(503) : undefined));
      expect((await adapterWith(once.fetch).updateProfile({ name: 'Jane Busy' })).name).to.equal('Jane Busy');
      expect(once.sent.filter((r) => r === PUT)).to.have.length(2);

      const always = faulty((request) => (request === PUT ? busy(429, '0') : undefined));
      const error = await settingsErrorOf(adapterWith(always.fetch).updateProfile({ name: 'Jane Busy' }));
      expect(error.kind).to.equal('busy');
      expect(always.sent.filter((r) => r === PUT)).to.have.length(2);
    });

    it('a write is not sent again after a lost reply, a 408 or a 500', async () => {
      for (const fate of ['unsent', busy(408), new Response('{}', { status: 500 })] as const) {
        const { fetch, sent } = faulty((request) => (request === PUT ? fate : undefined));
        const error = await settingsErrorOf(adapterWith(fetch).updateProfile({ name: 'Jane Once' }));
        expect(['network', 'busy', 'server']).to.include(error.kind);
        expect(
          sent.filter((r) => r === PUT),
          String(fate),
        ).to.have.length(1);
      }
    });

    it('retries: 0 sends a write refused with 429 only once', async () => {
      const { fetch, sent } = faulty((request) => (request === PUT ? busy(429, '0') : undefined));
      const adapter = adapterWith(fetch, { retries: 0 });
      expect((await settingsErrorOf(adapter.updateProfile({ name: 'X' }))).kind).to.equal('busy');
      expect(sent).to.deep.equal([PUT]);
    });
  });

  describe('web pages and redirects instead of the API', () => {
    const outcome = async (answer: () => Response) => {
      const { fetch } = faulty((request) => (request === GET ? answer() : undefined));
      return settingsErrorOf(adapterWith(fetch, { retries: 0 }).loadProfile());
    };

    it('asks fetch not to follow redirects', async () => {
      const modes: (RequestRedirect | undefined)[] = [];
      const spy: typeof fetch = (input, init) => (modes.push(init?.redirect), fetch(input, init));
      const adapter = adapterWith(spy);
      await adapter.loadProfile();
      await adapter.updateProfile({ name: 'Jane' });
      expect(modes).to.deep.equal(['manual', 'manual']);
    });

    it('a redirect (opaque, or a visible 3xx) → auth', async () => {
      const opaque = await outcome(opaqueRedirect);
      expect(opaque.kind).to.equal('auth');
      expect(opaque.status).to.equal(undefined);
      expect(opaque.message).to.equal('The server sent a sign-in page instead of the API: sign in again');
      const found = await outcome(
        () => new Response(null, { status: 302, headers: { location: 'https://sso.example/login' } }),
      );
      expect(found.kind).to.equal('auth');
      expect(found.status).to.equal(302);
    });

    it('an HTML page after a redirect, or with 401/403 → auth', async () => {
      for (const answer of [() => html(200, { redirected: true }), () => html(401), () => html(403)]) {
        const error = await outcome(answer);
        expect(error.kind).to.equal('auth');
        expect(error.message).to.equal('The server sent a sign-in page instead of the API: sign in again');
      }
    });

    it('any other HTML page → server; a proxy 503 page → busy', async () => {
      for (const status of [200, 404, 500, 502]) {
        const error = await outcome(() => html(status));
        expect(error.kind, String(status)).to.equal('server');
        expect(error.status).to.equal(status);
        expect(error.message).to.equal('The server answered with a web page, not the API');
      }
      expect((await outcome(() => html(503))).kind).to.equal('busy');
    });

    it('an upload through XMLHttpRequest that was redirected to a sign-in page → auth', async () => {
      // Uploads with progress go through XMLHttpRequest, which always follows redirects.
      class SignInXhr {
        status = 200;
        responseText = '<!doctype html><html><body>Sign in</body></html>';
        responseURL = 'https://sso.example/login';
        upload = { onprogress: null };
        onload: (() => void) | null = null;
        onerror: (() => void) | null = null;
        open() {}
        setRequestHeader() {}
        getResponseHeader(name: string) {
          return name.toLowerCase() === 'content-type' ? 'text/html' : null;
        }
        getAllResponseHeaders() {
          return 'content-type: text/html\r\n';
        }
        abort() {}
        send() {
          setTimeout(() => this.onload?.());
        }
      }
      sinon.replace(globalThis, 'XMLHttpRequest', SignInXhr as unknown as typeof XMLHttpRequest);
      const adapter = new ChatwootAdapter({ baseUrl: server.url, token: server.demo.token });
      const error = await settingsErrorOf(adapter.uploadAvatar(png(), { onProgress: () => {} }));
      expect(error.kind).to.equal('auth');
    });
  });

  describe('a write whose reply is lost', () => {
    it('updateProfile: resolves with the profile when it landed, fails as network when not', async () => {
      const lost = faulty((request) => (request === PUT ? 'lose' : undefined));
      const profile = await adapterWith(lost.fetch).updateProfile({
        name: 'Jane Landed',
        displayName: 'JL',
        email: 'Jane.New@example.com',
      });
      expect(profile).to.include({
        name: 'Jane Landed',
        displayName: 'JL',
        pendingEmail: 'jane.new@example.com',
      });
      expect(
        lost.sent.filter((r) => r === PUT),
        'never sent again',
      ).to.have.length(1);

      const unsent = faulty((request) => (request === PUT ? 'unsent' : undefined));
      const error = await settingsErrorOf(adapterWith(unsent.fetch).updateProfile({ name: 'Jane Lost' }));
      expect(error.kind).to.equal('network');
      expect(unsent.sent.filter((r) => r === PUT)).to.have.length(1);
      expect((await adapterWith(fetch).loadProfile()).name).to.equal('Jane Landed');
    });

    it('updateProfile: a gateway timeout (504) after the write landed resolves too', async () => {
      const gateway: typeof fetch = async (input, init) => {
        const response = await fetch(input, init);
        return init?.method === 'PUT' ? new Response('Gateway Timeout', { status: 504 }) : response;
      };
      expect((await adapterWith(gateway).updateProfile({ name: 'Jane 504' })).name).to.equal('Jane 504');
    });

    it('a check that cannot tell leaves the network failure as it was', async () => {
      let down = false;
      const dropping: typeof fetch = async (input, init) => {
        if (down) throw new TypeError('Failed to fetch');
        const response = await fetch(input, init);
        if (init?.method !== 'PUT') return response;
        down = true;
        throw new TypeError('Failed to fetch');
      };
      const error = await settingsErrorOf(adapterWith(dropping).updateProfile({ name: 'Unknown' }));
      expect(error.kind).to.equal('network');
      expect(error.message).to.equal('The server could not be reached');
    });

    it('updateNotificationPreferences: resolves when the change is in effect, network when not', async () => {
      const isSettings = (request: string) => request.startsWith('PATCH ');
      const lost = faulty((request) => (isSettings(request) ? 'lose' : undefined));
      const prefs = await adapterWith(lost.fetch).updateNotificationPreferences({
        email: { conversation_creation: true },
      });
      expect(prefs.email.conversation_creation).to.equal(true);
      expect(lost.sent.filter(isSettings)).to.have.length(1);

      const lostAudio = faulty((request) => (request === PUT ? 'lose' : undefined));
      const audio = await adapterWith(lostAudio.fetch).updateNotificationPreferences({
        audio: { events: ['unassigned', 'assigned'], volume: 0.3 },
      });
      expect(audio.audio).to.include({ volume: 0.3 });

      const unsent = faulty((request) => (isSettings(request) ? 'unsent' : undefined));
      const error = await settingsErrorOf(
        adapterWith(unsent.fetch).updateNotificationPreferences({ email: { conversation_mention: true } }),
      );
      expect(error.kind).to.equal('network');
      expect((await adapterWith(fetch).loadNotificationPreferences()).email.conversation_mention).to.equal(
        false,
      );
    });

    it('uploadAvatar: resolves when the avatar changed, network when not', async () => {
      const lost = faulty((request) => (request === PUT ? 'lose' : undefined));
      const profile = await adapterWith(lost.fetch).uploadAvatar(png());
      expect(profile.avatarUrl).to.match(/^http/);
      expect(lost.sent.filter((r) => r === PUT)).to.have.length(1);

      const unsent = faulty((request) => (request === PUT ? 'unsent' : undefined));
      const error = await settingsErrorOf(adapterWith(unsent.fetch).uploadAvatar(png()));
      expect(error.kind).to.equal('network');
      expect((await adapterWith(fetch).loadProfile()).avatarUrl).to.equal(profile.avatarUrl);
    });

    describe('changePassword', function () {
      // Each change costs the reference server two scrypt hashes at full cost: seconds on a busy machine.
      this.timeout(60_000);
      const NEW = 'Fresh-Passw0rd!';
      const change = () => ({
        currentPassword: server.demo.password,
        password: NEW,
        passwordConfirmation: NEW,
      });

      it('lost and landed: the same change again resolves, and the new password is the one that works', async () => {
        const { fetch, sent } = faulty((request, n) => (request === PUT && n === 1 ? 'lose' : undefined));
        const adapter = adapterWith(fetch);
        const lost = await settingsErrorOf(adapter.changePassword(change()));
        expect(lost.kind).to.equal('network');
        expect(everythingIn(lost)).not.to.include(NEW);

        await adapter.changePassword(change());
        // The retry (refused: the old password is no longer current), then the check with the new one.
        expect(sent.filter((r) => r === PUT)).to.have.length(3);

        const old = await settingsErrorOf(adapter.changePassword(change()));
        expect(old.fields.currentPassword, 'the check is used once only').to.deep.equal([
          'Invalid current password',
        ]);
        await adapter.changePassword({
          currentPassword: NEW,
          password: 'Third-Passw0rd!',
          passwordConfirmation: 'Third-Passw0rd!',
        });
      });

      it('lost before it arrived: the same change again simply goes through', async () => {
        const { fetch, sent } = faulty((request, n) => (request === PUT && n === 1 ? 'unsent' : undefined));
        const adapter = adapterWith(fetch);
        expect((await settingsErrorOf(adapter.changePassword(change()))).kind).to.equal('network');
        await adapter.changePassword(change());
        expect(sent.filter((r) => r === PUT)).to.have.length(2);
        await adapter.changePassword({
          currentPassword: NEW,
          password: 'Third-Passw0rd!',
          passwordConfirmation: 'Third-Passw0rd!',
        });
      });

      it('lost with a wrong current password: the retry is refused with it, after the check', async () => {
        const wrong = { ...change(), currentPassword: 'Not-The-Passw0rd!' };
        const { fetch, sent } = faulty((request, n) => (request === PUT && n === 1 ? 'lose' : undefined));
        const adapter = adapterWith(fetch);
        expect((await settingsErrorOf(adapter.changePassword(wrong))).kind).to.equal('network');
        const error = await settingsErrorOf(adapter.changePassword(wrong));
        expect(error.kind).to.equal('validation');
        expect(error.fields.currentPassword).to.deep.equal(['Invalid current password']);
        expect(sent.filter((r) => r === PUT)).to.have.length(3);
        await adapter.changePassword(change());
      });

      it('a different change after a lost one is not checked', async () => {
        const { fetch, sent } = faulty((request, n) => (request === PUT && n === 1 ? 'lose' : undefined));
        const adapter = adapterWith(fetch);
        await settingsErrorOf(adapter.changePassword(change()));
        const other = { ...change(), password: 'Other-Passw0rd!', passwordConfirmation: 'Other-Passw0rd!' };
        expect((await settingsErrorOf(adapter.changePassword(other))).kind).to.equal('validation');
        expect(sent.filter((r) => r === PUT)).to.have.length(2);
      });
    });
  });
});
