/**
 * What each section of the page needs from the adapter, read off the rule the elements themselves
 * apply (`SECTION_SUPPORT`), so the "Writing an adapter" docs page cannot disagree with them: each
 * rule is run against stand-in adapters that have, or lack, each member it looks at.
 */
import type { SettingsAdapter } from '@profile-elements/core';
import { SECTION_SUPPORT } from '../../../packages/elements/src/section/capabilities.js';

type Rule = (adapter: SettingsAdapter) => boolean;

export interface SectionNeeds {
  section: string;
  /** Members the section cannot do without. */
  all: string[];
  /** Members of which the section needs one at least (besides `all`). */
  oneOf: string[];
}

/** Runs `rule` on an adapter that has every member but `missing`; reports what it looked at. */
function probe(rule: Rule, missing: ReadonlySet<string>) {
  const read = new Set<string>();
  const adapter = new Proxy({} as SettingsAdapter, {
    get(_, key) {
      if (typeof key !== 'string') return undefined;
      read.add(key);
      return missing.has(key) ? undefined : () => undefined;
    },
    has(_, key) {
      if (typeof key === 'string') read.add(key);
      return typeof key === 'string' && !missing.has(key);
    },
  });
  return { supported: rule(adapter), read };
}

/** The members `rule` looks at, and which of them it needs. */
export function needsOf(rule: Rule): Omit<SectionNeeds, 'section'> {
  // Short-circuits hide members (`a || b` never reads `b` when `a` is there): take each one away in turn.
  const members = new Set(probe(rule, new Set()).read);
  for (const member of members) for (const more of probe(rule, new Set([member])).read) members.add(more);
  const all = [...members].filter((member) => !probe(rule, new Set([member])).supported);
  const rest = [...members].filter((member) => !all.includes(member));
  // The others matter only if the rule fails without all of them.
  const oneOf = rest.length && !probe(rule, new Set(rest)).supported ? rest : [];
  return { all, oneOf };
}

/** Every section's needs, in the order of the page. */
export function sectionNeeds(support: Record<string, Rule> = SECTION_SUPPORT): SectionNeeds[] {
  return Object.entries(support).map(([section, rule]) => ({ section, ...needsOf(rule) }));
}

/** Markdown: a table of the sections and the adapter members each one needs. */
export function sectionNeedsMarkdown(needs: SectionNeeds[] = sectionNeeds()): string {
  const code = (names: string[]) => names.map((name) => `\`${name}\``);
  const rows = needs.map(({ section, all, oneOf }) => {
    const parts = [
      ...(all.length ? [code(all).join(' and ')] : []),
      ...(oneOf.length ? [`${all.length ? 'one of ' : ''}${code(oneOf).join(' or ')}`] : []),
    ];
    return `| \`${section}\` | ${parts.join(', and ') || 'nothing more: `loadProfile` and `updateProfile` are required'} |`;
  });
  return ['| section | needs on the adapter |', '| --- | --- |', ...rows].join('\n');
}
