import { dirname, resolve } from 'node:path';
import type { LoadedBrand } from '../brands/load.js';
import { parseSince } from '../util/since.js';
import { createScanner, type Scanner } from '../engine/scanner.js';
import { ExitCode, exitCodeFor as exitCodeForRun, VetError } from '../errors.js';
import { levelAtLeast } from '../score.js';
import type { SourceContext } from '../sources/types.js';
import { VERDICT_LEVELS, type Finding, type Level, type Post, type VerdictLevel } from '../types.js';
import { vetRecorded } from '../store/vet.js';
import { openInfluencerHistory } from './history.js';
import type { LoadedProposal } from './proposal.js';
import type { CheckResult, CheckSummary, InfluencerResult, Proposal, ProposalInfluencer } from './types.js';
import type { ReviewSummary } from '../review/types.js';
import type { AuditStore } from '../store/index.js';

/** Accepts reviewed findings; `context` names the influencer (used by the baseline writer's comments). */
export interface CheckReviewer {
  review(finding: Finding, context?: string): Finding['ignored'] | undefined;
  /** Told of every post scanned, so only entries whose post was scanned can be called unused. */
  notePost?(post: Post): void;
}

export interface CheckRunOptions {
  /** Working folder: display paths and `from` messages are relative to it. */
  cwd: string;
  now: Date;
  /** Source context shared by every influencer (limits, endpoints, cache, log); `since` and `cwd` are set per proposal. */
  ctx: SourceContext;
  /** --fail-on: overrides every proposal's policy.failOn. */
  failOn?: Level;
  /** --since: overrides every proposal's policy.since. */
  since?: string;
  reviewer?: CheckReviewer;
  /** Called when the reviewed-findings state is final (after every influencer). */
  reviewSummary?: () => ReviewSummary | undefined;
  /** How many influencers are vetted at once; small, since platforms pace requests per host. */
  concurrency?: number;
  vetVersion: string;
  signal?: AbortSignal;
  /** Progress lines for --verbose. */
  log?: (message: string) => void;
  /**
   * The audit store: the audit of an influencer with one handle or a `from` file is recorded and compared
   * with the last one (an influencer of several handles is one merged history, not one subject: not recorded).
   */
  store?: AuditStore;
}

/**
 * Vets every influencer of every proposal. A source that fails or a history that is invalid marks that
 * influencer as an error and the run goes on, so one report shows everything; anything else is a bug and
 * propagates. Results keep the order of files and entries whatever the concurrency.
 */
export async function runCheck(loaded: readonly LoadedProposal[], opts: CheckRunOptions): Promise<CheckResult> {
  const scanners = new Map<LoadedBrand, Promise<Scanner>>();
  const scannerFor = (brand: LoadedBrand) => {
    let scanner = scanners.get(brand);
    if (!scanner) {
      scanner = createScanner(brand);
      scanners.set(brand, scanner);
    }
    return scanner;
  };

  const jobs = loaded.flatMap(({ proposal, brand }) => proposal.influencers.map((influencer) => ({ proposal, brand, influencer })));
  const results: InfluencerResult[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      if (opts.signal?.aborted) break;
      const i = next++;
      const job = jobs[i]!;
      results[i] = await vetInfluencer(job.proposal, job.brand, job.influencer, await scannerFor(job.brand), opts);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency ?? 3, jobs.length)) }, worker));
  // Work not started because of Ctrl-C is reported as such rather than silently missing.
  for (let i = 0; i < jobs.length; i++) {
    if (!results[i]) {
      const { proposal, influencer } = jobs[i]!;
      results[i] = {
        proposal,
        influencer,
        failOn: opts.failOn ?? proposal.policy.failOn,
        failed: false,
        error: { code: 'Aborted', message: 'not vetted: the run was stopped', exitCode: ExitCode.Source },
      };
    }
  }

  const summary = summarize(results);
  const review = opts.reviewSummary?.();
  return {
    proposals: loaded.map((l) => l.proposal),
    results,
    summary,
    ...(review ? { review } : {}),
    ...(opts.failOn ? { failOnOverride: opts.failOn } : {}),
    ...(opts.since !== undefined ? { sinceOverride: opts.since } : {}),
    exitCode: exitCodeFor(results),
    generatedAt: opts.now.toISOString(),
    vetVersion: opts.vetVersion,
  };
}

