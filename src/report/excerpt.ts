import type { Finding } from '../types.js';

/** Splits a finding's excerpt into the text before, the matched words and the text after. */
export function splitExcerpt(finding: Finding): { before: string; match: string; after: string; cutBefore: boolean } {
  const at = Math.max(0, finding.span.start - finding.excerptStart);
  const end = Math.min(finding.excerpt.length, finding.span.end - finding.excerptStart);
  return {
    before: finding.excerpt.slice(0, at),
    match: finding.excerpt.slice(at, end),
    after: finding.excerpt.slice(end),
    cutBefore: finding.excerptStart > 0,
  };
}
