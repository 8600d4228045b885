#!/usr/bin/env node
// `npm test`: every check, and one closing line "N passed, N failed".
//   typecheck, lint        one check each
//   node                   reference-server tests over real HTTP (node:test)
//   wtr                    unit, component and contract tests in headless Chromium
//   stories                every Storybook story checked with axe
//   e2e                    the demo page driven by @playwright/test (playwright.config.ts)
//   hosts                  the packed tarballs installed into scratch hosts (plain Vite, React; and the
//                          React, Preact, Vue, Svelte and Angular typings hosts) outside
//                          the workspace, type-checked, built and driven in Chromium
//                          (test/packaging/playwright.config.ts); last, as it rebuilds the packages' dist/
// Steps in one group run side by side, groups one after another: typecheck, lint and node each keep
// about one core busy, while the browser steps use both cores on their own.
// `npm test -- wtr e2e` runs only the named steps.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';

const NODE_TS = ['--conditions=pe-source', '--import', 'tsx'];
const STEPS = {
  typecheck: { cmd: 'npx', args: ['tsc', '-p', 'tsconfig.json'], count: checkCount },
  lint: { cmd: 'npm', args: ['run', '--silent', 'lint'], count: checkCount },
  wtr: {
    cmd: 'node',
    args: [...NODE_TS, 'node_modules/@web/test-runner/dist/bin.js', '--coverage'],
    count: (out) => lineCount(out, /^wtr: (\d+) passed, (\d+) failed/m),
  },
  node: {
    cmd: 'node',
    args: [...NODE_TS, '--test', '--test-reporter=spec', ...nodeTests()],
    count: (out) => {
      const pass = out.match(/^ℹ pass (\d+)/m);
      const fail = out.match(/^ℹ fail (\d+)/m);
      return pass && fail ? { passed: +pass[1], failed: +fail[1] } : null;
    },
  },
  stories: {
    // Every Storybook story rendered and checked with axe (builds Storybook first).
    cmd: 'sh',
    args: ['-c', 'npm run --silent build-storybook && node scripts/storybook-axe.mjs'],
    count: (out) => lineCount(out, /^storybook-axe: (\d+) passed, (\d+) failed/m),
  },
  e2e: {
    cmd: 'npx',
    args: ['playwright', 'test'],
    // The closing line of test/e2e/summary-reporter.ts.
    count: (out) => lineCount(out, /^e2e: (\d+) passed, (\d+) failed/m),
  },
  hosts: {
    cmd: 'npx',
    args: ['playwright', 'test', '-c', 'test/packaging/playwright.config.ts'],
    count: (out) => lineCount(out, /^e2e: (\d+) passed, (\d+) failed/m),
  },
};
const GROUPS = [['typecheck', 'lint', 'node'], ['wtr'], ['stories'], ['e2e'], ['hosts']];

function nodeTests() {
  return readdirSync('test', { recursive: true })
    .filter((f) => f.endsWith('.node.test.ts'))
    .map((f) => `test/${f}`);
}
function checkCount(_out, code) {
  return code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}
function lineCount(out, re) {
  const m = out.match(re);
  return m ? { passed: +m[1], failed: +m[2] } : null;
}

/** Runs a step; its output goes straight through, or is `held` until it ends (when steps run side by side). */
function run({ cmd, args }, held) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    let out = '';
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        out += chunk;
        if (!held) (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
      });
    }
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

/** Runs one step and counts its results; a runner that crashed before counting is one failure. */
async function runStep(name, held) {
  const step = STEPS[name];
  const title = `\n=== ${name}: ${step.cmd} ${step.args.join(' ')}`;
  if (!held) console.log(title);
  const started = Date.now();
  const { code, out } = await run(step, held);
  if (held) console.log(`${title}\n${out}`);
  let counted = step.count(out, code) ?? { passed: 0, failed: 1 };
  if (code !== 0 && counted.failed === 0) counted = { ...counted, failed: 1 };
  return { name, ...counted, seconds: (Date.now() - started) / 1000 };
}

const wanted = process.argv.slice(2);
for (const name of wanted)
  if (!STEPS[name]) throw new Error(`unknown step ${name}; steps: ${Object.keys(STEPS).join(', ')}`);
const total = { passed: 0, failed: 0 };
const lines = [];
for (const group of GROUPS) {
  const names = group.filter((name) => !wanted.length || wanted.includes(name));
  const results = await Promise.all(names.map((name) => runStep(name, names.length > 1)));
  for (const { name, passed, failed, seconds } of results) {
    total.passed += passed;
    total.failed += failed;
    lines.push(`${name}: ${passed} passed, ${failed} failed (${seconds.toFixed(1)} s)`);
  }
}
console.log(`\n${lines.join('\n')}`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exitCode = total.failed ? 1 : 0;
