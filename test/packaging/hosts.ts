// What the host tests share: building a scratch host from the packed tarballs, serving it, and a
// reference server that answers it from another origin.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { startServer } from '@profile-elements/reference-server';

export const ROOT = resolve(import.meta.dirname, '../..');
export const PUBLIC_PACKAGES = [
  '@profile-elements/core',
  '@profile-elements/elements',
  '@profile-elements/chatwoot-adapter',
  '@profile-elements/react',
];

/** Runs a command; resolves with its output, rejects with it when the command fails. */
export function run(cmd: string, args: string[], cwd: string): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('close', (code) =>
      code === 0
        ? done(out)
        : fail(new Error(`${cmd} ${args.join(' ')} (in ${cwd}) exited ${code}:\n${out}`)),
    );
  });
}

/** The tarball `npm pack` made of a package (global-setup.ts). */
export function tarball(name: string): string {
  const packs = process.env['PE_PACKS'];
  if (!packs) throw new Error('PE_PACKS is not set: run through test/packaging/playwright.config.ts');
  const stem = name.replace('@', '').replace('/', '-');
  const file = readdirSync(packs).find(
    (f) => f.startsWith(`${stem}-`) && /^\d/.test(f.slice(stem.length + 1)),
  );
  if (!file) throw new Error(`no tarball of ${name} in ${packs}`);
  return join(packs, file);
}

/** The version the workspace has installed of a tool, so the scratch host installs from npm's cache. */
function installedVersion(name: string): string {
  return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
}

/**
 * A temp folder outside the workspace (with the files of `from`, if given) where one `npm install`
 * put the given packages from their tarballs and the tools from the registry, at the workspace's
 * versions. Returns the folder.
 */
export async function installScratch(
  name: string,
  packages: string[],
  tools: string[],
  from?: string,
): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), `pe-host-${name}-`));
  if (from) cpSync(from, dir, { recursive: true });
  const manifest = {
    name: `pe-host-${name}`,
    private: true,
    type: 'module',
    dependencies: Object.fromEntries(packages.map((p) => [p, `file:${tarball(p)}`])),
    devDependencies: Object.fromEntries(tools.map((t) => [t, installedVersion(t)])),
  };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], dir);
  return dir;
}

/**
 * A scratch host outside the workspace: test/packaging/hosts/<name> copied to a temp folder, the
 * given packages installed from their tarballs (and the tools from the registry, at the workspace's
 * versions), type-checked with `tsc`, built with `vite build`. Returns the built folder.
 */
export async function buildHost(name: string, packages: string[], tools: string[]): Promise<string> {
  const dir = await installScratch(name, packages, tools, join(import.meta.dirname, 'hosts', name));
  // Every tsconfig*.json of the host: some check more than one way to resolve the packages.
  for (const config of readdirSync(dir).filter((f) => /^tsconfig.*\.json$/.test(f)))
    await run('npx', ['tsc', '-p', config], dir);
  await run('npx', ['vite', 'build', '--logLevel', 'warn'], dir);
  return join(dir, 'dist');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

/** Serves a built host on 127.0.0.1 (a port of its own: its own origin). */
export async function serve(dir: string): Promise<{ origin: string; close(): Promise<void> }> {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      response
        .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
        .end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** A reference server with a database of its own, answering the given origin (CORS). */
export async function backendFor(origin: string) {
  const dataFile = join(mkdtempSync(join(tmpdir(), 'pe-host-db-')), 'host.sqlite');
  const server = await startServer({ port: 0, dataFile, corsOrigin: origin });
  const api = (path: string) =>
    fetch(`${server.url}${path}`, { headers: { api_access_token: server.demo.token } }).then(
      (reply) => reply.json() as Promise<Record<string, unknown>>,
    );
  return {
    /** The page URL of a host served at `origin`, pointed at this backend. */
    pageUrl: (page = '/') =>
      `${origin}${page}?api=${encodeURIComponent(server.url)}&token=${encodeURIComponent(server.demo.token)}`,
    /** The signed-in agent as the API returns it. */
    profile: () => api('/api/v1/profile'),
    close: () => server.close(),
  };
}
