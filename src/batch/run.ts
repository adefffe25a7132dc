import type { LoadedBrand } from '../brands/load.js';
import { createScanner, type Scanner } from '../engine/scanner.js';
import { changedSinceLastAudit } from '../report/changes.js';
import { safeLine } from '../report/sanitize.js';
import type { AuditStore } from '../store/index.js';
import type { SourceContext } from '../sources/types.js';
import type { Finding, Level, Post } from '../types.js';
import { formatLine, type BatchFormat } from './format.js';
import type { LineSink } from './output.js';
import { runPool } from './pool.js';
import { Progress, type ProgressMode, type ProgressStream } from './progress.js';
import { BatchSummary } from './summary.js';
import type { BatchJob, OutcomeDigest } from './types.js';
import { digest, vetOne } from './vet-one.js';

/**
 * The batch pipeline after the roster is validated: pool → per-handle vet → one output line each, as it
 * finishes → progress → summary. Nothing here exits or touches process signals; the command wires Ctrl-C
 * to `stop` (no new handles) and `abort` (abandon the ones in flight).
 */

/** Handles in flight per platform host; the HTTP layer paces each host's requests on top of this. */
export const PER_HOST = 2;
export const DEFAULT_CONCURRENCY = 8;

export interface BatchRunOptions {
  jobs: readonly BatchJob[];
  /** Handles of this roster already finished in the output (--resume): they count in the summary. */
  earlier: readonly OutcomeDigest[];
  format: BatchFormat;
  sink: LineSink;
  /** The sink shares the terminal with the progress bar (stdout is a terminal). */
  sinkIsTerminal: boolean;
  ctx: SourceContext;
  cwd: string;
  now: Date;
  failOn: Level;
  concurrency: number;
  perHost?: number;
  timeoutMs?: number;
  vetVersion: string;
  stderr: ProgressStream;
  progress: ProgressMode;
  verbose: boolean;
  /** Shown in the summary (where the lines are). */
  output?: string;
  stop: AbortSignal;
  abort: AbortSignal;
  clock?: () => number;
  /** Reviewed findings to accept, as `vet` does: marked on the finding, not counted in the verdict. */
  review?: (finding: Finding) => Finding['ignored'] | undefined;
  /** Told of every post scanned, for the reviewed-findings file. */
  sawPost?: (post: Post) => void;
  /** The audit store (absent with --no-store) and --full. */
  store?: AuditStore;
  full?: boolean;
  /** --changes-only: a line only for a handle that changed since its last audit (or failed, or was never audited). */
  changesOnly?: boolean;
  /** --columns: field → column of the rows' CSV histories. */
  columns?: Record<string, string>;
}

export interface BatchRunResult {
  summary: BatchSummary;
  /** Handles of the plan that got no line (never started, or abandoned). */
  notRun: number;
  /** Handles of the plan that got an error line in this run (earlier runs' failures not included). */
  failed: number;
  interrupted: boolean;
  elapsedMs: number;
  progress: Progress;
}

export async function runBatch(opts: BatchRunOptions): Promise<BatchRunResult> {
  const clock = opts.clock ?? Date.now;
  const startedAt = clock();
  const summary = new BatchSummary(opts.failOn);
  for (const d of opts.earlier) summary.add(d);
  const progress = new Progress(opts.stderr, opts.progress, opts.jobs.length, clock);
  const log = (message: string) => progress.log(`vet: ${safeLine(message)}`);
  const ctx: SourceContext = { ...opts.ctx, log: opts.verbose ? log : () => {} };

  // One compiled scanner per brand, shared by every handle of that brand.
  const scanners = new Map<LoadedBrand, Promise<Scanner>>();
  const scannerFor = (job: BatchJob) => {
    let scanner = scanners.get(job.brand);
    if (!scanner) scanners.set(job.brand, (scanner = createScanner(job.brand)));
    return scanner;
  };

  const meta = { generatedAt: opts.now.toISOString(), vetVersion: opts.vetVersion };
  let written = 0;
  let failed = 0;
  let inFlight = 0;
  const onStop = () => {
    if (opts.abort.aborted || opts.progress === 'off') return;
    log(`stopping: no new handles will start; waiting for ${inFlight} in flight (press Ctrl-C again to abandon them)`);
  };
  opts.stop.addEventListener('abort', onStop, { once: true });

  progress.start();
  try {
    await runPool(
      opts.jobs,
      { concurrency: opts.concurrency, perLane: opts.perHost ?? PER_HOST, laneOf: (job) => job.lane, stop: opts.stop },
      async (job) => {
        inFlight++;
        try {
          const outcome = await vetOne(job, {
            ctx,
            cwd: opts.cwd,
            now: opts.now,
            scannerFor,
            ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
            abort: opts.abort,
            vetVersion: opts.vetVersion,
            ...(opts.review ? { review: opts.review } : {}),
            ...(opts.sawPost ? { sawPost: opts.sawPost } : {}),
            ...(opts.store ? { store: opts.store, full: opts.full === true } : {}),
            ...(opts.columns ? { columns: opts.columns } : {}),
          });
          if (!outcome) return; // abandoned: no line, so --resume runs it again
          if (!opts.changesOnly || !outcome.report || changedSinceLastAudit(outcome.report)) {
            const line = formatLine(opts.format, outcome, meta);
            if (opts.sinkIsTerminal) progress.around(() => void opts.sink.write(line));
            else await opts.sink.write(line);
          }
          written++;
          if (outcome.error) failed++;
          const d = digest(outcome);
          summary.add(d);
          progress.advance(job.handle, d.error !== undefined);
          if (opts.verbose) {
            log(
              d.error
                ? `${safeLine(job.handle)}: failed [${safeLine(d.error.code)}] ${safeLine(d.error.message)}`
                : `${safeLine(job.handle)}: ${d.level} ${d.score}/100, ${d.findings} hostile finding${d.findings === 1 ? '' : 's'}`,
            );
          }
        } finally {
          inFlight--;
        }
      },
    );
  } finally {
    opts.stop.removeEventListener('abort', onStop);
    progress.stop();
  }
  const notRun = opts.jobs.length - written;
  return { summary, notRun, failed, interrupted: opts.stop.aborted || opts.abort.aborted, elapsedMs: clock() - startedAt, progress };
}
