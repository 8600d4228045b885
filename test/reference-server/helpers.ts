/**
 * Shared helpers for the reference-server tests: start a throwaway server and call it over real
 * HTTP, getting back status, headers and the parsed body in one object.
 */
import {
  LEGACY_SCRYPT_COST,
  startServer,
  type RunningServer,
  type ServerOptions,
} from '@profile-elements/reference-server';

export interface Reply {
  status: number;
  headers: Headers;
  /** Parsed JSON, the raw text when not JSON, or `null` for an empty body. Untyped on purpose:
   *  tests reach into it freely and the assertions are the type check. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export interface CallOptions {
  /** `api_access_token` header; `null` sends none. Defaults to the demo agent's token. */
  token?: string | null;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as is (FormData, string, …). */
  body?: BodyInit;
  headers?: Record<string, string>;
}

export type Call = (method: string, path: string, options?: CallOptions) => Promise<Reply>;

export interface TestServer extends RunningServer {
  call: Call;
}

/**
 * A server on a free port with an in-memory database. New password hashes use the cheap old scrypt
 * cost (as Rails apps use Devise's `stretches = 1` in tests): today's costs several seconds a hash
 * on a busy CI machine. hardening.node.test.ts covers today's cost.
 */
export async function startTestServer(options: ServerOptions = {}): Promise<TestServer> {
  const server = await startServer({
    port: 0,
    dataFile: ':memory:',
    passwordHashCost: LEGACY_SCRYPT_COST,
    ...options,
  });
  const call: Call = async (method, path, { token, json, body, headers = {} } = {}) => {
    const sent: Record<string, string> = { ...headers };
    const tokenToSend = token === undefined ? server.demo.token : token;
    if (tokenToSend !== null) sent.api_access_token = tokenToSend;
    if (json !== undefined) sent['content-type'] = 'application/json';
    const response = await fetch(server.url + path, {
      method,
      headers: sent,
      body: json !== undefined ? JSON.stringify(json) : body,
    });
    const text = await response.text();
    let parsed: unknown = text === '' ? null : text;
    if ((response.headers.get('content-type') ?? '').includes('application/json') && text !== '')
      parsed = JSON.parse(text);
    return { status: response.status, headers: response.headers, body: parsed };
  };
  return Object.assign(server, { call });
}

/** Chatwoot's `{message, attributes}` 422 body. */
export const invalid = (messages: string[], attributes: string[]) => ({
  message: messages.join(', '),
  attributes,
});

/** Smallest valid files of each accepted type (only the signature matters to the server). */
export const IMAGES = {
  png: Buffer.from(
    '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a2dd0d1b0000000049454e44ae426082',
    'hex',
  ),
  gif: Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'),
  jpeg: Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex'),
  webp: Buffer.from(
    'RIFF\x1a\x00\x00\x00WEBPVP8L\x0d\x00\x00\x00/\x00\x00\x00\x10\x07\x10\x11\x11\x88\x88\xfe\x07\x00',
    'latin1',
  ),
};

/** A multipart body with `profile[...]` fields and optionally an avatar file. */
export function profileForm(
  fields: Record<string, string>,
  avatar?: { data: Buffer; type: string; name?: string },
): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(`profile[${key}]`, value);
  if (avatar)
    form.append(
      'profile[avatar]',
      new Blob([new Uint8Array(avatar.data)], { type: avatar.type }),
      avatar.name ?? 'avatar',
    );
  return form;
}
