/**
 * The server as a process and as a file: the CLI's banner, that secrets never reach its output, a
 * clean SIGTERM, start-up time, that it runs from any folder, and that data (and the current token)
 * survive a restart.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestContext } from 'node:test';
import { after, describe, test } from 'node:test';
import { startServer } from '@profile-elements/reference-server';
import { Store } from '../../packages/reference-server/src/db/store.js';
import { IMAGES, profileForm } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const tempDirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'reference-server-'));
  tempDirs.push(dir);
  return dir;
};
after(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const json = (token: string, body: unknown) => ({
  method: 'PUT',
  headers: { api_access_token: token, 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/**
 * Starts the CLI with `args` in `cwd` and resolves once it printed its banner. The script and tsx
 * are given by absolute path, so any folder works as `cwd`.
 */
async function startCli(t: TestContext, cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      '--conditions=pe-source',
      '--import',
      import.meta.resolve('tsx'),
      join(ROOT, 'packages/reference-server/src/main.ts'),
      ...args,
    ],
    { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const output = { stdout: '', stderr: '' };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output.stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output.stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no banner; stdout=${output.stdout} stderr=${output.stderr}`)),
      10_000,
    );
    child.stdout.on('data', () => {
      if (/token: \S+\n/.test(output.stdout)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', () => reject(new Error(`exited early; stderr=${output.stderr}`)));
  });
  t.diagnostic(
    `CLI ready after ${Math.round(performance.now() - started)} ms (includes tsx compiling the sources)`,
  );
  return { child, output, exited };
}

describe('the CLI', () => {
  test('prints the banner, keeps secrets out of its output, and stops cleanly on SIGTERM', async (t) => {
    const dataFile = join(tempDir(), 'cli.sqlite');
    const { child, output, exited } = await startCli(t, ROOT, ['--port', '0', '--data', dataFile], {
      CORS_ORIGIN: 'http://localhost:5173',
    });
    const { stdout } = output;

    const lines = stdout.split('\n');
    assert.match(lines[0] ?? '', /^Reference server: http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(lines[1], 'email: agent@example.com');
    assert.equal(lines[2], 'password: Password1!');
    assert.match(lines[3] ?? '', /^token: [1-9A-HJ-NP-Za-km-z]{24}$/);
    assert.ok(existsSync(dataFile), 'the --data file is used');
    const url = (lines[0] as string).replace('Reference server: ', '');
    const token = (lines[3] as string).replace('token: ', '');
    const banner = lines.slice(0, 4).join('\n');

    // Exercise the secret-bearing paths: password changes (good and bad), bad tokens, a reset, errors.
    const newPassword = 'Secret-Pass-42';
    const wrongPassword = 'Wrong-Pass-99!';
    assert.equal(
      (
        await fetch(
          `${url}/api/v1/profile`,
          json(token, { profile: { current_password: wrongPassword, password: newPassword } }),
        )
      ).status,
      422,
    );
    assert.equal(
      (
        await fetch(
          `${url}/api/v1/profile`,
          json(token, {
            profile: {
              current_password: 'Password1!',
              password: newPassword,
              password_confirmation: newPassword,
            },
          }),
        )
      ).status,
      200,
    );
    assert.equal(
      (
        await fetch(
          `${url}/api/v1/profile`,
          json(token, {
            profile: { current_password: newPassword, password: 'short', password_confirmation: 'short' },
          }),
        )
      ).status,
      422,
    );
    assert.equal(
      (await fetch(`${url}/api/v1/profile`, { headers: { api_access_token: `${token}x` } })).status,
      401,
    );
    assert.equal(
      (
        await fetch(`${url}/api/v1/profile`, {
          method: 'PUT',
          headers: { api_access_token: token, 'content-type': 'application/json' },
          body: `{"profile":{"password":"${newPassword}"`,
        })
      ).status,
      400,
    );
    assert.equal(
      (
        await fetch(`${url}/api/v1/accounts/1/notification_settings`, {
          ...json(token, { notification_settings: { selected_email_flags: ['bogus'] } }),
          method: 'PATCH',
        })
      ).status,
      500,
    );
    const reset = await fetch(`${url}/api/v1/profile/reset_access_token`, {
      method: 'POST',
      headers: { api_access_token: token },
    });
    const newToken = ((await reset.json()) as { access_token: string }).access_token;
    assert.equal(
      (await fetch(`${url}/api/v1/profile`, { headers: { api_access_token: token } })).status,
      401,
    );

    child.kill('SIGTERM');
    assert.equal(await exited, 0, `exit code; stderr=${output.stderr}`);

    const rest = output.stdout.slice(banner.length) + output.stderr;
    for (const secret of ['Password1!', newPassword, wrongPassword, token, newToken]) {
      assert.ok(!rest.includes(secret), `server output leaks a secret: ${JSON.stringify(rest)}`);
    }
  });

  test('keeps its default data file under the folder it runs in, wherever the package lies', async (t) => {
    const folder = tempDir();
    const { child, exited, output } = await startCli(t, folder, ['--port', '0']);
    child.kill('SIGTERM');
    assert.equal(await exited, 0, `exit code; stderr=${output.stderr}`);
    assert.ok(existsSync(join(folder, '.data', 'demo.sqlite')), 'the data file in <cwd>/.data/');
  });
});

describe('a file database', () => {
  test('is seeded once, starts fast, and keeps data and the current token across restarts', async (t) => {
    const dataFile = join(tempDir(), 'nested', 'demo.sqlite');

    let started = performance.now();
    const first = await startServer({ port: 0, dataFile });
    t.diagnostic(`first start (create + seed): ${Math.round(performance.now() - started)} ms`);
    const call = (path: string, init: RequestInit = {}, token = first.demo.token) =>
      fetch(`${first.url}${path}`, {
        ...init,
        headers: { api_access_token: token, ...(init.headers ?? {}) },
      });
    assert.equal(
      (
        await call(
          '/api/v1/profile',
          json(first.demo.token, { profile: { name: 'Renamed Agent', ui_settings: { font_size: '20px' } } }),
        )
      ).status,
      200,
    );
    const avatar = (await (
      await call('/api/v1/profile', {
        method: 'PUT',
        body: profileForm({}, { data: IMAGES.gif, type: 'image/gif' }),
      })
    ).json()) as { avatar_url: string };
    const firstToken = first.demo.token;
    await first.close();
    await first.close(); // idempotent

    started = performance.now();
    const second = await startServer({ port: 0, dataFile });
    const restartMs = performance.now() - started;
    t.diagnostic(`restart: ${Math.round(restartMs)} ms`);
    try {
      assert.equal(second.demo.token, firstToken);
      assert.deepEqual(
        { ...second.demo, token: '' },
        { email: 'agent@example.com', password: 'Password1!', token: '', accountId: 1 },
      );
      const me = (await (
        await fetch(`${second.url}/api/v1/profile`, { headers: { api_access_token: second.demo.token } })
      ).json()) as { name: string; ui_settings: unknown; avatar_url: string };
      assert.equal(me.name, 'Renamed Agent');
      assert.deepEqual(me.ui_settings, { font_size: '20px' });
      // the avatar survived too (same key, new origin since the port changed)
      const key = avatar.avatar_url.split('/avatars/')[1];
      assert.equal(me.avatar_url, `${second.url}/avatars/${key}`);
      assert.equal((await fetch(me.avatar_url)).status, 200);

      // a reset token is what the next start reports
      const reset = (await (
        await fetch(`${second.url}/api/v1/profile/reset_access_token`, {
          method: 'POST',
          headers: { api_access_token: second.demo.token },
        })
      ).json()) as { access_token: string };
      await second.close();
      const third = await startServer({ port: 0, dataFile });
      assert.equal(third.demo.token, reset.access_token);
      await third.close();
    } finally {
      await second.close();
    }
  });

  test('a suspended account answers 401 "Account is suspended"', async () => {
    const dataFile = join(tempDir(), 'suspended.sqlite');
    const server = await startServer({ port: 0, dataFile });
    try {
      // Set up what no API route can: a suspended account the agent belongs to.
      const store = new Store(dataFile);
      store.insertAccount({ id: 4, name: 'Suspended Inc', status: 'suspended' });
      store.insertMembership({ account_id: 4, user_id: 1, role: 'agent' });
      store.close();
      const response = await fetch(`${server.url}/api/v1/accounts/4/notification_settings`, {
        headers: { api_access_token: server.demo.token },
      });
      assert.equal(response.status, 401);
      assert.deepEqual(await response.json(), { error: 'Account is suspended' });
    } finally {
      await server.close();
    }
  });
});
