import { relative, resolve } from 'node:path';
import type { Scanner } from '../engine/scanner.js';
import type { AuditStore } from '../store/index.js';
import { InputError, NoPostsError, SourceError, UsageError, VetError } from '../errors.js';
import { HttpError } from '../http/errors.js';
import { isHostile } from '../score.js';
import { openFileHistory } from '../sources/file.js';
import { openHistory } from '../sources/index.js';
import type { FetchedHistory, SourceContext } from '../sources/types.js';
import type { Finding, Post, VetReport } from '../types.js';
import { vetRecorded } from '../store/vet.js';
import type { BatchError, BatchJob, BatchOutcome, OutcomeDigest } from './types.js';

export interface VetOneDeps {
  /** Shared source context; `cwd` is the roster's folder (file: handles are relative to it). */
  ctx: SourceContext;
  /** The user's working folder (history file paths in messages are shown relative to it). */
  cwd: string;
  now: Date;
  scannerFor: (job: BatchJob) => Promise<Scanner>;
  /** --timeout: a handle that has no result by then is a failure with code "timeout". */
  timeoutMs?: number;
  /** Aborted on the second Ctrl-C: the handle is abandoned and writes no line. */
  abort: AbortSignal;
  vetVersion: string;
  /** --columns: field → column of a row's CSV history. */
  columns?: Record<string, string>;
  /** Reviewed findings (--ignore-file / .vetignore), one set shared by every handle of the batch. */
  review?: (finding: Finding) => Finding['ignored'] | undefined;
  /** Told of every post scanned (the reviewed-findings file reports only entries whose post was scanned). */
  sawPost?: (post: Post) => void;
  /** The audit store: each handle's audit is recorded and compared with the last one (absent with --no-store). */
  store?: AuditStore;
  /** --full: fetch whole histories again instead of stopping at stored posts. */
  full?: boolean;
}

class HandleTimeout extends Error {}

/**
 * Vets one handle. Never throws: every failure becomes an outcome with an error, so one handle never
 * stops the batch. Returns undefined when the run was aborted while the handle was in flight (abandoned:
 * no line is written, so a --resume run vets it again).
 */
export async function vetOne(job: BatchJob, deps: VetOneDeps): Promise<BatchOutcome | undefined> {
  if (deps.abort.aborted) return undefined;
  const timeout = deps.timeoutMs ? AbortSignal.timeout(deps.timeoutMs) : undefined;
  const signal = timeout ? AbortSignal.any([deps.abort, timeout]) : deps.abort;
  const work = (async () => {
    const ctx: SourceContext = { ...deps.ctx, signal };
    return vetRecorded({
      ...(deps.store ? { store: deps.store } : {}),
      subject: job.fromPath ? { file: resolve(deps.cwd, job.fromPath) } : { handle: job.handle },
      brand: job.brand,
      ctx,
      now: deps.now,
      full: deps.full === true,
      open: (context) => (job.fromPath ? openFileHistory(relative(deps.cwd, job.fromPath) || job.fromPath, deps.cwd, deps.columns ? { columns: deps.columns } : {}) : openHistory(job.handle, context)),
      wrap: (history) => untilAborted(history, signal),
      scanner: await deps.scannerFor(job),
      ...(deps.review ? { review: deps.review } : {}),
      ...(deps.sawPost ? { sawPost: deps.sawPost } : {}),
      vetVersion: deps.vetVersion,
    });
  })();
  // Whatever the work does after an abort or a timeout, it no longer decides anything.
  work.catch(() => {});
  try {
    const report = await raceSignal(work, signal, timeout);
    return { job, report };
  } catch (error) {
    if (deps.abort.aborted) return undefined;
    if (error instanceof HandleTimeout || timeout?.aborted) {
      return {
        job,
        error: {
          code: 'timeout',
          message: `no result within ${formatDuration(deps.timeoutMs!)} (--timeout); the platform was slow or the history is long`,
          hint: 'raise --timeout, or run again with --resume later; pages already read are cached',
        },
      };
    }
    return { job, error: describeError(error) };
  }
}

function raceSignal<T>(work: Promise<T>, signal: AbortSignal, timeout: AbortSignal | undefined): Promise<T> {
  if (signal.aborted) return Promise.reject(timeout?.aborted ? new HandleTimeout() : signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(timeout?.aborted ? new HandleTimeout() : signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Local files ignore signals: stop between posts instead, so a timeout also bounds a huge history. */
function untilAborted(history: FetchedHistory, signal: AbortSignal): FetchedHistory {
  const source = history.posts;
  async function* posts(): AsyncGenerator<Post> {
    for await (const post of source) {
      signal.throwIfAborted();
      yield post;
    }
  }
  return { subject: history.subject, coverage: history.coverage, posts: posts() };
}

/**
 * `error.code` in the output: the HTTP layer's kind of failure (timeout, rate-limited, refused, server,
 * connect, ...), `source` for other platform refusals, `no-posts` when no post is in the window, `input`
 * for an invalid history file, `usage` for a handle the platform's adapter rejects, `internal` for a bug.
 */
export function describeError(error: unknown): BatchError {
  const withHint = (e: VetError, code: string): BatchError => ({ code, message: e.message, ...(e.hint ? { hint: e.hint } : {}) });
  if (error instanceof HttpError) return withHint(error, error.kind);
  if (error instanceof SourceError) return withHint(error, 'source');
  // No post in the window is common in a batch with --since: its own code (before InputError, its parent).
  if (error instanceof NoPostsError) return withHint(error, 'no-posts');
  if (error instanceof InputError) return withHint(error, 'input');
  if (error instanceof UsageError) return withHint(error, 'usage');
  if (error instanceof VetError) return withHint(error, 'error');
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `unexpected error, please report it: ${message}` };
}

/** What the summary keeps of an outcome: never the report itself. */
export function digest(outcome: BatchOutcome): OutcomeDigest {
  const base = { handle: outcome.job.handle, brandId: outcome.job.brand.profile.id, ...(outcome.job.name ? { name: outcome.job.name } : {}) };
  if (outcome.error) return { ...base, error: outcome.error };
  return { ...base, ...digestReport(outcome.report) };
}

export function digestReport(report: VetReport): Pick<OutcomeDigest, 'level' | 'score' | 'findings' | 'topRule'> {
  // Findings are sorted most severe (then newest) first, so the first hostile one is the worst.
  const hostile = report.findings.filter((f) => !f.ignored && isHostile(f.severity));
  return {
    level: report.verdict.level,
    score: report.verdict.score,
    findings: hostile.length,
    ...(hostile[0] ? { topRule: hostile[0].ruleId } : {}),
  };
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  const s = Math.round(ms / 1000);
  if (s < 120) return `${s} s`;
  const m = Math.floor(s / 60);
  return m < 120 ? `${m} min ${s % 60 ? `${s % 60} s` : ''}`.trim() : `${Math.floor(m / 60)} h ${m % 60} min`;
}
