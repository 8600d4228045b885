/**
 * The made-up "Acme Helpdesk" API of the "Writing an adapter" docs page, in memory, as a `fetch`:
 * the backend test/docs/acme-adapter.test.ts runs the contract suite against. It answers as the
 * page describes Acme (stories/docs/snippets/acme-adapter.ts): its own rules and messages, written
 * without core's checkers, as a real backend would be. A test of your own adapter can start from it.
 */

/** The user a fresh fake Acme starts with, and an address that belongs to someone else. */
export interface AcmeSeed {
  name: string;
  nickname: string | null;
  email: string;
  password: string;
  takenEmail: string;
}

/** What a failure switch makes the next request do instead of answering. */
export type AcmeFault = 'network' | { status: number; headers?: Record<string, string> };

export interface FakeAcme {
  /** A `fetch` that serves the API under `url`. */
  fetch: typeof fetch;
  url: string;
  /** The valid API token. */
  token: string;
  /** Makes the next request fail: a dropped connection, or an error status. */
  failNext(fault: AcmeFault): void;
}

const MAX_NAME = 100;
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
const refused = (errors: { field: string; message: string }[]) => json(422, { errors });
const chars = (value: string) => [...value].length;

export function fakeAcmeApi(seed: AcmeSeed): FakeAcme {
  const url = 'https://helpdesk.acme.test';
  const token = 'acme-token-7f3a';
  const user = {
    id: 42,
    full_name: seed.name,
    nickname: seed.nickname,
    email: seed.email,
    unconfirmed_email: null as string | null,
    photo_url: null as string | null,
  };
  let password = seed.password;
  let fault: AcmeFault | undefined;

  function updateUser(body: Record<string, unknown>): Response {
    const errors: { field: string; message: string }[] = [];
    const { full_name: name, nickname, email } = body;
    if (name !== undefined) {
      if (typeof name !== 'string' || !name.trim())
        errors.push({ field: 'full_name', message: 'Enter a name.' });
      else if (chars(name) > MAX_NAME)
        errors.push({ field: 'full_name', message: `Use at most ${MAX_NAME} characters.` });
    }
    if (nickname !== undefined && nickname !== null) {
      if (typeof nickname !== 'string' || chars(nickname) > MAX_NAME)
        errors.push({ field: 'nickname', message: `Use at most ${MAX_NAME} characters.` });
    }
    const address = typeof email === 'string' ? email.trim().toLowerCase() : undefined;
    if (email !== undefined) {
      if (!address || !/^[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}$/.test(address))
        errors.push({ field: 'email', message: 'Enter an address like name@example.com.' });
      else if (address === seed.takenEmail)
        errors.push({ field: 'email', message: 'This address belongs to another account.' });
    }
    if (errors.length) return refused(errors);
    if (typeof name === 'string') user.full_name = name;
    if (nickname !== undefined) user.nickname = nickname as string | null;
    // A new address waits for the user to confirm it; the old one stays until then.
    if (address) user.unconfirmed_email = address === user.email ? null : address;
    return json(200, user);
  }

  function changePassword(body: Record<string, unknown>): Response {
    const { current_password: current, new_password: next } = body;
    const errors: { field: string; message: string }[] = [];
    if (current !== password)
      errors.push({ field: 'current_password', message: 'That is not your current password.' });
    if (typeof next !== 'string' || chars(next) < 10 || chars(next) > 64)
      errors.push({ field: 'new_password', message: 'Use 10 to 64 characters.' });
    else if (!/[a-z]/.test(next) || !/[0-9]/.test(next))
      errors.push({ field: 'new_password', message: 'Include a lowercase letter and a number.' });
    if (errors.length) return refused(errors);
    password = next as string;
    return new Response(null, { status: 204 });
  }

  async function answer(request: Request): Promise<Response> {
    if (request.headers.get('authorization') !== `Bearer ${token}`)
      return json(401, { errors: [{ message: 'Invalid token.' }] });
    const path = new URL(request.url).pathname;
    const route = `${request.method} ${path}`;
    const body = request.method === 'GET' ? {} : ((await request.json()) as Record<string, unknown>);
    if (route === 'GET /api/me') return json(200, user);
    if (route === 'PATCH /api/me') return updateUser(body);
    if (route === 'POST /api/me/password') return changePassword(body);
    return json(404, { errors: [{ message: `No route ${route}.` }] });
  }

  return {
    url,
    token,
    failNext: (next) => void (fault = next),
    async fetch(input, init) {
      const signal = init?.signal;
      // Like the browser's fetch: an aborted request rejects with the signal's reason, changing nothing.
      signal?.throwIfAborted();
      await Promise.resolve();
      signal?.throwIfAborted();
      const request = new Request(input, init);
      if (!request.url.startsWith(`${url}/`)) throw new TypeError('Failed to fetch');
      const now = fault;
      fault = undefined;
      if (now === 'network') throw new TypeError('Failed to fetch');
      if (now) return json(now.status, {}, now.headers);
      return answer(request);
    },
  };
}
