#!/usr/bin/env node
// Bundle size of what a host ships, against the floor measured in the same run: lit alone, the cost
// every lit element pays. Each entry is bundled with esbuild (minified, ESM, lit included) and each
// output file compressed on its own, as a browser fetches it. Sizes are deterministic, so
// test/bench/size.node.test.ts checks them against bench/budgets.json in `npm test`.
//
// Usage: node bench/size.mjs
import { build } from 'esbuild';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(import.meta.dirname, '..');
/**
 * The product's promises (`budget`, KB brotli) and what holds today (`ceiling`): npm test fails above
 * a ceiling, and a ceiling only ever comes down, until it reaches its budget.
 */
export const BUDGETS = JSON.parse(readFileSync(join(import.meta.dirname, 'budgets.json'), 'utf8'));

const define = (tag) => `import '@profile-elements/elements/define/${tag}.js';`;
/** The README's quick start: the whole page, and the adapter. */
const QUICK_START = `${define('profile-settings')} export { ChatwootAdapter } from '@profile-elements/chatwoot-adapter';`;

/** name → [entry code, budget key]; each measured whole (every chunk but those loaded on demand). */
const ENTRIES = {
  'lit (the floor)': [`export { LitElement, html, css, nothing } from 'lit';`],
  '<profile-details> alone': [define('profile-details'), 'element'],
  '<password-change> alone': [define('password-change'), 'element'],
  '<notification-prefs> alone': [define('notification-prefs'), 'element'],
  '<access-token> alone': [define('access-token'), 'element'],
  '<availability-prefs> alone': [define('availability-prefs'), 'element'],
  '<interface-prefs> alone': [define('interface-prefs'), 'element'],
  '<message-signature> alone': [define('message-signature'), 'element'],
  '<hotkey-prefs> alone': [define('hotkey-prefs'), 'element'],
  'every element (define/all.js)': [define('all')],
  'Chatwoot adapter': [`export * from '@profile-elements/chatwoot-adapter';`],
};

const OPTIONS = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['pe-source'],
  tsconfig: join(ROOT, 'tsconfig.json'),
  legalComments: 'none',
  logLevel: 'error',
  write: false,
  absWorkingDir: ROOT,
};

/** raw / gzip / brotli of some code. */
function sizes(code) {
  return {
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const stdin = (contents) => ({ contents, resolveDir: ROOT, loader: 'ts', sourcefile: 'entry.ts' });

/** A locale module: a page loads the one of the language it shows, none for English. */
const isLocale = (output) => /\/locales\/[\w-]+\.ts$/.test(output.entryPoint ?? '');
/** The Markdown preview (micromark): loaded only when the agent has a signature to show. */
const isMarkdown = (output) => /\/message-signature\/markdown\.ts$/.test(output.entryPoint ?? '');

/**
 * An entry as a host's bundler splits it: the first download is the entry chunk and what it imports
 * statically; the whole is every chunk but the locales and the Markdown preview, loaded on demand
 * (each shown apart, as `locale` and `markdown`).
 */
async function measureSplit(contents) {
  const result = await build({
    ...OPTIONS,
    stdin: stdin(contents),
    splitting: true,
    outdir: 'out',
    metafile: true,
  });
  const files = new Map(result.outputFiles.map((f) => [relative(ROOT, f.path), f.contents]));
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((name) => outputs[name].entryPoint === 'entry.ts');
  const first = new Set();
  const visit = (name) => {
    if (first.has(name)) return;
    first.add(name);
    for (const i of outputs[name].imports) if (i.kind === 'import-statement') visit(i.path);
  };
  visit(entry);
  const sum = (names) => names.map((n) => sizes(files.get(n))).reduce(add);
  const js = Object.keys(outputs).filter((n) => n.endsWith('.js'));
  const locales = js.filter((n) => isLocale(outputs[n]));
  const markdown = js.filter((n) => isMarkdown(outputs[n]));
  const whole = js.filter((n) => !locales.includes(n) && !markdown.includes(n));
  return {
    first: sum([...first]),
    whole: sum(whole),
    files: whole.length,
    firstFiles: first.size,
    locale: locales.length
      ? sizes(files.get(locales.find((n) => n.includes('/de-')) ?? locales[0]))
      : undefined,
    markdown: markdown.length ? sum(markdown) : undefined,
  };
}

/** Every figure, in bytes: `{ name, size, budget? }` in print order. */
export async function measureAll() {
  const figures = [];
  for (const [name, [contents, budget]] of Object.entries(ENTRIES)) {
    figures.push({ name, size: (await measureSplit(contents)).whole, budget });
  }
  const split = await measureSplit(QUICK_START);
  figures.push({
    name: `quick start, first download (${split.firstFiles} files)`,
    size: split.first,
    budget: 'first',
  });
  figures.push({
    name: `quick start, whole page (${split.files} files)`,
    size: split.whole,
    budget: 'whole',
  });
  if (split.locale) figures.push({ name: '+ one language other than English (German)', size: split.locale });
  if (split.markdown)
    figures.push({ name: '+ Markdown preview (a signature to show)', size: split.markdown });
  return figures;
}

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

/** The `size` part of `npm run bench`: a table of rows, with ratios to lit and the budgets. */
export async function run() {
  const figures = await measureAll();
  const floor = figures[0].size.brotli;
  const rows = figures.map(({ name, size, budget }) => {
    const limit = budget && BUDGETS[budget];
    return {
      bundle: name,
      min: kb(size.raw),
      gzip: kb(size.gzip),
      brotli: kb(size.brotli),
      'x lit': (size.brotli / floor).toFixed(2),
      budget: limit ? `${limit.budget} KB` : '',
      held: limit
        ? size.brotli <= limit.budget * 1024
          ? 'yes'
          : `no (${kb(size.brotli - limit.budget * 1024)} over)`
        : '',
    };
  });
  return {
    title: 'size',
    command: 'node bench/size.mjs',
    rows,
    notes: [
      'esbuild, minified ESM, lit included; each file compressed on its own (brotli q11, gzip 9), as a browser fetches it.',
      'The quick start is `define/profile-settings.js` + `ChatwootAdapter` (README), split as a host bundler splits it: the first download is the entry and its static imports; the whole page adds the lazy sections.',
      '"alone": one element\'s define file with lit, as a page that uses only it ships it (every chunk).',
      'Languages: each locale is a chunk of its own, loaded only by a page in that language (English is built in); a row shows one of them.',
      'Markdown preview: micromark, loaded only when the agent has a signature to preview (a row of its own).',
    ],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { rows, notes } = await run();
  console.table(rows);
  for (const note of notes) console.log(note);
}
