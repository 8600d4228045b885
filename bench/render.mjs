#!/usr/bin/env node
// Benchmark, not a pass/fail test: first render of our elements against a bare lit form of the same
// four fields (the floor) and a Shoelace form, built and run in the same process and browser.
//
// Usage: node bench/render.mjs [--runs 21] [--trace]
// Each case is one page whose bundle (esbuild, minified, lit's production build, everything inlined,
// no code splitting) starts with `performance.mark('eval-start')`; times are from that mark:
// - rendered: the element shows its data (sections: `:state(ready)`; the forms: every control has
//   rendered), with no lit update pending;
// - frame: the first frame after that (a requestAnimationFrame, then the next task);
// - FCP, lit renders per element, and CDP's script / style / layout durations for the whole load.
// Loads are interleaved (the case order rotates each round), each in a fresh browser context.
// With --trace, one more load of each case runs under the CPU profiler and a timeline trace:
// the top self-time functions (mapped to source files) and the time per kind of work.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { extname, join, normalize, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.mjs';

const here = import.meta.dirname;
const root = join(here, '..');
const out = join(here, 'results/render');

export const CASES = {
  lit: 'bare lit form (floor)',
  shoelace: 'Shoelace 2.20.1 form',
  'profile-details': '<profile-details>',
  'profile-settings': '<profile-settings> (every section)',
};

/** One bundle per case; the trace build also writes source maps, to name the functions' files. */
async function buildCases(dir, sourcemap) {
  await mkdir(dir, { recursive: true });
  await build({
    entryPoints: Object.keys(CASES).map((name) => ({ in: join(here, `render/${name}.ts`), out: name })),
    outdir: dir,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    splitting: false,
    conditions: ['pe-source'],
    tsconfig: join(root, 'tsconfig.json'),
    banner: { js: "performance.mark('eval-start');" },
    sourcemap: sourcemap ? 'linked' : false,
    legalComments: 'none',
    logLevel: 'error',
  });
}

/** Serves bench/results; `/<dir>/<case>.html` is made up here: the case's script, and its CSS if any. */
function serve() {
  const base = join(here, 'results');
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(base, path));
    if (!file.startsWith(base + sep)) return void res.writeHead(403).end();
    const headers = (type) => ({ 'content-type': type, 'cache-control': 'no-store' });
    if (file.endsWith('.html')) {
      const name = file.slice(0, -'.html'.length);
      const css = existsSync(`${name}.css`)
        ? `<link rel="stylesheet" href="./${name.split(sep).pop()}.css" />`
        : '';
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8" />${css}</head><body><script type="module" src="./${name.split(sep).pop()}.js"></script></body></html>`;
      return void res.writeHead(200, headers('text/html')).end(html);
    }
    const body = await readFile(file).catch(() => null);
    if (!body) return void res.writeHead(404).end();
    const type = { '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' }[extname(file)];
    res.writeHead(200, headers(type ?? 'application/octet-stream')).end(body);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const METRICS = ['ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration', 'TaskDuration'];

/**
 * One load in a fresh context, as a first visit: the CDP domains are enabled on the new tab's blank
 * page and stay on through the navigation (the browser gives it the tab's unused process).
 */
async function load(browser, origin, path, { profile } = {}) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const before = metricsOf(await cdp.send('Performance.getMetrics'));
    let trace;
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      trace = startTrace(cdp);
      await trace.started;
    }
    const done = page.waitForEvent('console', {
      predicate: (m) => m.text() === 'bench:done',
      timeout: 15000,
    });
    await page.goto(`${origin}${path}`);
    await done;
    const result = await page.evaluate(() => window.benchResult);
    const after = metricsOf(await cdp.send('Performance.getMetrics'));
    for (const m of METRICS) result[m] = (after[m] - before[m]) * 1000;
    if (profile) {
      result.profile = (await cdp.send('Profiler.stop')).profile;
      result.trace = await trace.stop();
    }
    if (errors.length) throw new Error(`${path}: ${errors.join('; ')}`);
    return result;
  } finally {
    await context.close();
  }
}

const metricsOf = ({ metrics }) => Object.fromEntries(metrics.map((m) => [m.name, m.value]));

