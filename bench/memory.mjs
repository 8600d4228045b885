#!/usr/bin/env node
// Benchmark, not a pass/fail test: what stays in memory after mounting and removing
// `<profile-settings>` (every section, the in-memory adapter) again and again, each time waiting until
// every section has rendered with its data; beside a bare lit form of four inputs treated the same way.
// After 0, 10, 100, 250, 500 and 1,000 rounds, a forced garbage collection, then the JS heap and the
// counts of event listeners, DOM nodes and documents the page holds (CDP Performance.getMetrics).
// The goal is flat: growth after the first rounds (which load the lazy sections) is a leak.
//
// Usage: node bench/memory.mjs [--mounts 1000] [--diff]
// --diff: heap snapshots at the last two checkpoints, and what grew between them.
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.mjs';
import { printResult, servePage } from './serve.mjs';

const CHECKPOINTS = [0, 10, 100, 250, 500, 1000];
const METRICS = ['JSHeapUsedSize', 'JSEventListeners', 'Nodes', 'Documents'];
const KINDS = { baseline: 'bare lit form (baseline)', element: '<profile-settings>' };

/** Collects garbage until the heap stops shrinking, then reads the page's metrics. */
async function sample(cdp) {
  let last = Infinity;
  for (let i = 0; i < 5; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    if (usedSize >= last * 0.999) break;
    last = usedSize;
  }
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(METRICS.map((name) => [name, metrics.find((m) => m.name === name)?.value]));
}

/** A heap snapshot as counts and bytes by node type and name (constructor, string, closure…). */
async function heapCensus(cdp) {
  const chunks = [];
  const onChunk = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const { snapshot, nodes, strings } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const types = snapshot.meta.node_types[0];
  const [type, name, size] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const census = new Map();
  for (let i = 0; i < nodes.length; i += fields.length) {
    const kind = types[nodes[i + type]];
    // Strings and numbers by kind only: their text is noise here.
    const key = ['string', 'concatenated string', 'sliced string', 'number', 'code', 'hidden'].includes(kind)
      ? `(${kind})`
      : `${kind} ${strings[nodes[i + name]].slice(0, 60)}`;
    const entry = census.get(key) ?? { count: 0, bytes: 0 };
    entry.count++;
    entry.bytes += nodes[i + size];
    census.set(key, entry);
  }
  return census;
}

/** What grew between two censuses, most bytes first. */
function censusGrowth(before, after, top = 12) {
  return [...after]
    .map(([key, { count, bytes }]) => ({
      key,
      count: count - (before.get(key)?.count ?? 0),
      bytes: bytes - (before.get(key)?.bytes ?? 0),
    }))
    .filter((g) => g.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, top)
    .map((g) => `${(g.bytes / 1024).toFixed(1).padStart(7)} KB ${String(g.count).padStart(6)}x ${g.key}`);
}

/** One kind in a page of its own, so the two do not share a heap. */
async function measureKind(browser, url, kind, checkpoints, diff) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(url);
  await page.waitForFunction(() => 'mountMany' in window);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const samples = [];
  let done = 0;
  let ms = 0;
  let census;
  let growth = [];
  for (const [i, at] of checkpoints.entries()) {
    ms += await page.evaluate(([k, n]) => window.mountMany(k, n), [kind, at - done]);
    done = at;
    samples.push({ mounts: at, ...(await sample(cdp)) });
    // Heap snapshots at the last two checkpoints: what the rounds between them left behind.
    if (diff && i === checkpoints.length - 2) census = await heapCensus(cdp);
    if (census && i === checkpoints.length - 1) growth = censusGrowth(census, await heapCensus(cdp));
  }
  await context.close();
  return { samples, msPerMount: ms / done, growth };
}

const kb = (bytes) => (bytes / 1024).toFixed(0);

/** @param {{ mounts?: number, diff?: boolean }} options */
export async function run({ mounts = 1000, diff = false } = {}) {
  const checkpoints = [...new Set([...CHECKPOINTS.filter((n) => n < mounts), mounts])];
  const served = await servePage('memory');
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const rows = [];
  const notes = [];
  try {
    for (const [kind, label] of Object.entries(KINDS)) {
      const { samples, msPerMount, growth } = await measureKind(browser, served.url, kind, checkpoints, diff);
      for (const s of samples) {
        rows.push({
          of: label,
          mounts: s.mounts,
          'heap (KB)': kb(s.JSHeapUsedSize),
          listeners: s.JSEventListeners,
          nodes: s.Nodes,
          documents: s.Documents,
        });
      }
      // Growth from the 10th round on (the first ones load code and fill caches), per 1,000 rounds.
      const from = samples.find((s) => s.mounts >= 10) ?? samples[0];
      const to = samples.at(-1);
      const per1000 = (name) => ((to[name] - from[name]) * 1000) / Math.max(1, to.mounts - from.mounts);
      rows.push({
        of: label,
        mounts: `growth per 1,000 (${from.mounts}→${to.mounts})`,
        'heap (KB)': kb(per1000('JSHeapUsedSize')),
        listeners: Math.round(per1000('JSEventListeners')),
        nodes: Math.round(per1000('Nodes')),
        documents: Math.round(per1000('Documents')),
      });
      notes.push(`${label}: ${msPerMount.toFixed(1)} ms per mount, render with data and unmount`);
      if (growth.length) {
        const [a, b] = checkpoints.slice(-2);
        notes.push(
          `${label}: heap snapshot growth from ${a} to ${b} mounts (bytes, count, what):`,
          ...growth,
        );
      }
    }
  } finally {
    await browser.close();
    served.close();
  }
  notes.push(
    'each sample follows a forced garbage collection (CDP HeapProfiler.collectGarbage until the heap stops shrinking)',
    'heap: JSHeapUsedSize; listeners, nodes, documents: CDP Performance.getMetrics of the page',
  );
  return {
    title: `Memory across ${mounts.toLocaleString('en')} mounts and unmounts (flat is the goal)`,
    command: `node bench/memory.mjs --mounts ${mounts}`,
    rows,
    notes,
  };
}

if (import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({
    options: { mounts: { type: 'string', default: '1000' }, diff: { type: 'boolean', default: false } },
  });
  printResult(await run({ mounts: Number(values.mounts), diff: values.diff }));
}
