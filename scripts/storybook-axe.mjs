#!/usr/bin/env node
// Accessibility check of every story in a built Storybook (`npm run build-storybook` first).
//
// Serves storybook-static/ on 127.0.0.1, shows each story (the list comes from
// storybook-static/index.json) in Storybook's iframe in headless Chromium — one page per worker,
// switching stories in place; a story that fails there is checked again in a fresh page — waits
// until Storybook has finished the story (loaders, render, play function), then runs axe-core over
// it the way the a11y addon does (whole body minus Storybook's own chrome, `region` rule off: a
// story is not a page).
//
// Every story is checked in four modes: light, dark, right to left and forced colours
// (Windows High Contrast). A console error fails the story as a violation does.
//
// Prints one line per story and mode and the violations, then `storybook-axe: N passed, N failed`.
// Exits 1 when any story has a violation, logged a console error, or its play function (or render) failed.
//
// Usage: node scripts/storybook-axe.mjs [--dir storybook-static] [--filter <substring of story id>]
//        [--modes light,dark,rtl,forced-colors]
// Env:   CHROME_PATH (see scripts/chromium.mjs), STORY_TIMEOUT_MS (default 20000),
//        STORYBOOK_AXE_WORKERS (stories checked side by side, default 2)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const repo = resolve(import.meta.dirname, '..');
const { values: opts } = parseArgs({
  options: {
    dir: { type: 'string', default: join(repo, 'storybook-static') },
    filter: { type: 'string' },
    modes: { type: 'string', default: 'light,dark,rtl,forced-colors' },
  },
});

/** How each mode sets the page up: Storybook globals (the toolbars) and emulated media. */
const MODES = {
  light: { globals: 'theme:light', media: {}, off: [] },
  dark: { globals: 'theme:dark', media: {}, off: [] },
  rtl: { globals: 'direction:rtl', media: {}, off: [] },
  // Under forced colours the user's palette sets every colour, and axe cannot tell what is painted
  // (it measures the page's own colours against a white canvas): contrast is not checked there, by
  // this script or by the a11y addon's own run in the story (`a11y.manual`).
  'forced-colors': {
    globals: 'theme:light;a11y.manual:!true',
    media: { forcedColors: 'active' },
    off: ['color-contrast'],
  },
};
const modes = opts.modes.split(',');
for (const mode of modes) if (!(mode in MODES)) throw new Error(`storybook-axe: no mode "${mode}"`);
const root = resolve(opts.dir);
const storyTimeout = Number(process.env.STORY_TIMEOUT_MS ?? 20_000);
const axeSource = await readFile(join(repo, 'node_modules/axe-core/axe.min.js'), 'utf8');

let index;
try {
  index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
} catch (error) {
  console.error(
    `storybook-axe: cannot read ${join(root, 'index.json')} (run \`npm run build-storybook\` first)`,
  );
  console.error(String(error));
  process.exit(1);
}
const stories = Object.values(index.entries)
  .filter((entry) => entry.type === 'story')
  .filter((entry) => !opts.filter || entry.id.includes(opts.filter));

