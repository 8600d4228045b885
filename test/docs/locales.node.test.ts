/**
 * Every shipped locale is complete, current and translated: its XLIFF has exactly the messages the
 * code has today (none missing, none left over), every one with a target whose placeholders are the
 * source's, no target left in English (but for a few words that are the same everywhere), and the
 * locale modules under packages/elements/src/locales/ are what `npm run localize:build` makes of them.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { TARGET_LOCALES } from '../../packages/elements/src/locale/match-locale.ts';

const ROOT = join(import.meta.dirname, '../..');
const XLIFF_DIR = join(ROOT, 'packages/elements/xliff');
const LOCALES_DIR = join(ROOT, 'packages/elements/src/locales');
const CONFIG = JSON.parse(readFileSync(join(ROOT, 'lit-localize.json'), 'utf8'));

/**
 * Words a translation may keep as they are, by text (never by id, so a new message is never let
 * through by accident): for every language, names and loan words that language's UIs use.
 */
const SAME_EVERYWHERE = new Set(['API', 'Push', 'Ping', 'Ding']);
// Words these languages borrowed, as their own UIs (and Chatwoot's translations) use them.
const SAME_IN: Record<string, string[]> = {
  de: ['Online', 'Offline'],
  fr: ['Volume', 'Signature', 'Interface'],
  'pt-BR': ['Volume', 'Online', 'Offline', 'Interface'],
  nl: ['Volume', 'Online', 'Offline', 'Account', 'Interface'],
  it: ['Volume', 'Email', 'Password', 'Online', 'Offline', 'Account'],
};

interface Unit {
  id: string;
  source: string;
  target: string | undefined;
}

const decode = (xml: string) =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

function unitsOf(file: string): Unit[] {
  const xml = readFileSync(file, 'utf8');
  return [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({
    id: id!,
    source: body!.match(/<source>([\s\S]*?)<\/source>/)?.[1] ?? '',
    target: body!.match(/<target>([\s\S]*?)<\/target>/)?.[1],
  }));
}

/** The placeholders of a message, as a sorted list of their ids. */
const placeholders = (text: string) => [...text.matchAll(/<x id="(\d+)"/g)].map((m) => m[1]).sort();
/** The visible words of a message: without its placeholders. */
const words = (text: string) => decode(text.replace(/<x [^>]*\/>/g, '')).trim();

// What the code says today: extracted afresh into a scratch folder (the shipped files stay as they are).
const scratch = mkdtempSync(join(tmpdir(), 'pe-locales-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
function litLocalize(command: 'extract' | 'build', config: object): void {
  const file = join(scratch, `${command}.json`);
  // Paths in a config are read from the config's folder: these are made absolute.
  const inputFiles = CONFIG.inputFiles.map((glob: string) => join(ROOT, glob));
  writeFileSync(file, JSON.stringify({ ...config, inputFiles, tsConfig: join(ROOT, 'tsconfig.json') }));
  execFileSync(join(ROOT, 'node_modules/.bin/lit-localize'), [command, '--config', file], {
    cwd: ROOT,
    stdio: 'pipe',
  });
}
litLocalize('extract', {
  ...CONFIG,
  targetLocales: ['en-x-current'],
  interchange: { ...CONFIG.interchange, xliffDir: join(scratch, 'xliff') },
});
const current = new Map(unitsOf(join(scratch, 'xliff/en-x-current.xlf')).map((u) => [u.id, u.source]));

test('lit-localize.json ships the twelve locales the elements know', () => {
  assert.deepEqual([...CONFIG.targetLocales].sort(), [...TARGET_LOCALES].sort());
  assert.equal(CONFIG.sourceLocale, 'en');
});

for (const locale of TARGET_LOCALES) {
  describe(`${locale}`, () => {
    const units = unitsOf(join(XLIFF_DIR, `${locale}.xlf`));
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];

    test('has every message the code has, and no other', () => {
      const ids = new Set(units.map((u) => u.id));
      assert.deepEqual(
        [...current.keys()].filter((id) => !ids.has(id)).map((id) => current.get(id)),
        [],
        'missing',
      );
      assert.deepEqual(
        units.filter((u) => !current.has(u.id)).map((u) => u.source),
        [],
        'left over (run `npm run localize:extract`)',
      );
      for (const u of units) assert.equal(u.source, current.get(u.id), `source of ${u.id} is stale`);
    });

    test('translates each one, keeping its placeholders', () => {
      assert.deepEqual(
        units.filter((u) => !u.target?.trim()).map((u) => u.source),
        [],
        'without a target',
      );
      for (const u of units) {
        assert.deepEqual(placeholders(u.target ?? ''), placeholders(u.source), `placeholders of ${u.id}`);
      }
    });

    test('leaves nothing in English', () => {
      const english = units.filter((u) => {
        // A plural form this language never uses is only a copy of its `other`.
        const category = u.id.match(/\.(zero|one|two|few|many|other)$/)?.[1];
        if (category && !categories.includes(category)) return false;
        const text = words(u.source);
        const allowed = SAME_EVERYWHERE.has(text) || SAME_IN[locale]?.includes(text);
        return !allowed && words(u.target ?? '') === text && /\p{L}{2}/u.test(text);
      });
      assert.deepEqual(
        english.map((u) => u.source),
        [],
        'targets identical to English',
      );
    });
  });
}

test('the locale modules are built from the XLIFF as it is (`npm run localize:build`)', () => {
  const out = join(scratch, 'locales');
  litLocalize('build', {
    ...CONFIG,
    output: { ...CONFIG.output, outputDir: out, localeCodesModule: join(out, 'locale-codes.ts') },
    interchange: { ...CONFIG.interchange, xliffDir: XLIFF_DIR },
  });
  const stale = readdirSync(out).filter(
    (file) => readFileSync(join(out, file), 'utf8') !== readFileSync(join(LOCALES_DIR, file), 'utf8'),
  );
  assert.deepEqual(stale, [], 'modules out of date');
});
