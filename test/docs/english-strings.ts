// The elements' English source strings, read from the XLIFF files (every msg() of the code is a
// <source> there), for the tests that check their wording.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const XLIFF_DIR = join(import.meta.dirname, '../../packages/elements/xliff');

const decode = (xml: string) =>
  xml
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');

/** Every English source text once, each placeholder (`<x …/>`) written `{}`. */
export function englishStrings(): string[] {
  const texts = new Set<string>();
  for (const file of readdirSync(XLIFF_DIR).filter((f) => f.endsWith('.xlf'))) {
    const xml = readFileSync(join(XLIFF_DIR, file), 'utf8');
    for (const [, source] of xml.matchAll(/<source>([\s\S]*?)<\/source>/g))
      texts.add(
        decode(source!.replace(/<x [^>]*\/>/g, '{}'))
          .replace(/\s+/g, ' ')
          .trim(),
      );
  }
  return [...texts];
}
