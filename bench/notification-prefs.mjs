#!/usr/bin/env node
// Benchmark, not a pass/fail test: `<notification-prefs>` with many event rows (default 200),
// against a baseline measured in the same run and the same browser — a plain lit table with the same
// rows and checkboxes. Prints medians in ms and the element's cost as a multiple of the baseline.
//
// Usage: node bench/notification-prefs.mjs [--rows 200] [--runs 15]
// Measures: render (append → all rows rendered and laid out, including the adapter's load), one
// toggle (click → shown; → saved and rendered), a burst of 20 quick toggles (the same two points).
// The in-memory adapter answers at once, so the times are the elements' own work.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdir, readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.mjs';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '200' }, runs: { type: 'string', default: '15' } },
});
const rows = Number(values.rows);
const runs = Number(values.runs);
const here = import.meta.dirname;

// lit's production build (no `development` condition), minified, as a host would ship it.
await mkdir(join(here, 'results'), { recursive: true });
await build({
  entryPoints: [join(here, 'notification-prefs.page.ts')],
  outfile: join(here, 'results/notification-prefs.page.js'),
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['pe-source'],
  tsconfig: join(here, '../tsconfig.json'),
  logLevel: 'error',
});

const server = createServer(async (req, res) => {
  const file = normalize(join(here, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
  if (!file.startsWith(here + sep)) return void res.writeHead(403).end();
  const body = await readFile(file).catch(() => null);
  if (!body) return void res.writeHead(404).end();
  const type =
    { '.html': 'text/html', '.js': 'text/javascript' }[extname(file)] ?? 'application/octet-stream';
  res.writeHead(200, { 'content-type': type }).end(body);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
page.on('pageerror', (e) => console.error('page error:', e.message));
await page.goto(`http://127.0.0.1:${server.address().port}/notification-prefs.html`);
await page.waitForFunction(() => 'measure' in window);

const samples = { element: [], baseline: [] };
// Warm up both (JIT, style caches), then alternate so drift hits both alike.
for (const kind of ['element', 'baseline'])
  await page.evaluate(([k, n]) => window.measure(k, n), [kind, rows]);
for (let i = 0; i < runs; i++) {
  for (const kind of ['element', 'baseline']) {
    samples[kind].push(await page.evaluate(([k, n]) => window.measure(k, n), [kind, rows]));
  }
}
await browser.close();
server.close();

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const metrics = {
  render: 'render (append → laid out)',
  toggle: 'one toggle → shown',
  toggleSaved: 'one toggle → saved',
  burst: '20 quick toggles → shown',
  burstSaved: '20 quick toggles → all saved',
};
const table = Object.entries(metrics).map(([key, label]) => {
  const element = median(samples.element.map((s) => s[key]));
  const baseline = median(samples.baseline.map((s) => s[key]));
  return {
    measure: label,
    'element (ms)': element.toFixed(1),
    'baseline (ms)': baseline.toFixed(1),
    'x baseline': (element / baseline).toFixed(2),
  };
});
console.log(`<notification-prefs sections="email push"> with ${rows} event rows, median of ${runs} runs`);
console.table(table);
console.log('baseline: a plain lit table with the same rows and checkboxes, in the same page and run');
