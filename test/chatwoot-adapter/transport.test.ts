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

/** A promise with its `resolve` outside, to hold a fake request open until the test lets it go. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

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

  it('retries a failed read with backoff, but never a write that failed on the server', async () => {
    let calls = 0;
    const flaky: typeof fetch = async () => (++calls < 3 ? json({}, 500) : json(USER));
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

  const adapterAnswering = (reply: Response) =>
    new ChatwootAdapter({ baseUrl: 'http://chat.invalid', token: 't', fetch: async () => reply, retries: 0 });

  it('refuses a reply it does not understand with a server error', async () => {
    expect(
      (await settingsErrorOf(adapterAnswering(new Response('<html>oops</html>')).loadProfile())).kind,
    ).to.equal('server');
    const wrong = [
      json({ unexpected: true }),
      json([USER]),
      json(null),
      json({ ...USER, id: '1' }),
      json({ ...USER, name: null }),
      json({ ...USER, email: 42 }),
      json({ ...USER, avatar_url: {} }),
      json({ ...USER, ui_settings: [] }),
      json({ ...USER, account_id: 'one' }),
    ];
    for (const reply of wrong) {
      const error = await settingsErrorOf(adapterAnswering(reply).loadProfile());
      expect(error.kind).to.equal('server');
      expect(error.message).to.equal('The server sent a reply this adapter does not understand');
    }
  });

  it('reads a reply with keys it does not know, and nulls where Chatwoot sends them', async () => {
    const adapter = new ChatwootAdapter({
      baseUrl: 'http://chat.invalid',
      token: 't',
      fetch: async () =>
        json({ ...USER, display_name: null, avatar_url: null, ui_settings: null, new_key: { x: 1 } }),
    });
    expect(await adapter.loadProfile()).to.deep.equal({
      id: '1',
      name: 'Jane',
      displayName: '',
      email: 'jane@example.com',
      pendingEmail: null,
      avatarUrl: '',
    });
  });

  describe('language', () => {
    const urls: string[] = [];
    const recording = (locale?: ConstructorParameters<typeof ChatwootAdapter>[0]['locale']) =>
      new ChatwootAdapter({
        baseUrl: 'http://chat.invalid',
        token: 't',
        ...(locale === undefined ? {} : { locale }),
        fetch: async (url) => (urls.push(String(url)), json({ ...USER, ui_settings: { locale: 'pt_BR' } })),
      });
    afterEach(() => {
      urls.length = 0;
      document.documentElement.lang = 'en';
    });

    it("asks Chatwoot for its messages in the page's language, as Chatwoot codes it", async () => {
      for (const [lang, code] of [
        ['de', 'de'],
        ['pt-BR', 'pt_BR'],
        ['zh-Hans', 'zh_CN'],
        ['es-MX', 'es'],
      ]) {
        document.documentElement.lang = lang!;
        await recording().loadProfile();
        expect(new URL(urls.pop()!).searchParams.get('locale'), lang).to.equal(code);
      }
    });

    it('takes the locale option (a tag, or a function for the current one) over the page', async () => {
      document.documentElement.lang = 'de';
      await recording('fr').loadProfile();
      await recording(() => 'ar').loadProfile();
      expect(urls.map((u) => new URL(u).searchParams.get('locale'))).to.deep.equal(['fr', 'ar']);
    });

    it("gives the agent's own choice in Chatwoot (ui_settings.locale) as a BCP 47 tag", async () => {
      expect(await recording().userLocale()).to.equal('pt-BR');
    });
  });

  it('shares one request between sections loading at the same time; one giving up does not cancel the others', async () => {
    let calls = 0;
    const reply = gate();
    const slow: typeof fetch = async () => {
      calls++;
      await reply.opened;
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
    // Only now does the shared request answer: the others were still waiting for it.
    reply.open();
    expect((await second).name).to.equal('Jane');
    expect((await third).name).to.equal('Jane');
    expect(calls).to.equal(1);
    await adapter.loadProfile();
    expect(calls, 'a later load asks again').to.equal(2);
  });

  it('sends nothing for a call whose signal is already aborted, also when a read would be shared', async () => {
    let calls = 0;
    const failing: typeof fetch = async () => {
      calls++;
      throw new TypeError('Failed to fetch');
    };
    const adapter = new ChatwootAdapter({
      baseUrl: 'http://chat.invalid',
      token: 't',
      fetch: failing,
      retries: 0,
      accountId: 1,
    });
    const aborted = AbortSignal.abort();
    for (const call of [
      adapter.loadProfile({ signal: aborted }),
      adapter.loadNotificationPreferences({ signal: aborted }),
      adapter.revealAccessToken({ signal: aborted }),
    ]) {
      expect(await call.catch((error: unknown) => error)).to.equal(aborted.reason);
    }
    expect(calls, 'requests sent').to.equal(0);
  });

  it('refuses a baseUrl that is not a URL when it is made, not on every call', () => {
    expect(() => new ChatwootAdapter({ baseUrl: 'chat.example.com', token: 't' })).to.throw(
      TypeError,
      'baseUrl is not a URL: chat.example.com',
    );
  });
});
