import { describeReviewNotes } from '../review/ignore-file.js';
import type { ReviewSummary } from '../review/types.js';

/**
 * What a batch says about its reviewed-findings file (--ignore-file / .vetignore), once, at the end. One
 * file serves the whole roster (often a whole team's file), and the rule is the one `vet` and `vet check`
 * use: an entry is unused only when a history of this run had its post, scanned it, and no finding matched.
 * That stays true whatever did not run: handles in other shards, failed ones, lines kept by --resume and
 * handles a stop left out never had their posts scanned here, so their entries are simply not judged (with
 * `verbose`, one line counts them). Expired entries are always listed: that depends on the date, not on
 * which handles ran.
 */
export function batchReviewNotes(summary: ReviewSummary, opts: { verbose?: boolean } = {}): string[] {
  return describeReviewNotes(summary, opts);
}
