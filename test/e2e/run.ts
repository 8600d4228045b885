// End-to-end: the real demo page (Vite) → Chatwoot adapter → reference server (SQLite file).
// Runs every test/e2e/*.e2e.ts, in file-name order, against one demo with a fresh database.
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDemo, openDemo } from './context.js';
import { run } from './harness.js';

const here = import.meta.dirname;
const dir = mkdtempSync(join(tmpdir(), 'pe-e2e-'));
mkdirSync('test-results', { recursive: true });
for (const file of readdirSync(here)
  .filter((f) => f.endsWith('.e2e.ts'))
  .sort()) {
  await import(join(here, file));
}
await openDemo(join(dir, 'demo.sqlite'));
try {
  await run();
} finally {
  await closeDemo();
  rmSync(dir, { recursive: true, force: true });
}
