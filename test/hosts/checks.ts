/**
 * Each framework's checker over its host in test/hosts/<framework>/ and what it must report, shared by
 * test/docs/framework-types.node.test.ts (the workspace sources) and test/packaging/frameworks.pack.ts
 * (an app that installed the tarballs): tsc for React and Preact, vue-tsc, svelte-check, ngc with
 * strict templates. A host uses <profile-settings> as an app would, and has the mistakes the typings
 * must refuse: `@ts-expect-error` / `@vue-expect-error` lines where the checker has them, and for
 * Svelte and Angular templates, which have none, `<!-- expect-error: … -->` comments whose next line
 * must be exactly where the errors are.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/** The folder of the hosts, one subfolder a framework. */
export const HOSTS = import.meta.dirname;

export const FRAMEWORK_HOSTS = [
  { framework: 'react', title: 'React 19 host: tsc' },
  { framework: 'preact', title: 'Preact host: tsc' },
  { framework: 'vue', title: 'Vue host: vue-tsc' },
  { framework: 'svelte', title: 'Svelte host: svelte-check' },
  { framework: 'angular', title: 'Angular host: ngc with strict templates' },
] as const;

export type Framework = (typeof FRAMEWORK_HOSTS)[number]['framework'];

/**
 * Runs the framework's checker over the host in `dir` (its tsconfig.json), with the checker installed
 * under `installed` (a folder with a package.json), and asserts what the test's header says.
 */
export async function checkHost(framework: Framework, dir: string, installed: string): Promise<void> {
  const run = (pkg: string, bin: string, args: string[]) => checker(binPath(installed, pkg, bin), args, dir);
  switch (framework) {
    case 'react':
    case 'preact': {
      const { code, output } = await run('typescript', 'tsc', ['-p', 'tsconfig.json']);
      assert.equal(code, 0, output);
      return;
    }
    case 'vue': {
      const { code, output } = await run('vue-tsc', 'vue-tsc', ['-p', 'tsconfig.json']);
      assert.equal(code, 0, output);
      return;
    }
    case 'svelte': {
      const { output } = await run('svelte-check', 'svelte-check', [
        '--workspace',
        '.',
        '--tsconfig',
        './tsconfig.json',
        '--output',
        'machine',
      ]);
      assert.match(output, /COMPLETED/, output);
      // `<time> ERROR "Mistakes.svelte" 15:19 "message"`, lines counted from 1.
      const problems = [...output.matchAll(/^\d+ (ERROR|WARNING) "([^"]+)" (\d+):\d+ (.*)$/gm)].map(
        ([, kind, file, line, message]) => ({ file: file!, line: Number(line), text: `${kind} ${message}` }),
      );
      assertErrorsWhereExpected(problems, dir, 'Mistakes.svelte', output);
      return;
    }
    case 'angular': {
      const { output } = await run('@angular/compiler-cli', 'ngc', ['-p', 'tsconfig.json']);
      const plain = stripVTControlCharacters(output);
      // `mistakes.component.ts:10:53 - error TS2551: message`
      const located = [...plain.matchAll(/^(\S+?):(\d+):\d+ - error ((?:TS|NG)\d+: .*)$/gm)];
      const all = plain.match(/error (?:TS|NG)\d+/g) ?? [];
      assert.equal(located.length, all.length, `an error without a place:\n${plain}`);
      const problems = located.map(([, file, line, text]) => ({
        file: file!.replace(/^.*\//, ''),
        line: Number(line),
        text: text!,
      }));
      assertErrorsWhereExpected(problems, dir, 'mistakes.component.ts', plain);
      return;
    }
  }
}

/**
 * The problems a checker reported are errors in `file` (of the host in `dir`) on exactly the lines
 * that follow its `<!-- expect-error: … -->` comments, and nothing anywhere else.
 */
function assertErrorsWhereExpected(
  problems: { file: string; line: number; text: string }[],
  dir: string,
  file: string,
  output: string,
) {
  const expected = readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .flatMap((line, index) => (/<!-- expect-error: /.test(line) ? [index + 2] : []));
  assert.ok(expected.length > 0, `no expect-error comments in ${file}`);
  assert.deepEqual(
    problems.filter((p) => p.file !== file).map((p) => `${p.file}:${p.line} ${p.text}`),
    [],
    'problems outside the mistakes file',
  );
  assert.deepEqual(
    [...new Set(problems.map((p) => p.line))].sort((a, b) => a - b),
    expected,
    `the lines with errors in ${file} are not the lines after its expect-error comments:\n${output}`,
  );
}

// A checker takes a core and much memory (ngc, vue-tsc), and the machine may have two cores: no more
// than two side by side, whoever asks.
const slots = { free: Math.max(1, Math.min(2, availableParallelism())), waiting: [] as (() => void)[] };

/** Runs a bin with node in `cwd`, once a slot is free; resolves with its exit code and output. */
async function checker(
  bin: string,
  args: string[],
  cwd: string,
): Promise<{ code: number | null; output: string }> {
  if (slots.free > 0) slots.free--;
  else await new Promise<void>((resolve) => slots.waiting.push(resolve));
  try {
    return await new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [bin, ...args], { cwd });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, output }));
    });
  } finally {
    const next = slots.waiting.shift();
    if (next) next();
    else slots.free++;
  }
}

/** The file a package's `bin` entry names, as installed for the folder `installed`. */
function binPath(installed: string, pkg: string, bin: string): string {
  const require = createRequire(join(installed, 'package.json'));
  const manifest = require.resolve(`${pkg}/package.json`);
  const { bin: bins } = JSON.parse(readFileSync(manifest, 'utf8'));
  return join(dirname(manifest), typeof bins === 'string' ? bins : bins[bin]);
}
