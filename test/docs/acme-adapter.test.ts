// The worked example of Storybook's "Writing an adapter" page (stories/docs/snippets/acme-adapter.ts),
// proven rather than only shown: the published contract suite runs against it over a fake `fetch`
// that implements the made-up Acme Helpdesk API in memory (stories/docs/snippets/acme-fake-api.ts),
// then the status codes the suite cannot provoke are mapped onto SettingsError kinds.
import { expect } from '@open-wc/testing';
import { isAbortError, isSettingsError, type SettingsError } from '@profile-elements/core';
import { adapterContract } from '@profile-elements/core/contract';
import { AcmeAdapter } from '../../stories/docs/snippets/acme-adapter.js';
import { fakeAcmeApi, type AcmeFault } from '../../stories/docs/snippets/acme-fake-api.js';

const seed = {
  name: 'Jane Doe',
  displayName: 'Jane',
  email: 'agent@example.com',
  password: 'correct horse 42',
  takenEmail: 'taken@example.com',
};

function acme() {
  const api = fakeAcmeApi({ ...seed, nickname: seed.displayName });
  return { api, adapter: new AcmeAdapter({ baseUrl: api.url, token: api.token, fetch: api.fetch }) };
}

adapterContract(
  { describe, it, beforeEach, afterEach },
  {
    name: 'AcmeAdapter (the docs example) over a fake Acme Helpdesk',
    setup: async () => ({ adapter: acme().adapter, seed }),
  },
);

describe('AcmeAdapter: failures as SettingsError kinds', () => {
  async function failure(fault: AcmeFault): Promise<SettingsError> {
    const { api, adapter } = acme();
    api.failNext(fault);
    const error: unknown = await adapter.loadProfile().then(
      () => expect.fail('loadProfile resolved'),
      (e: unknown) => e,
    );
    expect(isSettingsError(error), String(error)).to.equal(true);
    return error as SettingsError;
  }

  it('a dropped connection is `network`, and retryable', async () => {
    const error = await failure('network');
    expect(error.kind).to.equal('network');
    expect(error.retryable).to.equal(true);
  });

  it('401 is `auth`', async () => {
    expect((await failure({ status: 401 })).kind).to.equal('auth');
  });

  it('a wrong token is `auth` too', async () => {
    const api = fakeAcmeApi({ ...seed, nickname: null });
    const adapter = new AcmeAdapter({ baseUrl: api.url, token: 'stale', fetch: api.fetch });
    const error = await adapter.loadProfile().catch((e: SettingsError) => e);
    expect(error).to.have.property('kind', 'auth');
  });

  it('429 with Retry-After is `busy`, with retryAfter in seconds', async () => {
    const error = await failure({ status: 429, headers: { 'retry-after': '7' } });
    expect(error.kind).to.equal('busy');
    expect(error.retryAfter).to.equal(7);
  });

  it('503 without Retry-After is `busy`, without retryAfter', async () => {
    const error = await failure({ status: 503 });
    expect(error.kind).to.equal('busy');
    expect(error.retryAfter).to.equal(undefined);
  });

  it('409 is `conflict`, 404 `not-found`, 500 `server`', async () => {
    expect((await failure({ status: 409 })).kind).to.equal('conflict');
    expect((await failure({ status: 404 })).kind).to.equal('not-found');
    expect((await failure({ status: 500 })).kind).to.equal('server');
  });

  it('refusals land on the fields the elements know, in their own names', async () => {
    const { adapter } = acme();
    const error = await adapter
      .updateProfile({ name: ' ', email: 'taken@example.com' })
      .catch((e: SettingsError) => e);
    expect(error).to.have.property('kind', 'validation');
    expect((error as SettingsError).fields).to.deep.equal({
      name: ['Enter a name.'],
      email: ['This address belongs to another account.'],
    });
  });

  it('an empty display name is sent as Acme’s null and comes back empty', async () => {
    const { adapter } = acme();
    expect((await adapter.updateProfile({ displayName: '' })).displayName).to.equal('');
  });

  it('an abort while the request is on its way rejects with the AbortError', async () => {
    const { adapter } = acme();
    const controller = new AbortController();
    const loading = adapter.loadProfile({ signal: controller.signal });
    controller.abort();
    const error = await loading.catch((e: unknown) => e);
    expect(isAbortError(error), String(error)).to.equal(true);
  });
});
