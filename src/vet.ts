import type { LoadedBrand } from './brands/load.js';
import { createScanner, type Scanner } from './engine/scanner.js';
import { NoPostsError } from './errors.js';
import { isHostile, ScoreAccumulator } from './score.js';
import type { FetchedHistory } from './sources/types.js';
import { segmentAt } from './sources/common.js';
import { noteText } from './report/codes.js';
import { dateMs } from './util/date-ms.js';
import type { Coverage, Finding, Post, ReportCoverage, TimelineMonth, VetReport } from './types.js';

/**
 * Product criticism and relationship claims beyond this many are counted, not listed: a prolific account
 * can have tens of thousands, and memory must not grow with the history. Hostile findings are all kept.
 */
export const MAX_MINOR_FINDINGS = 500;

export interface VetOptions {
  /** Only posts created at or after this instant count (posts without a date are kept). */
  since?: Date;
  now: Date;
  /** Reviewed findings: returns the acceptance record when a person already accepted this finding. */
  review?: (finding: Finding) => Finding['ignored'] | undefined;
  /** Called for every post the rules read (inside the window), before its findings are reviewed. */
  sawPost?: (post: Post) => void;
  /** Reuse a scanner across many histories (batch); built from `brand` otherwise. */
  scanner?: Scanner;
  vetVersion?: string;
}

/**
 * The pipeline, top to bottom: the source streams posts → each is normalized and matched by the rules
 * → findings feed the score → the report. Posts are not kept, so memory does not grow with the history.
 */
export async function vetHistory(history: FetchedHistory, brand: LoadedBrand, opts: VetOptions): Promise<VetReport> {
  const scanner = opts.scanner ?? (await createScanner(brand));
  const score = new ScoreAccumulator(opts.now, brand.profile.name);
  const findings: Finding[] = [];
  const sinceMs = opts.since?.getTime();
  let from: string | null = null;
  let to: string | null = null;
  let fromMs = Infinity;
  let toMs = -Infinity;
  let scanned = 0;
  let outside = 0;
  let minorKept = 0;
  let minorOmitted = 0;
  // Per month: a few counters (a ten-year history is 120 of them), never the posts.
  const months = new Map<string, TimelineMonth>();
  let undated = 0;
  const monthOf = monthKeys();

  for await (const post of history.posts) {
    // dateMs: the source has usually just parsed this very string (a history file does), so it is not parsed twice.
    const ms = post.createdAt ? dateMs(post.createdAt) : NaN;
    if (sinceMs !== undefined && !Number.isNaN(ms) && ms < sinceMs) {
      outside++;
      continue;
    }
    scanned++;
    opts.sawPost?.(post);
    if (!Number.isNaN(ms)) {
      if (ms < fromMs) [fromMs, from] = [ms, post.createdAt!];
      if (ms > toMs) [toMs, to] = [ms, post.createdAt!];
      score.noteDate(post.createdAt!, ms);
    }
    const postFindings = scanner.scan(post);
    for (const finding of postFindings) {
      const from = post.segments ? segmentAt(post, finding.span.start) : undefined;
      if (from) finding.from = from;
      const ignored = opts.review?.(finding);
      if (ignored) finding.ignored = ignored;
    }
    score.add(post, postFindings, ms);
    if (Number.isNaN(ms)) undated++;
    else {
      const key = monthOf(ms);
      const month = months.get(key) ?? { month: key, posts: 0, hostile: 0, criticism: 0 };
      month.posts++;
      if (postFindings.some((f) => !f.ignored && isHostile(f.severity))) month.hostile++;
      if (postFindings.some((f) => !f.ignored && f.category === 'product-criticism')) month.criticism++;
      months.set(key, month);
    }
    for (const finding of postFindings) {
      if (!isHostile(finding.severity) && !finding.ignored && minorKept++ >= MAX_MINOR_FINDINGS) minorOmitted++;
      else findings.push(keep(finding));
    }
  }

  if (scanned === 0) {
    const why = outside > 0
      ? `${outside === 1 ? 'its one post is not' : `none of its ${outside} posts is`} inside the window (--since ${opts.since!.toISOString().slice(0, 10)})`
      : 'it has no posts';
    throw new NoPostsError(`${history.subject.handle}: nothing to vet: ${why}. A history with no posts is not a low-risk verdict.`, {
      hint: outside > 0 ? 'widen the window with --since (e.g. --since 5y)' : undefined,
    });
  }

  findings.sort(compareFindings);
  const verdict = score.verdict(history.coverage);
  return {
    schemaVersion: 1,
    subject: { handle: history.subject.handle, platform: history.subject.platform },
    brand: { id: brand.profile.id, name: brand.profile.name },
    window: { from, to, postsScanned: scanned, ...(opts.since ? { since: opts.since.toISOString(), postsBefore: outside } : {}) },
    verdict,
    findings,
    errors: [],
    coverage: reportCoverage(history.coverage),
    stats: { ...score.stats(), omittedMinorFindings: minorOmitted },
    timeline: { months: [...months.values()].sort((a, b) => a.month.localeCompare(b.month)), undated },
    generatedAt: opts.now.toISOString(),
    ...(opts.vetVersion ? { vetVersion: opts.vetVersion } : {}),
  };
}

