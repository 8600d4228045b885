// `npm start`: the demo page wired through the Chatwoot adapter to the reference server.
// Data lives in .data/demo.sqlite, so edits survive a restart. Ctrl-C stops both servers.
import { startDemo } from './demo-server.js';

const demo = await startDemo({
  port: Number(process.env.DEMO_PORT ?? 5173),
  serverPort: Number(process.env.PORT ?? 3000),
  dataFile: process.env.DATA_FILE ?? '.data/demo.sqlite',
});
const { email, password, token } = demo.server.demo;
console.log(`Demo page: ${demo.url}`);
console.log(`Reference server: ${demo.server.url}`);
console.log(`email: ${email}`);
console.log(`password: ${password}`);
console.log(`token: ${token}`);
console.log('Press Ctrl-C to stop.');

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    demo.close().then(() => process.exit(0));
  });
}
