import type { RuleMeta } from './types.js';

/** The profile lists a description may take examples from. */
export type ExampleSource = { fanSlurs?: readonly string[]; brandSlurs?: readonly string[] };

/**
 * A rule's description for a report: brand-neutral, with examples only from the profile in use ("Uses a slur for
 * the brand's fans (e.g. acme sheep)."), never the built-in xiaomi profile's (issue 16 item 5).
 */
export function describeRule(rule: RuleMeta, profile?: ExampleSource): string {
  const terms = rule.examplesFrom && profile ? (profile[rule.examplesFrom] ?? []).filter((t) => t.trim()).slice(0, 2) : [];
  if (terms.length === 0) return rule.description;
  return `${rule.description.replace(/\.$/, '')} (e.g. ${terms.join(', ')}).`;
}

/** A rule's description for `vet rules`: with the xiaomi profile's examples, marked as such. */
export function catalogueLine(rule: RuleMeta): string {
  return rule.sample ? `${rule.description} With --brand xiaomi: ${rule.sample}.` : rule.description;
}