/**
 * A finding kept until the report, as small as its text: a quote cut from a post's text by slice() is, in V8, a
 * view that keeps the whole text alive (a long post for a few words), and a string joined from parts (the
 * fingerprint) is a tree of them. Copied flat here, where a finding is kept: the posts go as they are vetted, and
 * memory grows with the findings alone (about 130 bytes less a finding for the fingerprint alone).
 *
 * The finding itself is a copy too, with its span and excerptCut, made here and not where the scanner makes
 * findings. V8 moves objects made at a site whose objects keep surviving young collections straight to the old
 * generation ("pretenuring"), where every later one that dies is garbage left for a full collection. Kept as they
 * were made, the scanner's findings survived (early in a history every finding is kept), their three sites were
 * pretenured, and from then on every minor finding past MAX_MINOR_FINDINGS — counted, then dropped — went to the old
 * generation with the strings it points to (its quote a view of the whole post text): the heap grew with the history
 * (at 1M bench posts, 20,388 dropped findings: heap 59 → 75 MB, peak RSS about 20 MB more). Now the scanner's
 * findings all die young, and only the kept copies, which do live to the report, are made where they may be pretenured.
 */
function keep(finding: Finding): Finding {
  // The spread keeps the finding's keys in their order (the JSON report's order); the replaced ones keep their places.
  const kept: Finding = {
    ...finding,
    excerpt: flatCopy(finding.excerpt),
    matched: flatCopy(finding.matched),
    span: { start: finding.span.start, end: finding.span.end },
    fingerprint: flatCopy(finding.fingerprint),
  };
  if (finding.excerptCut) kept.excerptCut = { before: finding.excerptCut.before, after: finding.excerptCut.after };
  return kept;
}

/** A flat string that shares no storage with another (V8 makes a view or a tree only of 13 characters or more). */
function flatCopy(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/**
 * The UTC month (YYYY-MM) of an instant, as toISOString writes it. Histories run in date order, so the month
 * of the last post is kept with its bounds: most posts cost two comparisons, not a Date and a string.
 */
function monthKeys(): (ms: number) => string {
  let key = '';
  let lo = Infinity;
  let hi = -Infinity;
  return (ms) => {
    if (ms >= lo && ms < hi) return key;
    const date = new Date(ms);
    key = date.toISOString().slice(0, 7);
    const year = date.getUTCFullYear();
    // Date.UTC reads years 0 to 99 as 1900 to 1999: such months are not kept.
    if (year >= 100) {
      lo = Date.UTC(year, date.getUTCMonth(), 1);
      hi = Date.UTC(year, date.getUTCMonth() + 1, 1);
    } else {
      lo = Infinity;
      hi = -Infinity;
    }
    return key;
  };
}

const SEVERITY_RANK = { info: 0, low: 1, medium: 2, high: 3, critical: 4 } as const;

/** Most severe first, then newest first, then stable by post and rule. */
function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    (b.createdAt ?? '').localeCompare(a.createdAt ?? '') ||
    a.postId.localeCompare(b.postId) ||
    a.span.start - b.span.start ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

/** A source's coverage as the report keeps it: the notes as sentences (schema 1) and as codes. */
export function reportCoverage(coverage: Coverage): ReportCoverage {
  const noteCodes = coverage.notes.map((note) => ({ code: note.code, args: { ...note.args } }));
  return {
    postsRead: coverage.postsRead,
    partial: coverage.partial,
    notes: noteCodes.map(noteText),
    noteCodes,
    ...(coverage.fromStore !== undefined ? { fromStore: coverage.fromStore } : {}),
  };
}
