// Builds the public packages (as `npm run build` does) and packs each with `npm pack`, once for every
// host test. The tarballs' folder is handed to the tests in PE_PACKS.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PUBLIC_PACKAGES, ROOT, run } from './hosts.js';

export default async function globalSetup(): Promise<void> {
  // core first: the others' declaration builds read its dist/ types; then the three side by side.
  await run('npm', ['run', 'build', '-w', '@profile-elements/core'], ROOT);
  await Promise.all(
    ['elements', 'chatwoot-adapter'].map((name) =>
      run('npm', ['run', 'build', '-w', `@profile-elements/${name}`], ROOT),
    ),
  );
  await run('npm', ['run', 'build', '-w', '@profile-elements/react'], ROOT);
  const packs = mkdtempSync(join(tmpdir(), 'pe-packs-'));
  await run(
    'npm',
    ['pack', '--pack-destination', packs, ...PUBLIC_PACKAGES.flatMap((name) => ['-w', name])],
    ROOT,
  );
  process.env['PE_PACKS'] = packs;
}
