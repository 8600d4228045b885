import { expect } from '@open-wc/testing';
import { settingsErrorOf } from '../helpers/settings-error.js';
import { ChatwootAdapter } from '@profile-elements/chatwoot-adapter';
import { startReferenceServer, type ReferenceServer } from '../helpers/reference-server.js';

const USER = {
  id: 1,
  name: 'Jane',
  display_name: null,
  email: 'jane@example.com',
  avatar_url: '',
  access_token: 'secret',
};
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('ChatwootAdapter transport', () => {
  let server: ReferenceServer;
  before(async () => {
    server = await startReferenceServer();
  });
  after(async () => {
    await server?.stop();
  });

  it('answers a wrong token with an auth error', async () => {
    const adapter = new ChatwootAdapter({ baseUrl: server.url, token: 'wrong' });
    const error = await settingsErrorOf(adapter.loadProfile());
    expect(error.kind).to.equal('auth');
    expect(error.message).to.equal('Invalid Access Token');
  });

  it('reports a server that cannot be reached as a network error', async () => {
    const down = await startReferenceServer();
    await down.stop();
    const adapter = new ChatwootAdapter({ baseUrl: down.url, token: down.demo.token, retries: 0 });
    const error = await settingsErrorOf(adapter.loadProfile());
    expect(error.kind).to.equal('network');
    expect(error.retryable).to.equal(true);
  });

  it('gives up after the timeout', async () => {
    const never = (_url: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)),
      );
    const adapter = new ChatwootAdapter({
      baseUrl: 'http://chat.invalid',
      token: 't',
      fetch: never,
      timeout: 30,
      retries: 0,
    });
    const error = await settingsErrorOf(adapter.loadProfile());
    expect(error.kind).to.equal('network');
    expect(error.message).to.match(/in time/);
  });

  it('retries a failed read with backoff, but never a write', async () => {
    let calls = 0;
    const flaky: typeof fetch = async () => (++calls < 3 ? json({}, 503) : json(USER));
    const adapter = new ChatwootAdapter({
      baseUrl: 'http://chat.invalid',
      token: 't',
      fetch: flaky,
      retryDelay: 1,
    });
    expect((await adapter.loadProfile()).name).to.equal('Jane');
    expect(calls).to.equal(3);

    calls = 0;
    const error = await settingsErrorOf(adapter.updateProfile({ name: 'X' }));
    expect(error.kind).to.equal('server');
    expect(calls).to.equal(1);
  });

  it('sends the token header, JSON, and the profile wrapper to a base URL with a path', async () => {
    const requests: Request[] = [];
    const spy: typeof fetch = async (url, init) => {
      requests.push(new Request(url, init));
      return json(USER);
    };
    const adapter = new ChatwootAdapter({ baseUrl: 'https://example.com/chat', token: 'tok', fetch: spy });
    await adapter.updateProfile({ displayName: 'J' });
    const [req] = requests;
    expect(req!.url).to.equal('https://example.com/chat/api/v1/profile');
    expect(req!.method).to.equal('PUT');
    expect(req!.headers.get('api_access_token')).to.equal('tok');
    expect(await req!.json()).to.deep.equal({ profile: { display_name: 'J' } });
  });

  it('never hands the access token to the elements', async () => {
    const adapter = new ChatwootAdapter({
      baseUrl: 'http://chat.invalid',
      token: 't',
      fetch: async () => json(USER),
    });
    expect(JSON.stringify(await adapter.loadProfile())).not.to.include('secret');
  });

  it('refuses a reply it does not understand with a server error', async () => {
    for (const reply of [new Response('<html>oops</html>'), json({ unexpected: true })]) {
      const adapter = new ChatwootAdapter({
        baseUrl: 'http://chat.invalid',
        token: 't',
        fetch: async () => reply,
        retries: 0,
      });
      expect((await settingsErrorOf(adapter.loadProfile())).kind).to.equal('server');
    }
  });

  it('shares one request between sections loading at the same time; one giving up does not cancel the others', async () => {
    let calls = 0;
    const slow: typeof fetch = async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 30));
      return json(USER);
    };
    const adapter = new ChatwootAdapter({ baseUrl: 'http://chat.invalid', token: 't', fetch: slow });
    const impatient = new AbortController();
    const first = adapter.loadProfile({ signal: impatient.signal });
    const second = adapter.loadProfile();
    const third = adapter.loadProfile({ signal: new AbortController().signal });
    impatient.abort();
    await first.then(
      () => expect.fail('the aborted load should reject'),
      (error: unknown) => expect((error as Error).name).to.equal('AbortError'),
    );
    expect((await second).name).to.equal('Jane');
    expect((await third).name).to.equal('Jane');
    expect(calls).to.equal(1);
    await adapter.loadProfile();
    expect(calls, 'a later load asks again').to.equal(2);
  });
});
