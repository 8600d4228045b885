/**
 * Sizes are deterministic, so unlike times they are checked in `npm test`: each figure of
 * bench/size.mjs against its ceiling in bench/budgets.json. A ceiling is what holds today, at or
 * above the product's budget; it is lowered when a change makes room, never raised to let one in.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error: a plain .mjs script, without types.
import { BUDGETS, measureAll } from '../../bench/size.mjs';

interface Figure {
  name: string;
  size: { brotli: number };
  budget?: string;
}
interface Limit {
  budget: number;
  ceiling: number;
}

test('every bundle stays within its size ceiling (bench/budgets.json)', async () => {
  const figures = (await measureAll()) as Figure[];
  const over = figures
    .filter((f) => f.budget)
    .map((f) => ({ ...f, limit: (BUDGETS as Record<string, Limit>)[f.budget!]! }))
    .filter((f) => f.size.brotli > f.limit.ceiling * 1024)
    .map((f) => `${f.name}: ${(f.size.brotli / 1024).toFixed(2)} KB brotli, ceiling ${f.limit.ceiling} KB`);
  assert.deepEqual(over, [], 'bundles over their ceiling');
});

test('no ceiling is set below its budget', () => {
  for (const [key, limit] of Object.entries(BUDGETS as Record<string, Limit>)) {
    assert.ok(limit.ceiling >= limit.budget, `${key}: a ceiling under the budget is the budget`);
  }
});
