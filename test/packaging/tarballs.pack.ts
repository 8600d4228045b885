// What `npm pack` puts in each public package: enough to install and read it alone, nothing more.
import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { PUBLIC_PACKAGES, tarball } from './hosts.js';

/** The files of a tarball, without the `package/` folder npm puts them in. */
const filesOf = (name: string) =>
  execFileSync('tar', ['-tzf', tarball(name)], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((file) => file.replace(/^package\//, ''));

/** A file of a tarball, as text. */
const read = (name: string, file: string) =>
  execFileSync('tar', ['-xzOf', tarball(name), `package/${file}`], { encoding: 'utf8' });

for (const name of PUBLIC_PACKAGES) {
  test(`${name}: README, LICENSE and dist only; fields to find its source; ranges that resolve`, () => {
    const files = filesOf(name);
    expect(files).toEqual(
      expect.arrayContaining(['README.md', 'LICENSE', 'package.json', 'dist/index.js', 'dist/index.d.ts']),
    );
    expect(
      files.filter((f) => f.startsWith('src/')),
      'no sources beside dist/',
    ).toEqual([]);
    expect(
      files.filter((f) => f.endsWith('.d.ts.map')),
      'no declaration maps pointing at sources',
    ).toEqual([]);
    const pkg = JSON.parse(read(name, 'package.json'));
    expect(pkg.license).toBe('MIT');
    expect(pkg.repository).toMatchObject({ type: 'git', directory: expect.stringMatching(/^packages\//) });
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.bugs.url).toMatch(/^https:\/\//);
    expect(pkg.exports['./package.json']).toBe('./package.json');
    for (const [dep, range] of Object.entries<string>(pkg.dependencies ?? {}))
      if (dep.startsWith('@profile-elements/')) expect(range, dep).toMatch(/^\^\d/);
    expect(read(name, 'README.md')).toContain(name);
  });
}

test('@profile-elements/elements: manifest with dist paths and typed events, typings, CDN files', () => {
  const files = filesOf('@profile-elements/elements');
  expect(files).toEqual(
    expect.arrayContaining([
      'custom-elements.json',
      'types/react.d.ts',
      'types/preact.d.ts',
      'types/vue.d.ts',
      'types/svelte.d.ts',
      'types/angular.d.ts',
      'types/vscode.html-custom-data.json',
      'types/web-types.json',
      'dist/cdn/define/profile-settings.js',
      'dist/define/with-prefix.js',
      'dist/dev/warnings.js',
      'dist/dev/silent.js',
    ]),
  );
  const manifest = JSON.parse(read('@profile-elements/elements', 'custom-elements.json'));
  const settings = manifest.modules
    .flatMap((mod: { path: string; declarations?: { tagName?: string }[] }) =>
      (mod.declarations ?? []).map((decl) => ({ ...decl, path: mod.path })),
    )
    .find((decl: { tagName?: string }) => decl.tagName === 'profile-settings');
  expect(settings.path).toBe('dist/profile-settings/profile-settings.js');
  const saved = settings.events.find((e: { name: string }) => e.name === 'pe-saved');
  expect(saved.type.text).toMatch(/^SettingsSavedEvent/);
});