/** A timeline trace (devtools.timeline) over CDP, its events collected in memory. */
function startTrace(cdp) {
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const started = cdp.send('Tracing.start', {
    categories: 'devtools.timeline,blink.user_timing,v8.execute,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  const stop = async () => {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
  return { started, stop };
}

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const fmt = (n) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(1));
const range = (list) => `${fmt(Math.min(...list))}–${fmt(Math.max(...list))}`;

/** Renders per element, as "tag ×count (ms)", from the median load. */
function rendersOf(samples) {
  const tags = new Set(samples.flatMap((s) => Object.keys(s.renders)));
  return [...tags]
    .map((tag) => {
      const count = median(samples.map((s) => s.renders[tag]?.count ?? 0));
      const ms = median(samples.map((s) => s.renders[tag]?.ms ?? 0));
      return `${tag} ×${count} (${ms.toFixed(1)} ms)`;
    })
    .join(', ');
}

// ---- trace analysis ----------------------------------------------------------------------------

/** Maps a bundle position to its source file:line, through the trace build's source maps. */
async function sourceMapper(dir) {
  const maps = new Map();
  for (const name of Object.keys(CASES)) {
    const map = JSON.parse(await readFile(join(dir, `${name}.js.map`), 'utf8'));
    maps.set(`${name}.js`, new SourceMap(map));
  }
  return (url, line, column) => {
    const map = maps.get(url.split('/').pop());
    if (!map) return url ? `${url.split('/').pop()}:${line + 1}` : '(native)';
    const entry = map.findEntry(line, column);
    if (!entry?.originalSource) return `${url.split('/').pop()}:${line + 1}`;
    const source = relative(dir, entry.originalSource.replace(/^file:\/\//, ''))
      .replace(/^(\.\.\/)+/, '')
      .replace(/^node_modules\//, '');
    return `${source}:${entry.originalLine + 1}`;
  };
}

/** The samples of a CPU profile that fall in [from, to] (µs, the trace clock), with their duration in ms. */
function samplesIn(profile, from, to) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const out = [];
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (t < from || t > to) continue;
    const { functionName } = byId.get(profile.samples[i]).callFrame;
    if (['(idle)', '(program)', '(root)'].includes(functionName)) continue;
    out.push({ frame: byId.get(profile.samples[i]).callFrame, ms: dt });
  }
  return out;
}

/** Self time per function, and per source file, from eval-start to the frame. */
function selfTimes(samples, locate, top = 15) {
  const fns = new Map();
  const files = new Map();
  for (const { frame, ms } of samples) {
    const { functionName, url, lineNumber, columnNumber } = frame;
    const where = url ? locate(url, lineNumber, columnNumber) : '';
    const key = `${functionName || '(anonymous)'}  ${where}`;
    fns.set(key, (fns.get(key) ?? 0) + ms);
    const file = where ? where.replace(/:\d+$/, '') : `(native ${functionName})`;
    files.set(file, (files.get(file) ?? 0) + ms);
  }
  const sorted = (map, n) => [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
  return {
    total: samples.reduce((sum, s) => sum + s.ms, 0),
    top: sorted(fns, top),
    files: sorted(files, 10),
  };
}

const KINDS = {
  script: [
    'EvaluateScript',
    'v8.compile',
    'v8.compileModule',
    'v8.evaluateModule',
    'FunctionCall',
    'EventDispatch',
    'TimerFire',
    'FireAnimationFrame',
    'FireIdleCallback',
    'RunMicrotasks',
    'v8.run',
  ],
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
  layout: ['Layout'],
  paint: ['PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer', 'CompositeLayers', 'PaintImage'],
};

/**
 * Main-thread time per kind of work from eval-start to the frame, from the timeline trace: the
 * outermost events of each kind (nested ones of the same kind are not counted twice). Style and
 * layout that script forces are inside script events and counted in both.
 */
function timeSplit(events, from, to) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const kindOf = new Map(Object.entries(KINDS).flatMap(([kind, names]) => names.map((n) => [n, kind])));
  const sums = Object.fromEntries(Object.keys(KINDS).map((k) => [k, 0]));
  const openUntil = Object.fromEntries(Object.keys(KINDS).map((k) => [k, -1]));
  const complete = events
    .filter((e) => e.ph === 'X' && e.pid === main?.pid && e.tid === main?.tid && e.dur && kindOf.has(e.name))
    .sort((a, b) => a.ts - b.ts);
  for (const e of complete) {
    const kind = kindOf.get(e.name);
    if (e.ts < openUntil[kind]) continue;
    openUntil[kind] = e.ts + e.dur;
    // Only the part inside the window.
    const inside = Math.min(e.ts + e.dur, to) - Math.max(e.ts, from);
    if (inside > 0) sums[kind] += inside / 1000;
  }
  return sums;
}

// ---- the run -----------------------------------------------------------------------------------

export async function run({ runs = 21, trace = false } = {}) {
  await buildCases(out, false);
  const server = await serve();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const names = Object.keys(CASES);
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  const notes = [];
  try {
    // One warm-up load per case (disk cache of the browser binary, JIT of the driver), not counted.
    for (const name of names) await load(browser, origin, `/render/${name}.html`);
    for (let i = 0; i < runs; i++) {
      // Rotate the order each round, so that no case always follows the same one.
      const order = names.map((_, k) => names[(k + i) % names.length]);
      for (const name of order) samples[name].push(await load(browser, origin, `/render/${name}.html`));
    }
    if (trace) notes.push(...(await traceCases(browser, origin)));
  } finally {
    await browser.close();
    server.close();
  }

  const floor = samples.lit;
  const m = (list, key) => median(list.map((s) => s[key]));
  const rows = names.map((name) => {
    const s = samples[name];
    return {
      case: CASES[name],
      'rendered ms': fmt(m(s, 'rendered')),
      'rendered min–max': range(s.map((x) => x.rendered)),
      'x lit': (m(s, 'rendered') / m(floor, 'rendered')).toFixed(2),
      'frame ms': fmt(m(s, 'frame')),
      'frame min–max': range(s.map((x) => x.frame)),
      'frame x lit': (m(s, 'frame') / m(floor, 'frame')).toFixed(2),
      'FCP ms': fmt(
        m(
          s.filter((x) => x.fcp !== undefined),
          'fcp',
        ),
      ),
      'script ms': fmt(m(s, 'ScriptDuration')),
      'style ms': fmt(m(s, 'RecalcStyleDuration')),
      'layout ms': fmt(m(s, 'LayoutDuration')),
    };
  });
  notes.unshift(
    ...names.filter((n) => n !== 'lit').map((n) => `${CASES[n]} renders: ${rendersOf(samples[n])}`),
    `${CASES.lit} renders: ${rendersOf(samples.lit)}`,
    "rendered/frame/FCP: ms from the bundle's first statement; script/style/layout: CDP Performance.getMetrics over the whole navigation (thread time)",
  );
  return {
    title: `First render, median of ${runs} interleaved loads, each in a fresh browser context`,
    command: `node bench/render.mjs --runs ${runs}${trace ? ' --trace' : ''}`,
    rows,
    notes,
  };
}

/** One profiled load per case: top self-time functions, time per source file, time per kind of work. */
async function traceCases(browser, origin) {
  const dir = join(here, 'results/render-trace');
  await buildCases(dir, true);
  const locate = await sourceMapper(dir);
  const notes = [];
  for (const name of Object.keys(CASES)) {
    const result = await load(browser, origin, `/render-trace/${name}.html`, { profile: true });
    await writeFile(join(dir, `${name}.cpuprofile`), JSON.stringify(result.profile));
    await writeFile(join(dir, `${name}.trace.json`), JSON.stringify({ traceEvents: result.trace }));
    // The window: from the bundle's first statement (its user-timing mark) to the frame.
    const mark = result.trace.find((e) => e.name === 'eval-start' && e.cat.includes('user_timing'));
    const from = mark.ts;
    const to = from + result.frame * 1000;
    const { total, top, files } = selfTimes(samplesIn(result.profile, from, to), locate);
    const sums = timeSplit(result.trace, from, to);
    const updates = result.log.map(([tag, at, ms]) => `${tag}@${fmt(at)}+${fmt(ms)}`).join(' ');
    notes.push(
      `--- trace: ${CASES[name]} (profiled at 100 µs, so slower than the table): rendered ${fmt(result.rendered)} ms, frame ${fmt(result.frame)} ms`,
      `    main thread, eval-start → frame: ${Object.entries(sums)
        .map(([k, v]) => `${k} ${fmt(v)}`)
        .join(', ')} ms; JS samples ${fmt(total)} ms`,
      `    lit updates (tag@start+ms): ${updates}`,
      `    self time by file: ${files.map(([f, ms]) => `${f} ${fmt(ms)}`).join(', ')}`,
      ...top.map(([fn, ms]) => `    ${fmt(ms).padStart(6)} ms  ${fn}`),
    );
  }
  notes.push(`raw profiles and traces: ${relative(root, dir)}/*.cpuprofile, *.trace.json (open in DevTools)`);
  return notes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '21' }, trace: { type: 'boolean', default: false } },
  });
  const { title, command, rows, notes } = await run({ runs: Number(values.runs), trace: values.trace });
  console.log(title);
  console.table(rows);
  for (const note of notes) console.log(note);
  console.log(`reproduce: ${command}`);
}
