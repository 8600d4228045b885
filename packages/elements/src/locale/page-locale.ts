/**
 * The elements speak the page's language: the nearest `lang` of the first element on the page (its
 * own, an ancestor's, else `<html lang>`), matched to a shipped locale (`matchLocale`), and followed
 * at once when any `lang` attribute changes. Each locale is its own module, loaded when first used,
 * so a page pays only for the language it shows. `@lit/localize` holds one locale per page.
 */
import { configureLocalization } from '@lit/localize';
import { SOURCE_LOCALE, TARGET_LOCALES, matchLocale, type TargetLocale } from './match-locale.js';

/** One module per locale, named so that bundlers split each into a chunk of its own. */
const LOADERS: Record<TargetLocale, () => Promise<unknown>> = {
  es: () => import('../locales/es.js'),
  de: () => import('../locales/de.js'),
  fr: () => import('../locales/fr.js'),
  'pt-BR': () => import('../locales/pt-BR.js'),
  it: () => import('../locales/it.js'),
  nl: () => import('../locales/nl.js'),
  ja: () => import('../locales/ja.js'),
  'zh-Hans': () => import('../locales/zh-Hans.js'),
  ko: () => import('../locales/ko.js'),
  ar: () => import('../locales/ar.js'),
  he: () => import('../locales/he.js'),
};

/**
 * `@lit/localize` is configured once per page. A page that configured it for its own code first
 * keeps its own (the elements then show English), with a warning instead of elements that fail to load.
 */
function configure(): { getLocale: () => string; setLocale: (locale: string) => Promise<void> } {
  try {
    return configureLocalization({
      sourceLocale: SOURCE_LOCALE,
      targetLocales: TARGET_LOCALES,
      loadLocale: (locale) => LOADERS[locale as TargetLocale]() as never,
    });
  } catch (error) {
    console.warn(
      'profile-elements: @lit/localize is configured by the page; the elements show English.',
      error,
    );
    return { getLocale: () => SOURCE_LOCALE, setLocale: async () => undefined };
  }
}
const { getLocale, setLocale } = configure();

/** The locale the elements show now (BCP 47), for `Intl` formatting. */
export { getLocale };

/** The elements on the page, in the order they connected; the first one's language decides. */
const elements = new Set<Element>();
let observer: MutationObserver | undefined;

/** The nearest `lang`, crossing shadow roots to their hosts. */
export function nearestLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

function follow(): void {
  const first = [...elements].find((el) => el.isConnected);
  const locale = matchLocale(first ? nearestLang(first) : document.documentElement.lang);
  // A language module that could not load (offline) is tried again once the network is back.
  if (locale !== getLocale())
    setLocale(locale).catch(() => addEventListener('online', follow, { once: true }));
}

/** Starts following the page's language for `element` (on connect). */
export function speakPageLanguage(element: Element): void {
  elements.add(element);
  if (!observer) {
    observer = new MutationObserver(follow);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  follow();
}

/** Stops following for `element` (on disconnect). */
export function stopSpeakingPageLanguage(element: Element): void {
  elements.delete(element);
}
