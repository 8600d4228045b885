import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { settingsErrorOf } from '../helpers/settings-error.js';
import { ChatwootAdapter } from '@profile-elements/chatwoot-adapter';
import { NotificationPreferencesSchema, ProfileSchema } from '@profile-elements/core/schemas';
import { startReferenceServer, type ReferenceServer } from '../helpers/reference-server.js';

const USER = {
  id: 1,
  name: 'Jane',
  display_name: null,
  email: 'jane@example.com',
  avatar_url: '',
  access_token: 'secret',
};
const SETTINGS = {
  all_email_flags: ['email_conversation_assignment'],
  selected_email_flags: [],
  all_push_flags: ['push_conversation_assignment'],
  selected_push_flags: [],
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

  describe('when the core schema refuses what a reply became', () => {
    // No reply reaches this today (the mapping clamps, filters and defaults every value), so the core
    // schemas are made to refuse: whatever they say, the adapter must fail with a SettingsError only.
    // Own properties shadowing the schema's prototype methods; deleting them restores the originals.
    const refused: z.ZodMiniType[] = [];
    afterEach(() => {
      for (const schema of refused.splice(0)) {
        delete (schema as Partial<z.ZodMiniType>).parse;
        delete (schema as Partial<z.ZodMiniType>).safeParse;
      }
    });
    const refuse = (schema: z.ZodMiniType) => {
      const error = new z.core.$ZodError([]);
      const parse = () => {
        throw error;
      };
      Object.defineProperties(schema, {
        parse: { value: parse, configurable: true },
        safeParse: { value: () => ({ success: false, error }), configurable: true },
      });
      refused.push(schema);
    };
    const adapter = () =>
      new ChatwootAdapter({
        baseUrl: 'http://chat.invalid',
        token: 't',
        retries: 0,
        accountId: 1,
        fetch: async (url) => json(String(url).includes('notification_settings') ? SETTINGS : USER),
      });

    it('fails a profile with a server error, not a ZodError', async () => {
      refuse(ProfileSchema);
      expect((await settingsErrorOf(adapter().loadProfile())).kind).to.equal('server');
      expect((await settingsErrorOf(adapter().updateProfile({ name: 'X' }))).kind).to.equal('server');
    });

    it('fails notification preferences with a server error, not a ZodError', async () => {
      refuse(NotificationPreferencesSchema);
      const chatwoot = adapter();
      expect((await settingsErrorOf(chatwoot.loadNotificationPreferences())).kind).to.equal('server');
      expect(
        (await settingsErrorOf(chatwoot.updateNotificationPreferences({ audio: { volume: 0.5 } }))).kind,
      ).to.equal('server');
    });
  });

  it('refuses a baseUrl that is not a URL when it is made, not on every call', () => {
    expect(() => new ChatwootAdapter({ baseUrl: 'chat.example.com', token: 't' })).to.throw(
      TypeError,
      'baseUrl is not a URL: chat.example.com',
    );
  });
});
