#!/usr/bin/env node
// Bundle size of what a host ships, against baselines measured in the same run:
// lit alone (the floor every lit element pays) and the budget (20 KB brotli for all elements with lit).
// Each entry is bundled with esbuild (minified, ESM, everything inlined) and compressed here.
import { build } from 'esbuild';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const BUDGET_BROTLI = 20 * 1024;

const entries = {
  'lit (baseline)': `export { LitElement, html, css, nothing } from 'lit'; export * from 'lit/decorators.js';`,
  'all elements + lit': `import '@profile-elements/elements/define/all.js';`,
  '<profile-details> + lit': `import '@profile-elements/elements/define/profile-details.js';`,
  // What the README's "Add it to your app" ships.
  'quick start: <profile-settings> + ChatwootAdapter': `import '@profile-elements/elements/define/profile-settings.js'; export { ChatwootAdapter } from '@profile-elements/chatwoot-adapter';`,
  'chatwoot-adapter (+ zod/mini)': `export * from '@profile-elements/chatwoot-adapter';`,
};

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
  const code = result.outputFiles[0].contents;
  return {
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const rows = [];
let baseline;
for (const [name, contents] of Object.entries(entries)) {
  const size = await measure(contents);
  baseline ??= size;
  rows.push({
    bundle: name,
    min: kb(size.raw),
    gzip: kb(size.gzip),
    brotli: kb(size.brotli),
    'x lit': (size.brotli / baseline.brotli).toFixed(2),
    'of budget': `${((size.brotli / BUDGET_BROTLI) * 100).toFixed(0)} %`,
  });
}
console.table(rows);
console.log(`budget: all elements + lit ≤ ${kb(BUDGET_BROTLI)} brotli`);
