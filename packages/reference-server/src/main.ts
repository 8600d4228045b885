/**
 * Command line: `node --conditions=pe-source --import tsx packages/reference-server/src/main.ts
 *   [--port 3000] [--host 127.0.0.1] [--data .data/demo.sqlite] [--cors-origin http://localhost:5173]`
 * (environment: PORT, HOST, DATA_FILE, CORS_ORIGIN). Prints the URL and the demo credentials,
 * then serves until Ctrl-C or SIGTERM.
 */
import { parseArgs } from 'node:util';
import { startServer, type ServerOptions } from './index.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    data: { type: 'string' },
    'cors-origin': { type: 'string', multiple: true },
    'body-limit': { type: 'string' },
  },
});

/** Several origins may be given as repeated flags or comma-separated. */
const corsOrigins = (values['cors-origin'] ?? process.env.CORS_ORIGIN?.split(',') ?? [])
  .flatMap((o) => o.split(','))
  .map((o) => o.trim())
  .filter(Boolean);

const numberOption = (raw: string | undefined, name: string): number | undefined => {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    process.stderr.write(`Invalid ${name}: ${raw}\n`);
    process.exit(2);
  }
  return n;
};

const options: ServerOptions = {
  port: numberOption(values.port ?? process.env.PORT, 'port'),
  host: values.host ?? process.env.HOST,
  dataFile: values.data ?? process.env.DATA_FILE,
  corsOrigin: corsOrigins.length === 0 ? undefined : corsOrigins.length === 1 ? corsOrigins[0] : corsOrigins,
  bodyLimit: numberOption(values['body-limit'], 'body limit'),
};
// Leave undefined options out so startServer's defaults apply.
for (const key of Object.keys(options) as (keyof ServerOptions)[])
  if (options[key] === undefined) delete options[key];

const server = await startServer(options);

let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  if (stopping) process.exit(1); // a second Ctrl-C means "now"
  stopping = true;
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`[reference-server] error while closing on ${signal}: ${String(error)}\n`);
      process.exit(1);
    },
  );
};
// Before the banner: whoever waits for it may signal at once, and must get a clean stop.
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

process.stdout.write(
  [
    `Reference server: ${server.url}`,
    `email: ${server.demo.email}`,
    `password: ${server.demo.password}`,
    `token: ${server.demo.token}`,
    '',
  ].join('\n'),
);
