// The typings for host frameworks (types/<framework>.d.ts of @profile-elements/elements) as an app gets
// them: the hosts of test/hosts/ copied into one scratch app that installed the tarballs, each
// tsconfig rewritten to reach the typings the way the README tells hosts to (no `pe-source`, no path
// into the repository), and each framework's checker run there with the expectations of
// test/docs/framework-types.node.test.ts (test/hosts/checks.ts). No browser: the runner is the one of
// the other hosts, so that the tarballs are built and packed once for all of them.
import { test } from '@playwright/test';
import assert from 'node:assert/strict';
import { cpSync, lstatSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { checkHost, FRAMEWORK_HOSTS, HOSTS, type Framework } from '../hosts/checks.js';
import { installScratch } from './hosts.js';

const PACKAGES = [
  '@profile-elements/core',
  '@profile-elements/elements',
  '@profile-elements/chatwoot-adapter',
];
// What the checkers and the hosts' imports need. Left to npm: @angular/core's tslib (a dependency,
// not a peer); @angular/common and platform-browser, which the Angular host does not import.
const TOOLS = [
  'typescript',
  'react',
  '@types/react',
  'preact',
  'vue',
  'vue-tsc',
  'svelte',
  'svelte-check',
  '@angular/core',
  '@angular/compiler',
  '@angular/compiler-cli',
  'rxjs',
];

/** Each framework's check, started once the app is installed: two at a time, awaited by its test. */
let checks: Record<Framework, Promise<void>>;
let app: string | undefined;

test.beforeAll(async () => {
  const dir = (app = await installScratch('frameworks', PACKAGES, TOOLS));
  // The tarball's files, not a link into the workspace.
  assert.ok(!lstatSync(join(dir, 'node_modules/@profile-elements/elements')).isSymbolicLink());
  for (const { framework } of FRAMEWORK_HOSTS) {
    cpSync(join(HOSTS, framework), join(dir, framework), { recursive: true });
    asApp(join(dir, framework), framework);
  }
  checks = Object.fromEntries(
    FRAMEWORK_HOSTS.map(({ framework }) => {
      const check = checkHost(framework, join(dir, framework), dir);
      // Its test reports the failure; until it awaits it, the rejection is not unhandled.
      check.catch(() => {});
      return [framework, check];
    }),
  ) as Record<Framework, Promise<void>>;
});

// Five toolchains weigh some 300 MB: the checkers' output says what failed, the folder is not kept.
test.afterAll(() => {
  if (app) rmSync(app, { recursive: true, force: true });
});

for (const { framework, title } of FRAMEWORK_HOSTS)
  test(`${title}, the typings installed from the tarball`, async () => {
    await checks[framework];
  });

/**
 * Rewrites the tsconfig.json of a host copied into the app as an app's own: without
 * `customConditions` and without the path to packages/elements/types/, the typings named by package
 * as the README says: a `/// <reference types>` file (React, Preact, Vue, Svelte) or
 * `compilerOptions.types` (Angular). Everything else, strictness and skipLibCheck included, stays.
 */
function asApp(dir: string, framework: Framework): void {
  const path = join(dir, 'tsconfig.json');
  const { config, error } = ts.parseConfigFileTextToJson(path, readFileSync(path, 'utf8'));
  if (error) throw new Error(`${path}: ${ts.flattenDiagnosticMessageText(error.messageText, '\n')}`);
  const { customConditions, ...compilerOptions } = config.compilerOptions;
  assert.deepEqual(customConditions, ['pe-source'], `${path}: customConditions`);
  const files = (config.files as string[]).filter((file) => !file.startsWith('../'));
  assert.equal(files.length, config.files.length - 1, `${path}: one path to the typings in "files"`);
  const typings = `@profile-elements/elements/types/${framework}`;
  if (framework === 'angular') {
    compilerOptions.types = [typings];
  } else {
    // Where the README puts it: env.d.ts, or src/app.d.ts for Svelte (here beside the components).
    const reference = framework === 'svelte' ? 'app.d.ts' : 'env.d.ts';
    writeFileSync(join(dir, reference), `/// <reference types="${typings}" />\n`);
    files.push(reference);
  }
  const rewritten = { ...config, compilerOptions, files };
  assert.doesNotMatch(
    JSON.stringify(rewritten),
    /\.\.\/|pe-source/,
    `${path} still reaches into the repository`,
  );
  writeFileSync(path, JSON.stringify(rewritten, null, 2));
}
