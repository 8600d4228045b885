// A small runner for end-to-end tests: Debian Chromium driven by playwright-core, one fresh page per
// test, page errors fail the test, and a closing line "e2e: N passed, N failed" for scripts/test.mjs.
import { chromium, type Browser, type Page } from 'playwright-core';
import assert from 'node:assert/strict';
// @ts-expect-error plain JS helper shared with the wtr config
import { chromiumPath, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

type Test = { name: string; fn: (page: Page) => Promise<void> };
const tests: Test[] = [];

export function test(name: string, fn: (page: Page) => Promise<void>): void {
  tests.push({ name, fn });
}

export async function run(): Promise<void> {
  const browser: Browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  let passed = 0;
  let failed = 0;
  for (const { name, fn } of tests) {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await fn(page);
      assert.deepEqual(errors, [], 'the page threw');
      passed++;
      console.log(`ok - ${name}`);
    } catch (error) {
      failed++;
      console.log(`not ok - ${name}\n  ${(error as Error).stack ?? error}`);
      await page.screenshot({ path: `test-results/${name.replace(/\W+/g, '-')}.png` }).catch(() => {});
    } finally {
      await page.close();
    }
  }
  await browser.close();
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}
