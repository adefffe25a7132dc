import type { Finding } from '../types.js';

export interface ExcerptParts {
  /** The excerpt up to the matched words, white space the span began with included. */
  before: string;
  /** The matched words, without white space at either edge (that is in `before` / `after`), so a marker hugs them. */
  match: string;
  /** The rest of the excerpt, white space the span ended with included. */
  after: string;
  /** The post has more text before the excerpt: show "…" there. */
  cutBefore: boolean;
  /** The post has more text after the excerpt: show "…" there. */
  cutAfter: boolean;
}

/**
 * Splits a finding's excerpt into the text before, the matched words and the text after. Joined, the three
 * are exactly the excerpt: every reporter quotes the post as written, spacing included, and marks only the
 * matched words. Findings from reports without `excerptCut` are read as cut before when the excerpt does not
 * start the post, and as not cut after (that was not recorded).
 */
export function splitExcerpt(finding: Finding): ExcerptParts {
  const at = Math.min(finding.excerpt.length, Math.max(0, finding.span.start - finding.excerptStart));
  const end = Math.max(at, Math.min(finding.excerpt.length, finding.span.end - finding.excerptStart));
  const span = finding.excerpt.slice(at, end);
  const lead = /^\s*/.exec(span)![0];
  const match = span.trim();
  const trail = match ? /\s*$/.exec(span)![0] : '';
  return {
    before: finding.excerpt.slice(0, at) + lead,
    match,
    after: trail + finding.excerpt.slice(end),
    cutBefore: finding.excerptCut ? finding.excerptCut.before : finding.excerptStart > 0,
    cutAfter: finding.excerptCut?.after ?? false,
  };
}
