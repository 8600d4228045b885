#!/usr/bin/env node
// Benchmark, not a pass/fail test: how `<notification-prefs sections="email push">` grows with the
// number of event rows (20, 200, 2,000), against a baseline measured in the same run and browser —
// a plain lit table with the same rows and checkboxes. For each size: the first render (append → all
// rows rendered and laid out, including the adapter's load) and one toggle (click → shown; → saved
// and rendered). Medians of interleaved runs, each a fresh render; the in-memory adapter answers at
// once, so the times are the elements' own work. Growth is the ratio to the size before (10x rows:
// linear growth is 10x).
//
// Usage: node bench/scale.mjs [--runs 11] [--profile]
// --profile: also samples the element's toggles with the CDP profiler and prints where the time goes.
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.mjs';
import { printResult, servePage } from './serve.mjs';

const SIZES = [20, 200, 2000];
const MEASURES = {
  render: 'first render (append → laid out)',
  toggle: 'toggle → shown',
  toggleSaved: 'toggle → saved',
};

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

/**
 * Samples `toggles` clicks on the element at `size` rows with the CDP profiler. Returns the functions
 * with the most self time and those with the most total time (self and callees), per toggle.
 */
async function profileToggles(page, size, toggles = 20) {
  await page.evaluate((n) => window.mount('element', n), size);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.evaluate(async (n) => {
    for (let i = 0; i < n; i++) await window.toggle();
  }, toggles);
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const keyOf = ({ callFrame: { functionName, url, lineNumber } }) =>
    `${functionName || '(anonymous)'} ${url ? `${url.split('/').pop()}:${lineNumber + 1}` : '(native)'}`;
  const self = new Map();
  const total = new Map();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i + 1] ?? 0;
    const node = nodes.get(id);
    if (['(idle)', '(program)', '(root)'].includes(node.callFrame.functionName)) return;
    busy += us;
    self.set(keyOf(node), (self.get(keyOf(node)) ?? 0) + us);
    // Each function once per sample, however deep it recurses.
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) seen.add(keyOf(nodes.get(at)));
    for (const key of seen) total.set(key, (total.get(key) ?? 0) + us);
  });
  const top = (map, count, keep = () => true) =>
    [...map]
      .filter(([key]) => keep(key))
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([key, us]) => `${(us / 1000 / toggles).toFixed(2).padStart(6)} ms ${key}`);
  return {
    busy: busy / 1000 / toggles,
    self: top(self, 12),
    total: top(total, 16, (key) => !key.startsWith('(') && !key.endsWith('(native)')),
  };
}

/** @param {{ runs?: number, sizes?: number[], profile?: boolean }} options */
export async function run({ runs = 11, sizes = SIZES, profile = false } = {}) {
  const served = await servePage('scale');
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(served.url);
  await page.waitForFunction(() => 'measure' in window);

  const rows = [];
  const notes = [];
  let before;
  try {
    for (const size of sizes) {
      const samples = { element: [], baseline: [] };
      const once = (kind) => page.evaluate(([k, s]) => window.measure(k, s), [kind, size]);
      // Warm up both (JIT, style caches), then alternate so drift hits both alike.
      for (const kind of ['element', 'baseline']) await once(kind);
      for (let i = 0; i < runs; i++)
        for (const kind of ['element', 'baseline']) samples[kind].push(await once(kind));
      const medians = {};
      for (const [key, label] of Object.entries(MEASURES)) {
        const element = median(samples.element.map((s) => s[key]));
        const baseline = median(samples.baseline.map((s) => s[key]));
        medians[key] = { element, baseline };
        const growth = (kind) => (before ? `${(medians[key][kind] / before[key][kind]).toFixed(1)}x` : '');
        rows.push({
          rows: size,
          measure: label,
          'element (ms)': element.toFixed(1),
          'baseline (ms)': baseline.toFixed(1),
          'x baseline': (element / baseline).toFixed(2),
          'element growth': growth('element'),
          'baseline growth': growth('baseline'),
        });
      }
      before = medians;
    }
    if (profile) {
      const size = sizes.at(-1);
      const { busy, self, total } = await profileToggles(page, size);
      notes.push(
        `CPU profile of 20 toggles of the element at ${size} rows (click → saved; CDP, 0.1 ms sampling):`,
        `busy ${busy.toFixed(2)} ms per toggle. Most self time:`,
        ...self,
        'Most total time (self and callees; page functions only):',
        ...total,
      );
    }
  } finally {
    await browser.close();
    served.close();
  }
  notes.unshift(
    'baseline: a plain lit table with the same rows and checkboxes, in the same page and run',
    'growth: the median divided by the one at the size before (10x the rows: linear growth is 10x)',
    `${runs} runs per size, element and baseline alternating; each run renders the table anew, then toggles once`,
  );
  return {
    title: '<notification-prefs sections="email push"> with 20, 200 and 2,000 event rows (medians)',
    command: `node bench/scale.mjs --runs ${runs}`,
    rows,
    notes,
  };
}

if (import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '11' }, profile: { type: 'boolean', default: false } },
  });
  printResult(await run({ runs: Number(values.runs), profile: values.profile }));
}
