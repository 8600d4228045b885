// The demo: the reference server (SQLite) plus a Vite dev server for demo/index.html that proxies
// `/api` to it, so the page talks to "Chatwoot" on its own origin. Used by `npm start` and the e2e tests.
import { createServer, defaultClientConditions, type Plugin, type ViteDevServer } from 'vite';
import { fileURLToPath } from 'node:url';
import { createECDH } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { startServer } from '@profile-elements/reference-server';

export interface DemoOptions {
  /** Port of the demo page (0 = any free port). */
  port?: number;
  /** Port of the reference server (0 = any free port). */
  serverPort?: number;
  /** The SQLite file ('.data/demo.sqlite' keeps data across restarts). */
  dataFile?: string;
}

export interface Demo {
  url: string;
  server: Awaited<ReturnType<typeof startServer>>;
  close(): Promise<void>;
}

const root = fileURLToPath(new URL('../demo/', import.meta.url));

/**
 * The VAPID key pair browsers subscribe with (Chatwoot has it in its global config), kept beside
 * the data file so subscriptions outlive a restart. Only the public half reaches the page.
 */
function vapidPublicKey(dataFile: string): string {
  const file = `${dataFile}.vapid.json`;
  if (dataFile !== ':memory:' && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')).publicKey;
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const keys = { publicKey: ecdh.getPublicKey('base64url'), privateKey: ecdh.getPrivateKey('base64url') };
  if (dataFile !== ':memory:') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(keys), { mode: 0o600 });
  }
  return keys.publicKey;
}

/**
 * Answers `/demo-session.json` with what a host app's session gives its page: the demo agent's
 * current token, and the VAPID public key for browser push.
 */
function demoSession(server: Demo['server'], vapid: string): Plugin {
  return {
    name: 'demo-session',
    configureServer(vite) {
      vite.middlewares.use('/demo-session.json', (_req, res) => {
        res.setHeader('content-type', 'application/json');
        res.setHeader('cache-control', 'no-store');
        res.end(JSON.stringify({ token: server.demo.token, vapidPublicKey: vapid }));
      });
    },
  };
}

export async function startDemo(options: DemoOptions = {}): Promise<Demo> {
  const dataFile = options.dataFile ?? '.data/demo.sqlite';
  const server = await startServer({ port: options.serverPort ?? 3000, dataFile });
  let vite: ViteDevServer;
  try {
    vite = await createServer({
      configFile: false,
      root,
      logLevel: 'warn',
      clearScreen: false,
      resolve: { conditions: ['pe-source', ...defaultClientConditions] },
      optimizeDeps: { entries: ['index.html'] },
      server: {
        host: '127.0.0.1',
        port: options.port ?? 5173,
        strictPort: false,
        proxy: { '/api': server.url },
      },
      plugins: [demoSession(server, vapidPublicKey(dataFile))],
    });
    await vite.listen();
  } catch (error) {
    await server.close();
    throw error;
  }
  const url = vite.resolvedUrls!.local[0]!;
  return {
    url,
    server,
    async close() {
      await vite.close();
      await server.close();
    },
  };
}
