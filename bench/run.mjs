#!/usr/bin/env node
// `npm run bench`: every benchmark, one after another (they would skew each other side by side),
// each printed beside the baseline it measures in the same run, then all of it written to
// bench/RESULTS.md with the command that reproduces each part.
//
// Usage: npm run bench [-- --only size,render] [-- --quick]
//   --quick   fewer runs (for a look, not for the record: RESULTS.md is not written)
import { writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumPath } from '../scripts/chromium.mjs';

const { values } = parseArgs({
  options: { only: { type: 'string' }, quick: { type: 'boolean', default: false } },
});
const BENCHES = {
  size: () => import('./size.mjs').then((m) => m.run()),
  render: () => import('./render.mjs').then((m) => m.run(values.quick ? { runs: 5 } : {})),
  scale: () => import('./scale.mjs').then((m) => m.run(values.quick ? { runs: 3 } : {})),
  memory: () => import('./memory.mjs').then((m) => m.run(values.quick ? { mounts: 100 } : {})),
};
const chosen = values.only ? values.only.split(',') : Object.keys(BENCHES);
for (const name of chosen) if (!(name in BENCHES)) throw new Error(`No benchmark called ${name}`);

/** A GitHub table of plain row objects. */
function markdownTable(rows) {
  if (!rows.length) return '';
  const keys = Object.keys(rows[0]);
  const cell = (v) =>
    String(v ?? '')
      .replaceAll('|', '\\|')
      .replaceAll('<', '&lt;');
  return [
    `| ${keys.join(' | ')} |`,
    `| ${keys.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${keys.map((k) => cell(row[k])).join(' | ')} |`),
  ].join('\n');
}

const browser = (() => {
  try {
    return execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'Chromium (version unknown)';
  }
})();
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${browser}`;

const sections = [];
for (const name of chosen) {
  const started = Date.now();
  console.log(`\n== ${name}`);
  const result = await BENCHES[name]();
  console.table(result.rows);
  for (const note of result.notes ?? []) console.log(note);
  console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s; reproduce: ${result.command})`);
  sections.push(
    [
      `## ${result.title}`,
      '',
      `\`${result.command}\``,
      '',
      markdownTable(result.rows),
      '',
      ...(result.notes ?? []).map((note) => `- ${note}`),
    ].join('\n'),
  );
}

if (values.quick || values.only) {
  console.log('\nbench/RESULTS.md not written (a partial or quick run).');
} else {
  const text = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine}.`,
    'Each figure stands beside a baseline measured in the same run; compare the ratios, not the milliseconds, across machines.',
    '',
    ...sections.flatMap((s) => [s, '']),
  ].join('\n');
  await writeFile(join(import.meta.dirname, 'RESULTS.md'), text);
  console.log('\nwrote bench/RESULTS.md');
}
