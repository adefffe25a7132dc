import { describeReviewNotes } from '../review/ignore-file.js';
import type { ReviewSummary } from '../review/types.js';

/**
 * What a batch says about its reviewed-findings file (--ignore-file / .vetignore), once, at the end. One
 * file serves the whole roster and entries do not name a handle, so an entry is "unused" only when no
 * handle of the whole batch matched it. When some handles were not vetted in this run (other shards,
 * failures, an earlier run's lines kept by --resume, a stop), an entry that matched nothing may belong to
 * one of them: it is counted on one line instead of being called unused. Expired entries are always
 * listed: that depends on the date, not on which handles ran.
 */

export interface BatchReviewCoverage {
  /** Handles of the roster in other shards (--shard). */
  otherShards: number;
  /** Handles of this run that got an error line. */
  failed: number;
  /** Handles already in the output from an earlier run (--resume): not vetted again. */
  earlier: number;
  /** Handles of this run that got no line (stopped). */
  notRun: number;
}

const MAX_LINES_LISTED = 10;

export function batchReviewNotes(summary: ReviewSummary, coverage: BatchReviewCoverage): string[] {
  const gaps = [
    coverage.otherShards ? `${coverage.otherShards} in other shards` : '',
    coverage.failed ? `${coverage.failed} failed` : '',
    coverage.earlier ? `${coverage.earlier} kept from an earlier run by --resume` : '',
    coverage.notRun ? `${coverage.notRun} not run` : '',
  ].filter(Boolean);
  if (gaps.length === 0) return describeReviewNotes(summary);

  const lines = describeReviewNotes({ ...summary, unused: [] });
  const unused = summary.unused;
  if (unused.length > 0) {
    const at = unused.slice(0, MAX_LINES_LISTED).map((e) => e.line).join(', ') + (unused.length > MAX_LINES_LISTED ? ', …' : '');
    const n = unused.length;
    lines.push(
      `${summary.file}: ${n} entr${n === 1 ? 'y' : 'ies'} (line${n === 1 ? '' : 's'} ${at}) matched no finding in this run, but not every handle ` +
        `of the roster was vetted in it (${gaps.join(', ')}), so ${n === 1 ? 'it is' : 'they are'} not reported as unused; ` +
        'vet the whole roster in one run to find stale entries',
    );
  }
  return lines;
}
