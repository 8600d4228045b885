// Every language on the demo page: setting `<html lang>` switches every visible string of every
// section at once, and Arabic and Hebrew lay the page out right to left with addresses kept left to right.
import type { Page } from '@playwright/test';
import { expect, openSettings, test } from './fixtures.js';

const LOCALES = ['es', 'de', 'fr', 'pt-BR', 'it', 'nl', 'ja', 'zh-Hans', 'ko', 'ar', 'he'];
/**
 * Words some languages keep as English writes them (the XLIFF check allows the same ones, language
 * by language), and key names as keyboards print them.
 */
const KEPT = new Set([
  ...['API', 'Push', 'Ping', 'Ding', 'Volume', 'Email', 'Password'],
  ...['Online', 'Offline', 'Account', 'Interface', 'Signature'],
  ...['Enter', 'Ctrl', 'Shift'],
]);

/** Every text shown inside `<profile-settings>`: its shadow roots and the slotted Password section. */
function shownTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts = new Set<string>();
    const walk = (root: Node) => {
      const nodes = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node: Node | null = nodes.currentNode; node; node = nodes.nextNode()) {
        if (node.nodeType === Node.TEXT_NODE) {
          const text = node.textContent?.trim();
          if (text && node.parentElement?.checkVisibility()) texts.add(text);
        } else if ((node as Element).shadowRoot) walk((node as Element).shadowRoot!);
      }
    };
    walk(document.querySelector('profile-settings')!);
    return [...texts];
  });
}

/** Until every section shows its data. */
async function allReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const settings = document.querySelector('profile-settings')!;
    const sections = [
      ...settings.querySelectorAll('password-change'),
      ...settings.shadowRoot!.querySelectorAll('profile-details, notification-prefs, access-token'),
    ];
    return sections.length === 6 && sections.every((s) => s.matches(':state(ready)'));
  });
}

test('every language switches every visible string at once; Arabic and Hebrew run right to left', async ({
  page,
  backend,
}) => {
  await openSettings(page, backend);
  await allReady(page);
  const english = new Set(await shownTexts(page));
  const title = page.locator('profile-details h2');
  await expect(title).toHaveText('Profile');

  for (const locale of LOCALES) {
    await page.selectOption('#language', locale);
    await expect(title).not.toHaveText('Profile');
    await allReady(page);
    const left = (await shownTexts(page)).filter(
      (text) => english.has(text) && /\p{Ll}{2}/u.test(text) && !KEPT.has(text),
    );
    expect(left, `English left in ${locale}`).toEqual([]);

    const rightToLeft = locale === 'ar' || locale === 'he';
    const direction = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).direction);
    expect(await direction('profile-details h2')).toBe(rightToLeft ? 'rtl' : 'ltr');
    // Addresses, passwords and tokens read left to right in every language.
    expect(await direction('profile-details input[type="email"]')).toBe('ltr');
    expect(await direction('password-change input[autocomplete="new-password"]')).toBe('ltr');
    expect(await direction('access-token input[part~="token"]')).toBe('ltr');
    // The bar beside the current section of the list stands at the start of the line.
    const bar = await page
      .locator('profile-settings nav button[aria-current="true"]')
      .evaluate((el) => getComputedStyle(el).boxShadow);
    expect(bar).toContain(rightToLeft ? '-3px 0px 0px 0px inset' : ' 3px 0px 0px 0px inset');
  }

  // Back to English, and the language is kept in the address for a reload.
  await page.selectOption('#language', 'en');
  await expect(title).toHaveText('Profile');
  expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
});
