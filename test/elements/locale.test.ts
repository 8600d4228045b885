import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { MemoryAdapter } from '@profile-elements/core/memory';
import { CHATWOOT_PASSWORD_POLICY } from '@profile-elements/chatwoot-adapter/rules';
import '@profile-elements/elements/define/profile-details.js';
import type { ProfileDetails } from '@profile-elements/elements';
import { TARGET_LOCALES, matchLocale } from '../../packages/elements/src/locale/match-locale.js';
import { getLocale } from '../../packages/elements/src/locale/page-locale.js';
import { formatNumber, formatPercent, plural } from '../../packages/elements/src/locale/format.js';
import { passwordRules } from '../../packages/elements/src/password-change/password-rules.js';
import { field, until } from '../helpers/dom.js';

const root = document.documentElement;
const title = (el: ProfileDetails) => el.shadowRoot!.querySelector('h2')!.textContent!.trim();

async function mount(lang?: string) {
  const el = await fixture<ProfileDetails>(
    html`<profile-details lang=${lang ?? nothing} .adapter=${new MemoryAdapter()}></profile-details>`,
  );
  await until(() => el.shadowRoot!.querySelector('form'));
  return el;
}

afterEach(async () => {
  root.lang = 'en';
  root.removeAttribute('dir');
  await until(() => getLocale() === 'en');
});

describe('matchLocale', () => {
  const cases: [string | null, string][] = [
    ['de', 'de'],
    ['de-CH', 'de'],
    ['EN-us', 'en'],
    ['es-MX', 'es'],
    ['pt-BR', 'pt-BR'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['zh-CN', 'zh-Hans'],
    ['zh_Hans_SG', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['zh-TW', 'en'],
    ['zh-Hant', 'en'],
    ['iw', 'he'],
    ['ar-EG', 'ar'],
    ['ja-JP', 'ja'],
    ['xx', 'en'],
    ['', 'en'],
    [null, 'en'],
  ];
  for (const [tag, locale] of cases) {
    it(`${JSON.stringify(tag)} → ${locale}`, () => expect(matchLocale(tag)).to.equal(locale));
  }
});

describe('following the page language', () => {
  it('switches every string at once when <html lang> changes, and back', async () => {
    const el = await mount();
    expect(title(el)).to.equal('Profile');
    root.lang = 'de';
    await until(() => title(el) !== 'Profile');
    expect(getLocale()).to.equal('de');
    expect(() => field(el, 'Display name')).to.throw();
    root.lang = 'en';
    await until(() => title(el) === 'Profile');
    expect(field(el, 'Display name')).to.be.instanceOf(HTMLInputElement);
  });

  it("takes the element's own lang over the page's", async () => {
    const el = await mount('fr');
    await until(() => getLocale() === 'fr');
    expect(title(el)).not.to.equal('Profile');
  });

  it('falls back along the chain: pt-PT → pt-BR, zh-TW → English', async () => {
    await mount();
    root.lang = 'pt-PT';
    await until(() => getLocale() === 'pt-BR');
    root.lang = 'zh-TW';
    await until(() => getLocale() === 'en');
  });

  it('lays Arabic out right to left, with the email address left to right', async () => {
    root.lang = 'ar';
    root.dir = 'rtl';
    const el = await mount();
    await until(() => getLocale() === 'ar');
    const email = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="email"]')!;
    expect(getComputedStyle(el.shadowRoot!.querySelector('h2')!).direction).to.equal('rtl');
    expect(getComputedStyle(email).direction).to.equal('ltr');
    await expect(el).to.be.accessible();
  });
});

describe('language-aware text', () => {
  it('picks the plural form with Intl.PluralRules (no "1 characters")', () => {
    const policy = {
      ...CHATWOOT_PASSWORD_POLICY,
      classes: CHATWOOT_PASSWORD_POLICY.classes.map((c) => ({ ...c, min: c.id === 'uppercase' ? 2 : 1 })),
    };
    // As a reader sees them: without the invisible marks that keep the characters left to right.
    const texts = passwordRules(policy, '').map((r) => r.text.replace(/[\u2066-\u2069]/g, ''));
    expect(texts).to.include('At least 2 uppercase characters (A..Z)');
    expect(texts).to.include('At least 1 number character (0..9)');
    const forms = Object.fromEntries(
      (['zero', 'one', 'two', 'few', 'many', 'other'] as const).map((c) => [c, () => c]),
    ) as Parameters<typeof plural>[1];
    expect([0, 1, 2, 5].map((n) => plural(n, forms))).to.deep.equal(['other', 'one', 'other', 'other']);
  });

  it("writes small whole numbers as Intl.NumberFormat does in every shipped locale (formatNumber's shortcut)", () => {
    for (const locale of ['en', ...TARGET_LOCALES]) {
      const format = new Intl.NumberFormat(locale);
      for (const n of [0, 1, 7, 15, 128, 255, 999])
        expect(format.format(n), `${n} in ${locale}`).to.equal(String(n));
    }
  });

  it('writes numbers and percentages as the language does', async () => {
    expect(formatNumber(1234)).to.equal('1,234');
    expect(formatPercent(0.8)).to.equal('80%');
    root.lang = 'ar';
    await mount();
    await until(() => getLocale() === 'ar');
    expect(formatNumber(255)).to.equal(new Intl.NumberFormat('ar').format(255));
    const forms = Object.fromEntries(
      (['zero', 'one', 'two', 'few', 'many', 'other'] as const).map((c) => [c, () => c]),
    ) as Parameters<typeof plural>[1];
    expect([0, 1, 2, 5, 11, 100].map((n) => plural(n, forms))).to.deep.equal([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
  });
});
