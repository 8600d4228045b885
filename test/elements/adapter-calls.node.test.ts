// "A section is the fields and the template": no element reaches the adapter but through the section
// base (`loadData`, `this.save(…)`, `this.call(…)`), which adds the signal, the SettingsError rule,
// the outcome events and the states. This finds an adapter call written anywhere else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const SRC = join(import.meta.dirname, '../../packages/elements/src');
const CALL = /\badapter\b!?\??\.\w+!?\(/;
/**
 * Where an adapter call may be: the base itself, a `loadData` body, an instant section's `send` body
 * (which its base calls through `this.call`), a `save`/`call` closure.
 */
const ALLOWED = /this\.(save|call)\(|\(adapter, signal\) =>/;

test('every adapter call in the elements goes through the section base', () => {
  const stray: string[] = [];
  for (const file of readdirSync(SRC, { recursive: true }) as string[]) {
    if (!file.endsWith('.ts') || file.startsWith('section/')) continue;
    const lines = readFileSync(join(SRC, file), 'utf8').split('\n');
    let inLoadData = false;
    lines.forEach((line, i) => {
      if (/^\s+protected (async )?(loadData|send)\(/.test(line)) inLoadData = true;
      else if (/^ {2}}/.test(line)) inLoadData = false;
      const context = `${lines[i - 2] ?? ''}\n${lines[i - 1] ?? ''}\n${line}`;
      if (CALL.test(line) && !inLoadData && !ALLOWED.test(context))
        stray.push(`${file}:${i + 1}: ${line.trim()}`);
    });
  }
  assert.deepEqual(stray, []);
});