/** "Example Creator (fixtures/proposals/a.yaml)": how baseline comments and logs name an influencer. */
export function influencerLabel(proposal: Proposal, influencer: ProposalInfluencer): string {
  return `${influencer.name} (${proposal.file}:${influencer.line})`;
}

async function vetInfluencer(
  proposal: Proposal,
  brand: LoadedBrand,
  influencer: ProposalInfluencer,
  scanner: Scanner,
  opts: CheckRunOptions,
): Promise<InfluencerResult> {
  const failOn = opts.failOn ?? proposal.policy.failOn;
  const sinceText = opts.since ?? proposal.policy.since;
  const since = sinceText !== undefined ? parseSince(sinceText, opts.now) : undefined;
  const label = influencerLabel(proposal, influencer);
  // file: handles in a proposal are relative to the proposal, like `from`.
  const ctx: SourceContext = { ...opts.ctx, cwd: dirname(proposal.path) };
  if (since) ctx.since = since;
  else delete ctx.since;
  const reviewer = opts.reviewer;
  opts.log?.(`vetting ${label}${influencer.from ? ` from ${influencer.from}` : ` (${influencer.handles.join(', ')})`}`);
  try {
    const single = influencer.fromPath ? { file: resolve(opts.cwd, influencer.fromPath) } : influencer.handles.length === 1 ? { handle: influencer.handles[0]! } : undefined;
    const report = await vetRecorded({
      ...(single && opts.store ? { store: opts.store } : {}),
      subject: single ?? { handle: influencer.handles.join(',') },
      brand,
      ctx,
      now: opts.now,
      open: (context) => openInfluencerHistory(influencer, context, opts.cwd),
      scanner,
      ...(reviewer ? { review: (finding: Finding) => reviewer.review(finding, label) } : {}),
      ...(reviewer?.notePost ? { sawPost: (post: Post) => reviewer.notePost!(post) } : {}),
      vetVersion: opts.vetVersion,
    });
    return { proposal, influencer, failOn, report, failed: levelAtLeast(report.verdict.level, failOn) };
  } catch (error) {
    // One influencer that cannot be vetted is one error entry, whatever went wrong: the others still get their reports.
    if (!(error instanceof VetError)) {
      const what = error instanceof Error ? error.message : String(error);
      return { proposal, influencer, failOn, failed: false, error: { code: 'InternalError', message: `unexpected error, please report it: ${what}`, exitCode: ExitCode.Source } };
    }
    return {
      proposal,
      influencer,
      failOn,
      failed: false,
      error: { code: error.name, message: error.message + (error.hint ? ` (hint: ${error.hint})` : ''), exitCode: error.exitCode },
    };
  }
}

export function summarize(results: readonly InfluencerResult[]): CheckSummary {
  const byLevel = Object.fromEntries(VERDICT_LEVELS.map((level) => [level, 0])) as Record<VerdictLevel, number>;
  let failed = 0;
  let errors = 0;
  for (const result of results) {
    if (result.report) byLevel[result.report.verdict.level]++;
    if (result.error) errors++;
    else if (result.failed) failed++;
  }
  return { influencers: results.length, failed, passed: results.length - failed - errors, errors, byLevel };
}

/** The exit code of a check run: errors.ts exitCodeFor, the one table shared with vet batch (2 > 3 > 1 > 0). */
export function exitCodeFor(results: readonly InfluencerResult[]): number {
  const codes = results.map((r) => r.error?.exitCode);
  return exitCodeForRun('check', {
    atFailOn: results.filter((r) => r.failed).length,
    inputErrors: codes.filter((c) => c === ExitCode.Usage).length,
    otherErrors: codes.filter((c) => c !== undefined && c !== ExitCode.Usage).length,
  });
}
