// The demo: the reference server (SQLite) plus a Vite dev server for demo/index.html that proxies
// `/api` to it, so the page talks to "Chatwoot" on its own origin. Used by `npm start`.
// The e2e tests share one page server per worker and give each test its own backend: the page,
// opened with `?api=<backend origin>`, then calls that backend directly (across origins).
import { createServer, defaultClientConditions, type Plugin, type ViteDevServer } from 'vite';
import { fileURLToPath } from 'node:url';
import { createECDH } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { startServer, type RunningServer, type ScryptCost } from '@profile-elements/reference-server';

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
  server: RunningServer;
  close(): Promise<void>;
}

/** A reference server and what a host app's session knows about it. */
export interface Backend {
  server: RunningServer;
  /** The VAPID public key browsers subscribe to push with (Chatwoot has it in its global config). */
  vapidPublicKey: string;
}

export interface BackendOptions {
  /** 0 = any free port. */
  port: number;
  dataFile: string;
  /** The page's origin, when the page calls the backend directly instead of through the proxy. */
  corsOrigin?: string;
  /** Test-only fault injection (`server.faults`); never for `npm start`. */
  faults?: boolean;
  /** Password hash cost (tests use a cheap one); default today's recommendation. */
  passwordHashCost?: ScryptCost;
}

export interface DemoPage {
  /** The page, talking to the backend it was started with through the `/api` proxy. */
  url: string;
  /**
   * The page's address for another backend, which it then calls directly: that backend must allow
   * the page's origin (`corsOrigin: new URL(url).origin`). It is served until `forget(backend)`.
   */
  urlFor(backend: Backend): string;
  forget(backend: Backend): void;
  close(): Promise<void>;
}

export interface DemoPageOptions {
  /** 0 = any free port. */
  port: number;
  /** The backend behind `/api`; without one, only `urlFor` pages work. */
  backend?: Backend;
  /** Vite's dependency cache; servers running side by side each need their own. */
  cacheDir?: string;
}

const root = fileURLToPath(new URL('../demo/', import.meta.url));

/**
 * The VAPID key pair browsers subscribe with, kept beside the data file so subscriptions outlive a
 * restart. Only the public half reaches the page.
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

export async function startBackend(options: BackendOptions): Promise<Backend> {
  const { port, dataFile, corsOrigin, faults = false, passwordHashCost } = options;
  const server = await startServer({
    port,
    dataFile,
    faults,
    ...(corsOrigin ? { corsOrigin } : {}),
    ...(passwordHashCost ? { passwordHashCost } : {}),
  });
  return { server, vapidPublicKey: vapidPublicKey(dataFile) };
}

/**
 * Answers `/demo-session.json` with what a host app's session gives its page: the demo agent's
 * current token, and the VAPID public key for browser push. `?api=<origin>` asks about that
 * backend instead of the proxied one.
 */
function demoSession(backends: Map<string, Backend>, proxied: Backend | undefined): Plugin {
  return {
    name: 'demo-session',
    configureServer(vite) {
      vite.middlewares.use('/demo-session.json', (req, res) => {
        const api = new URL(req.url ?? '', 'http://demo').searchParams.get('api');
        const backend = api === null ? proxied : backends.get(api);
        if (!backend) {
          res.statusCode = 404;
          res.end();
          return;
        }
        res.setHeader('content-type', 'application/json');
        res.setHeader('cache-control', 'no-store');
        res.end(JSON.stringify({ token: backend.server.demo.token, vapidPublicKey: backend.vapidPublicKey }));
      });
    },
  };
}

/**
 * The page's Content Security Policy, as strict as a careful host's: nothing inline and no eval
 * (Vite's dev client is an external module, demo.css a <link>, the elements' styles constructed
 * sheets), every DOM sink behind Trusted Types with the one policy lit creates (`lit-html`) and the
 * demo's own for its service worker's URL (demo/service-worker.ts), and the network open only to
 * this origin and the backends the page talks to (their API and their avatar images). `blob:` images
 * are the picked avatar's preview; `data:` the empty favicon. test/e2e/strict-csp.e2e.ts holds it.
 * Vite's dev client needs no more (its HMR socket is 'self', CSS updates swap the <link>), but its
 * error overlay shows unstyled: its <style> has no nonce (`html.cspNonce`), which is not worth one.
 */
export function demoPolicy(backendOrigins: readonly string[]): string {
  const backends = backendOrigins.map((origin) => ` ${origin}`).join('');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: blob:${backends}`,
    `connect-src 'self'${backends}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html demo-service-worker',
  ].join('; ');
}

/**
 * Sends `demoPolicy` with every response of the page server. The backends it allows are worked out
 * per request: the proxied one (its avatar URLs name its own origin), and the one `?api=` names when
 * `urlFor` registered it — an unknown origin in the query is not let in.
 */
function strictCsp(backends: Map<string, Backend>, proxied: Backend | undefined): Plugin {
  return {
    name: 'strict-csp',
    configureServer(vite) {
      vite.middlewares.use((req, res, next) => {
        const api = new URL(req.url ?? '', 'http://demo').searchParams.get('api');
        const origins = [proxied, api === null ? undefined : backends.get(api)]
          .filter((backend) => backend !== undefined)
          .map((backend) => new URL(backend.server.url).origin);
        res.setHeader('content-security-policy', demoPolicy([...new Set(origins)]));
        next();
      });
    },
  };
}

export async function startDemoPage(options: DemoPageOptions): Promise<DemoPage> {
  const { backend } = options;
  const backends = new Map<string, Backend>();
  const vite: ViteDevServer = await createServer({
    configFile: false,
    root,
    logLevel: 'warn',
    clearScreen: false,
    ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
    resolve: { conditions: ['pe-source', ...defaultClientConditions] },
    // Every dependency the elements import, bundled before the page opens: one found later (in a
    // lazily loaded section) would be bundled again while the page runs, and a second copy of lit
    // breaks the page (its Trusted Types policy already exists).
    optimizeDeps: {
      entries: ['index.html'],
      include: [
        'lit',
        'lit/directives/live.js',
        'lit/directives/guard.js',
        '@lit/context',
        '@lit/localize',
        'idb-keyval',
      ],
    },
    server: {
      host: '127.0.0.1',
      port: options.port,
      strictPort: false,
      ...(backend ? { proxy: { '/api': backend.server.url } } : {}),
    },
    plugins: [strictCsp(backends, backend), demoSession(backends, backend)],
  });
  try {
    await vite.listen();
  } catch (error) {
    await vite.close();
    throw error;
  }
  const url = vite.resolvedUrls!.local[0]!;
  return {
    url,
    urlFor(other) {
      backends.set(other.server.url, other);
      return `${url}?api=${encodeURIComponent(other.server.url)}`;
    },
    forget(other) {
      backends.delete(other.server.url);
    },
    close: () => vite.close(),
  };
}

/** `npm start`'s demo: one backend on `dataFile`, and the page proxying `/api` to it. */
export async function startDemo(options: DemoOptions = {}): Promise<Demo> {
  const dataFile = options.dataFile ?? '.data/demo.sqlite';
  const backend = await startBackend({ port: options.serverPort ?? 3000, dataFile });
  let page: DemoPage;
  try {
    page = await startDemoPage({ port: options.port ?? 5173, backend });
  } catch (error) {
    await backend.server.close();
    throw error;
  }
  return {
    url: page.url,
    server: backend.server,
    async close() {
      await page.close();
      await backend.server.close();
    },
  };
}
