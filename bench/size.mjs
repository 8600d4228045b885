#!/usr/bin/env node
// Bundle size of what a host ships, against baselines measured in the same run:
// lit alone (the floor every lit element pays) and the budget (20 KB brotli for all elements with lit).
// Each entry is bundled with esbuild (minified, ESM, everything inlined) and compressed here.
import { build } from 'esbuild';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { relative } from 'node:path';

const BUDGET_BROTLI = 20 * 1024;

const QUICK_START = `import '@profile-elements/elements/define/profile-settings.js'; export { ChatwootAdapter } from '@profile-elements/chatwoot-adapter';`;

const entries = {
  'lit (baseline)': `export { LitElement, html, css, nothing } from 'lit'; export * from 'lit/decorators.js';`,
  'all elements + lit': `import '@profile-elements/elements/define/all.js';`,
  '<profile-details> + lit': `import '@profile-elements/elements/define/profile-details.js';`,
  // What the README's "Add it to your app" ships: everything, lazy chunks inlined (the whole page).
  'quick start: <profile-settings> + ChatwootAdapter': QUICK_START,
  'chatwoot-adapter (+ zod/mini)': `export * from '@profile-elements/chatwoot-adapter';`,
};

const OPTIONS = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['pe-source'],
  tsconfig: 'tsconfig.json',
  legalComments: 'none',
  logLevel: 'error',
};

/** raw / gzip / brotli of some code. */
function sizes(code) {
  return {
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * The quick start as a host's bundler splits it: the first download is the entry chunk and what it
 * imports statically; the lazy sections come in chunks of their own. Each file compressed alone,
 * as a browser fetches it.
 */
async function measureSplit(contents) {
  const result = await build({
    ...OPTIONS,
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts', sourcefile: 'entry.ts' },
    splitting: true,
    outdir: 'out',
    write: false,
    metafile: true,
  });
  const files = new Map(result.outputFiles.map((f) => [relative(process.cwd(), f.path), f.contents]));
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((name) => outputs[name].entryPoint);
  const first = new Set();
  const visit = (name) => {
    if (first.has(name)) return;
    first.add(name);
    for (const i of outputs[name].imports) if (i.kind === 'import-statement') visit(i.path);
  };
  visit(entry);
  const sum = (names) =>
    names
      .map((n) => sizes(files.get(n)))
      .reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }));
  return {
    first: sum([...first]),
    whole: sum([...files.keys()].filter((n) => n.endsWith('.js'))),
    chunks: files.size,
  };
}

async function measure(contents) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    conditions: ['pe-source'],
    tsconfig: 'tsconfig.json',
    legalComments: 'none',
    logLevel: 'error',
  });
  return sizes(result.outputFiles[0].contents);
}

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const rows = [];
let baseline;
const row = (bundle, size) => ({
  bundle,
  min: kb(size.raw),
  gzip: kb(size.gzip),
  brotli: kb(size.brotli),
  'x lit': (size.brotli / baseline.brotli).toFixed(2),
  'of budget': `${((size.brotli / BUDGET_BROTLI) * 100).toFixed(0)} %`,
});
for (const [name, contents] of Object.entries(entries)) {
  const size = await measure(contents);
  baseline ??= size;
  rows.push(row(name, size));
}
const split = await measureSplit(QUICK_START);
rows.push(row('quick start, first download (split)', split.first));
rows.push(row(`quick start, whole page (split, ${split.chunks} files)`, split.whole));
console.table(rows);
console.log(`budget: all elements + lit ≤ ${kb(BUDGET_BROTLI)} brotli`);
