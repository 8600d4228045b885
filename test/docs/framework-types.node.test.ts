/**
 * The typings for host frameworks and the editor data (packages/elements/scripts/framework-types.mjs)
 * are written from the manifest built from the sources, then each framework's own checker runs over a
 * small host of it (test/hosts/<framework>/): tsc for React and Preact, vue-tsc, svelte-check, ngc
 * with strict templates. A host uses <profile-settings> as an app would, and has the mistakes the
 * typings must refuse: `@ts-expect-error` / `@vue-expect-error` lines where the checker has them, and
 * for Svelte and Angular templates, which have none, `<!-- expect-error: … -->` comments whose next
 * line must be exactly where the errors are.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { before, describe, test } from 'node:test';
import { stripVTControlCharacters } from 'node:util';
import { buildManifest, customElements, type CustomElement } from '../../scripts/manifest-build.mjs';
import { frameworkTypes, writeFrameworkTypes } from '../../packages/elements/scripts/framework-types.mjs';

const ROOT = join(import.meta.dirname, '../..');
const TYPES_DIR = join(ROOT, 'packages/elements/types');
const HOSTS = join(ROOT, 'test/hosts');

describe('typings for host frameworks (packages/elements/types/)', { concurrency: true }, () => {
  let elements: CustomElement[] = [];
  before(async () => {
    const manifest = await buildManifest();
    elements = customElements(manifest);
    await writeFrameworkTypes(manifest, TYPES_DIR);
  });

  test('React 19 host: tsc', async () => {
    const { code, output } = await checker('typescript', 'tsc', ['-p', join(HOSTS, 'react/tsconfig.json')]);
    assert.equal(code, 0, output);
  });

  test('Preact host: tsc', async () => {
    const { code, output } = await checker('typescript', 'tsc', ['-p', join(HOSTS, 'preact/tsconfig.json')]);
    assert.equal(code, 0, output);
  });

  test('Vue host: vue-tsc', async () => {
    const { code, output } = await checker('vue-tsc', 'vue-tsc', ['-p', join(HOSTS, 'vue/tsconfig.json')]);
    assert.equal(code, 0, output);
  });

  test('Svelte host: svelte-check', async () => {
    const dir = join(HOSTS, 'svelte');
    const { output } = await checker(
      'svelte-check',
      'svelte-check',
      ['--workspace', '.', '--tsconfig', './tsconfig.json', '--output', 'machine'],
      dir,
    );
    assert.match(output, /COMPLETED/, output);
    // `<time> ERROR "Mistakes.svelte" 15:19 "message"`, lines counted from 1.
    const problems = [...output.matchAll(/^\d+ (ERROR|WARNING) "([^"]+)" (\d+):\d+ (.*)$/gm)].map(
      ([, kind, file, line, message]) => ({ file: file!, line: Number(line), text: `${kind} ${message}` }),
    );
    assertErrorsWhereExpected(problems, join(dir, 'Mistakes.svelte'), 'Mistakes.svelte', output);
  });

  test('Angular host: ngc with strict templates', async () => {
    const { output } = await checker('@angular/compiler-cli', 'ngc', [
      '-p',
      join(HOSTS, 'angular/tsconfig.json'),
    ]);
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
    assertErrorsWhereExpected(
      problems,
      join(HOSTS, 'angular/mistakes.component.ts'),
      'mistakes.component.ts',
      plain,
    );
  });

  test('vscode.html-custom-data.json: every tag, attribute and event', async () => {
    const data = JSON.parse(await readFile(join(TYPES_DIR, 'vscode.html-custom-data.json'), 'utf8'));
    assert.equal(data.version, 1.1);
    assert.deepEqual(
      data.tags.map((t: { name: string }) => t.name),
      elements.map((el) => el.tagName).sort(),
    );
    for (const el of elements) {
      const tag = data.tags.find((t: { name: string }) => t.name === el.tagName);
      assert.deepEqual(
        tag.attributes.map((a: { name: string }) => a.name),
        (el.attributes ?? []).map((a) => a.name),
        `<${el.tagName}>'s attributes`,
      );
      assert.ok(el.summary && tag.description.value.startsWith(el.summary), `<${el.tagName}>'s description`);
      // The format has no events: the tag's description lists them.
      for (const event of el.events ?? []) {
        assert.ok(tag.description.value.includes(`\`${event.name}\``), `<${el.tagName}> ${event.name}`);
      }
    }
  });

  test('web-types.json: every element, attribute, property and event', async () => {
    const data = JSON.parse(await readFile(join(TYPES_DIR, 'web-types.json'), 'utf8'));
    const own = JSON.parse(readFileSync(join(ROOT, 'packages/elements/package.json'), 'utf8'));
    assert.equal(data.name, own.name);
    assert.equal(data.version, own.version);
    const html = data.contributions.html.elements as {
      name: string;
      description: string;
      attributes: { name: string }[];
      js: { properties: { name: string }[]; events: { name: string; type: string }[] };
    }[];
    assert.deepEqual(
      html.map((e) => e.name),
      elements.map((el) => el.tagName).sort(),
    );
    for (const el of elements) {
      const entry = html.find((e) => e.name === el.tagName)!;
      const names = (items: { name: string }[]) => items.map((i) => i.name);
      assert.deepEqual(names(entry.attributes), names(el.attributes ?? []), `<${el.tagName}>'s attributes`);
      assert.deepEqual(
        entry.js.events.map((e) => [e.name, e.type]),
        (el.events ?? []).map((e) => [e.name, e.type?.text]),
        `<${el.tagName}>'s events`,
      );
      const writable = (el.members ?? []).filter(
        (m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public',
      );
      assert.deepEqual(names(entry.js.properties), names(writable), `<${el.tagName}>'s properties`);
      assert.ok(el.summary && entry.description.startsWith(el.summary), `<${el.tagName}>'s description`);
    }
  });

  test('an attribute typed as a union of string literals offers them as values', () => {
    const files = frameworkTypes(
      {
        modules: [
          {
            path: 'src/x.ts',
            declarations: [
              {
                kind: 'class',
                name: 'XDemo',
                tagName: 'x-demo',
                attributes: [{ name: 'size', type: { text: "'small' | 'large'" }, fieldName: 'size' }],
                members: [{ kind: 'field', name: 'size', type: { text: "'small' | 'large'" } }],
              },
            ],
          },
        ],
      },
      '1.0.0',
    );
    const vscode = JSON.parse(files['vscode.html-custom-data.json']!);
    assert.deepEqual(vscode.tags[0].attributes[0].values, [{ name: 'small' }, { name: 'large' }]);
    const webTypes = JSON.parse(files['web-types.json']!);
    assert.equal(webTypes.contributions.html.elements[0].attributes[0].value.type, '"small" | "large"');
    // The property is typed by the class; the attribute spelt like it is not repeated.
    assert.match(files['react.d.ts']!, /size\?: XDemo\['size'\];/);
    assert.doesNotMatch(files['react.d.ts']!, /'size'\?:/);
  });

  test('every file says it is generated', async () => {
    for (const [name, text] of Object.entries(frameworkTypes({ modules: [] }, '0.0.0'))) {
      const head = name.endsWith('.json') ? JSON.parse(text).$comment : text.split('\n')[0];
      assert.match(head, /Generated from custom-elements\.json by scripts\/framework-types\.mjs/, name);
    }
  });
});

/**
 * The problems a checker reported are errors in `file` on exactly the lines that follow its
 * `<!-- expect-error: … -->` comments, and nothing anywhere else.
 */
function assertErrorsWhereExpected(
  problems: { file: string; line: number; text: string }[],
  path: string,
  file: string,
  output: string,
) {
  const expected = readFileSync(path, 'utf8')
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

// The checkers take a core each, and the machine may have two: no more side by side than that.
const slots = { free: Math.max(1, availableParallelism()), waiting: [] as (() => void)[] };

/** Runs a package's bin with node, once a slot is free; resolves with its exit code and output. */
async function checker(
  pkg: string,
  bin: string,
  args: string[],
  cwd = ROOT,
): Promise<{ code: number | null; output: string }> {
  if (slots.free > 0) slots.free--;
  else await new Promise<void>((resolve) => slots.waiting.push(resolve));
  try {
    return await new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [binPath(pkg, bin), ...args], {
        cwd,
      });
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

/** The file a package's `bin` entry names. */
function binPath(pkg: string, bin: string): string {
  const require = createRequire(join(ROOT, 'package.json'));
  const manifest = require.resolve(`${pkg}/package.json`);
  const { bin: bins } = JSON.parse(readFileSync(manifest, 'utf8'));
  return join(dirname(manifest), typeof bins === 'string' ? bins : bins[bin]);
}