// ---- static server -------------------------------------------------------------------------------
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let file = normalize(join(root, decodeURIComponent(url.pathname)));
  if (file !== root && !file.startsWith(root + sep)) {
    res.writeHead(403).end();
    return;
  }
  if (file.endsWith(sep)) file += 'index.html';
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}`;

// ---- browser -------------------------------------------------------------------------------------
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: CHROMIUM_ARGS,
});

/**
 * Runs in the page before Storybook: catches the preview's channel when Storybook creates it, and
 * records how the story ended (`storyFinished`) and why it failed, if it did.
 */
function watchStorybook() {
  const state = { finished: null, errors: [] };
  Object.defineProperty(window, '__storybookAxe', { value: state });
  let channel;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(next) {
      channel = next;
      next.on('storyFinished', (event) => (state.finished = { status: event.status }));
      const failed = (what) => (error) =>
        state.errors.push(`${what}: ${error?.message ?? error?.title ?? JSON.stringify(error)}`);
      next.on('playFunctionThrewException', failed('play function threw'));
      next.on('storyThrewException', failed('story threw'));
      next.on('storyErrored', failed('story errored'));
      next.on('storyMissing', failed('story missing'));
      next.on('unhandledErrorsWhilePlaying', (errors) =>
        errors.forEach((e) => state.errors.push(`unhandled error while playing: ${e?.message ?? e}`)),
      );
    },
  });
}

async function runAxe(off) {
  const axe = window.axe;
  axe.reset();
  axe.configure({ rules: ['region', ...off].map((id) => ({ id, enabled: false })) });
  const result = await axe.run(
    { include: document.body, exclude: ['.sb-wrapper', '#storybook-docs', '#storybook-highlights-root'] },
    { resultTypes: ['violations'] },
  );
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    helpUrl: v.helpUrl,
    nodes: v.nodes.map((n) => ({
      // A target inside shadow roots is a list of selectors, host by host.
      target: n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(', '),
      summary: n.failureSummary,
    })),
  }));
}

// Messages from `expect` carry terminal colours.
// eslint-disable-next-line no-control-regex
const plain = (text) => String(text).replace(/\u001b\[[0-9;]*m/g, '');

/**
 * A worker's page, kept from story to story: loading Storybook's preview takes most of a story's
 * time, so the next story is switched to in place, as Storybook's own UI does (`setCurrentStory`;
 * Storybook tears the last story down first, running its cleanups).
 */
async function openPage(story, mode) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
  await page.emulateMedia(MODES[mode].media);
  await page.addInitScript(watchStorybook);
  const { globals } = MODES[mode];
  await page.goto(
    `${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=${globals}`,
    { waitUntil: 'load' },
  );
  return { page, errors };
}

function showStory(id) {
  const state = window.__storybookAxe;
  state.finished = null;
  state.errors.length = 0;
  window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
}

/**
 * Checks one story: what went wrong, and axe's violations. In the worker's page when it has one;
 * a story that fails there is checked again in a fresh page, so that nothing an earlier story left
 * behind can fail it (only the fresh page's verdict counts).
 */
async function check({ story, mode }, worker, fresh = false) {
  const begun = Date.now();
  const problems = [];
  let violations = [];
  try {
    if (worker.current && !fresh) {
      worker.current.errors.length = 0;
      await worker.current.page.evaluate(showStory, story.id);
    } else {
      await worker.current?.page.close();
      worker.current = await openPage(story, mode);
    }
    const { page, errors } = worker.current;
    try {
      await page.waitForFunction(() => window.__storybookAxe.finished, null, { timeout: storyTimeout });
    } catch {
      problems.push(`did not finish within ${storyTimeout} ms`);
    }
    const state = await page.evaluate(() => window.__storybookAxe);
    problems.push(...state.errors);
    if (state.finished?.status === 'error' && !state.errors.length) {
      // The a11y addon's own report (parameters.a11y.test = 'error') or an unhandled error failed it.
      problems.push('Storybook reported the story as failed (see the a11y addon panel)');
    }
    if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
    violations = await page.evaluate(runAxe, MODES[mode].off);
    problems.push(...errors);
  } catch (error) {
    problems.push(`could not check: ${error.message.split('\n')[0]}`);
  }
  if ((problems.length || violations.length) && !fresh) return check({ story, mode }, worker, true);
  return { story, mode, problems, violations, seconds: (Date.now() - begun) / 1000 };
}

function report({ story, mode, problems, violations, seconds }) {
  if (!problems.length && !violations.length) {
    console.log(`ok - ${story.id} [${mode}] (${seconds.toFixed(1)} s)`);
    return true;
  }
  console.log(`not ok - ${story.id} [${mode}] (${story.title} / ${story.name})`);
  for (const problem of problems) {
    for (const line of plain(problem).split('\n')) if (line.trim()) console.log(`    ${line}`);
  }
  for (const v of violations) {
    console.log(`    [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`);
    for (const node of v.nodes) {
      console.log(`      at ${node.target}`);
      for (const line of (node.summary ?? '').split('\n'))
        if (line.trim()) console.log(`        ${line.trim()}`);
    }
  }
  return false;
}

// Stories are independent (each worker's page has its own browser context), so a few run side by
// side, each worker in one mode at a time (a page keeps its mode from story to story); results are
// reported in story order.
const workers = Math.max(1, Number(process.env.STORYBOOK_AXE_WORKERS ?? 2));
const checks = modes.flatMap((mode) => stories.map((story) => ({ story, mode })));
const results = new Array(checks.length);
let next = 0;
const started = Date.now();
await Promise.all(
  Array.from({ length: workers }, async () => {
    const worker = { current: undefined, mode: undefined };
    while (next < checks.length) {
      const i = next++;
      if (worker.mode !== checks[i].mode) {
        await worker.current?.page.close();
        worker.current = undefined;
        worker.mode = checks[i].mode;
      }
      results[i] = await check(checks[i], worker);
    }
    await worker.current?.page.close();
  }),
);
let passed = 0;
let failed = 0;
for (const result of results) {
  if (report(result)) passed++;
  else failed++;
}

await browser.close();
server.close();
console.log(
  `(${stories.length} stories × ${modes.length} modes in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
console.log(`storybook-axe: ${passed} passed, ${failed} failed`);
process.exit(failed || !stories.length ? 1 : 0);
