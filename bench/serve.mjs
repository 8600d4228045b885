// What the browser benchmarks share: a page bundled as a host ships it, served on a free port, and
// how a result prints when a benchmark runs on its own.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdir, readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const here = import.meta.dirname;

/** Bundles the page (lit's production build) and serves bench/ on a free port. */
export async function servePage(entry) {
  await mkdir(join(here, 'results'), { recursive: true });
  await build({
    entryPoints: [join(here, `${entry}.page.ts`)],
    outfile: join(here, `results/${entry}.page.js`),
    bundle: true,
    // Minified as a host ships it, but with names and lines kept so a profile reads.
    minifySyntax: true,
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
  return { url: `http://127.0.0.1:${server.address().port}/${entry}.html`, close: () => server.close() };
}

/** Prints a benchmark's `{ title, rows, notes }` (run on its own; `npm run bench` prints all). */
export function printResult({ title, rows, notes = [] }) {
  console.log(title);
  console.table(rows);
  for (const note of notes) console.log(note);
}
