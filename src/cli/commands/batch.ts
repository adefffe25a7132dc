import { dirname, resolve } from 'node:path';
import { BATCH_FORMATS, csvHeader } from '../../batch/format.js';
import { decodeRoster } from '../../batch/input.js';
import { fileSink, isDone, readEarlierOutput, stdoutSink, type EarlierOutput, type LineSink } from '../../batch/output.js';
import { planBatch } from '../../batch/plan.js';
import { batchReviewNotes } from '../../batch/review.js';
import { DEFAULT_CONCURRENCY, runBatch } from '../../batch/run.js';
import { parseShard } from '../../batch/shard.js';
import { jobKey, type OutcomeDigest } from '../../batch/types.js';
import { loadBrand } from '../../brands/load.js';
import { InputError, UsageError } from '../../errors.js';
import { safeLine } from '../../report/sanitize.js';
import { openReviewFile } from '../../review/ignore-file.js';
import type { Finding, Post } from '../../types.js';
import { vetVersion } from '../../version.js';
import { MAX_ROSTER_BYTES, readRegularFile, refuseInputAsOutput } from '../../util/atomic-write.js';
import { storeLocation } from '../../store/location.js';
import { sourceContext } from '../context.js';
import type { BatchFlags } from '../flags.js';
import { planOutput } from '../formats.js';
import type { CliIO } from '../io.js';
import { openStore } from './vet.js';
import { errnoText } from '../../util/errno.js';
import { countOf } from '../../report/wording.js';
import { parseColumnsFlag } from '../../sources/columns.js';

/** Problems printed before giving up on a roster; the rest are counted. */
const PROBLEMS_SHOWN = 20;

type BatchIO = CliIO & { stdin?: NodeJS.ReadableStream & { isTTY?: boolean } };

/**
 * `vet batch <roster|->`: vets every handle of a roster with bounded concurrency and writes one JSON Lines
 * (or CSV) line per handle as it finishes. The roster is validated whole before any work (exit 2 with
 * file:line). Exit 1 if a handle is at or above --fail-on, else 3 if one could not be vetted, else 0;
 * 130 when Ctrl-C stopped the run before every handle had its line. Reviewed findings (--ignore-file,
 * .vetignore) apply to every handle as they do for `vet`; stale entries are reported once, at the end.
 *
 * Ctrl-C: the first stops starting new handles and lets the ones in flight finish and write their line;
 * the second abandons those (no line: a --resume run vets them again). Lines are written whole.
 */
export async function runBatchCommand(input: string, options: BatchFlags, io: BatchIO): Promise<number> {
  const now = io.now?.() ?? new Date();
  const { format, output } = planOutput('vet batch', options.format, options.output, BATCH_FORMATS, 'jsonl');
  const failOn = options.failOn;
  const columns = options.columns !== undefined ? parseColumnsFlag(options.columns) : undefined;
  const resume = options.resume === true;
  const force = options.force === true;
  if (resume && !output) throw new UsageError('--resume needs --output <file>: the lines of the earlier run are read from it');
  if (resume && force) throw new UsageError('--resume continues the --output file and --force replaces it; give one of them');
  const shard = options.shard !== undefined ? parseShard(options.shard) : undefined;
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  const timeoutMs = options.timeout;
  const quiet = options.quiet === true;
  const changesOnly = options.changesOnly === true;
  if (changesOnly && (options.store === false || !storeLocation(io.env, io.cwd))) {
    throw new UsageError('--changes-only compares with the audit store, which is off (--no-store or VET_STORE=off)');
  }
  const verbose = options.verbose === true;
  const ctx = sourceContext(options, io, now);
  const defaultBrand = options.brand !== undefined ? await loadBrand(options.brand, io.cwd) : undefined;
  // Reviewed findings, as for `vet`: --ignore-file, else .vetignore in the working folder. One set for the
  // whole batch; an entry is unused only when a handle's history had its post and nothing matched it. Checked
  // before anything runs.
  const reviewSet = await openReviewFile(options.ignoreFile, io.cwd, now);

  // The roster, validated whole before anything runs.
  const fromStdin = input === '-';
  const display = fromStdin ? 'stdin' : input;
  if (output && !fromStdin) await refuseInputAsOutput(resolve(io.cwd, output), resolve(io.cwd, input), { display: output, what: 'roster' });
  const text = decodeRoster(fromStdin ? await readStdin(io) : await readRoster(input, io.cwd), display);
  // `from` paths, file: handles and brand files in rows are relative to the roster (to the working folder for stdin).
  const baseDir = fromStdin ? io.cwd : dirname(resolve(io.cwd, input));
  ctx.cwd = baseDir;
  const plan = await planBatch({
    text,
    file: display,
    baseDir,
    ...(typeof options.root === 'string' ? { root: resolve(io.cwd, options.root) } : {}),
    cwd: io.cwd,
    ...(defaultBrand ? { defaultBrand } : {}),
    ...(shard ? { shard } : {}),
    endpoints: ctx.endpoints,
  });
  if (plan.problems.length === 1) throw new InputError(plan.problems[0]!, { hint: 'nothing was vetted; fix the roster and run again' });
  if (plan.problems.length > 1) {
    for (const problem of plan.problems.slice(0, PROBLEMS_SHOWN)) io.stderr.write(`vet: ${safeLine(problem)}\n`);
    const more = plan.problems.length - PROBLEMS_SHOWN;
    throw new InputError(`${display}: ${countOf(plan.problems.length, 'problem')} in the roster${more > 0 ? ` (the first ${PROBLEMS_SHOWN} above)` : ' (above)'}; nothing was vetted`);
  }
  if (plan.rows === 0) {
    throw new InputError(`${display}: no handles in the roster; expected one handle a line (e.g. weibo:1234567890) or a CSV with a handle column`);
  }
  if (!quiet) for (const note of plan.notes) io.stderr.write(`vet: ${safeLine(note)}\n`);

  // --resume: skip what the output already holds; those lines still count in the summary and exit code.
  let earlier: EarlierOutput | undefined;
  let jobs = plan.jobs;
  const earlierDigests: OutcomeDigest[] = [];
  const outputPath = output ? resolve(io.cwd, output) : undefined;
  if (resume && outputPath) {
    earlier = await readEarlierOutput(outputPath, format, output);
    jobs = plan.jobs.filter((job) => {
      if (!isDone(earlier!, job.handle, job.brand.profile.id)) return true;
      const d = earlier!.done.get(jobKey(job.handle, job.brand.profile.id)) ?? earlier!.done.get(jobKey(job.handle, '*'))!;
      earlierDigests.push(d);
      return false;
    });
    if (earlier.droppedBytes > 0 && !quiet) {
      io.stderr.write(`vet: ${output}: dropped a cut-off last line (${earlier.droppedBytes} bytes) left by an interrupted run; that handle runs again\n`);
    }
  }

  const stop = new AbortController();
  const abort = new AbortController();
  let stdoutClosed = false;
  const sink: LineSink = outputPath
    ? await fileSink(outputPath, resume ? 'append' : force ? 'replace' : 'create', output)
    : stdoutSink((chunk) => void (stdoutClosed || io.stdout.write(chunk)));
  if (!outputPath) {
    // `vet batch … | head`: a reader that goes away stops the run instead of crashing it. The listener stays:
    // writes already queued may still report the closed pipe after the run.
    (io.stdout as Partial<NodeJS.WriteStream>).on?.('error', (error: NodeJS.ErrnoException) => {
      if (!stdoutClosed && !quiet) io.stderr.write(`vet: standard output was closed (${errnoText(error)}); stopping\n`);
      stdoutClosed = true;
      abort.abort();
      stop.abort();
    });
  }
  const stderrTTY = io.stderr.isTTY === true;
  const progress = quiet ? 'off' : stderrTTY ? 'bar' : 'lines';
  let interrupts = 0;
  const onInterrupt = () => {
    interrupts++;
    if (interrupts === 1) stop.abort();
    else abort.abort();
  };
  const onTerminate = () => {
    abort.abort();
    stop.abort();
  };
  const onIoAbort = () => stop.abort();
  process.on('SIGINT', onInterrupt);
  process.on('SIGTERM', onTerminate);
  io.signal?.addEventListener('abort', onIoAbort, { once: true });

  const store = await openStore(options, io);
  try {
    if (format === 'csv' && (!earlier || earlier.empty)) await sink.write(csvHeader());
    if (!quiet) {
      const skipped = earlierDigests.length ? `, ${earlierDigests.length} already in ${output}` : '';
      const where = shard ? ` (shard ${shard.index}/${shard.count}: ${plan.jobs.length} of ${countOf(plan.rows, 'row')})` : '';
      io.stderr.write(`vet: batch: ${jobs.length} handle${jobs.length === 1 ? '' : 's'} to vet${skipped}${where}\n`);
    }
    const result = await runBatch({
      jobs,
      earlier: earlierDigests,
      format,
      sink,
      sinkIsTerminal: !output && io.stdout.isTTY === true && progress === 'bar',
      ctx,
      cwd: io.cwd,
      now,
      failOn,
      concurrency,
      ...(timeoutMs ? { timeoutMs } : {}),
      vetVersion: vetVersion(),
      stderr: io.stderr as { write(chunk: string): unknown; columns?: number },
      progress,
      verbose,
      ...(output ? { output } : {}),
      stop: stop.signal,
      abort: abort.signal,
      ...(reviewSet ? { review: (finding: Finding) => reviewSet.review(finding), sawPost: (post: Post) => reviewSet.notePost(post) } : {}),
      ...(store ? { store, full: options.full === true } : {}),
      ...(columns ? { columns } : {}),
      changesOnly,
    });
    if (!quiet) {
      const lines = result.summary.render({ elapsedMs: result.elapsedMs, notRun: result.notRun, interrupted: result.interrupted, ...(output ? { output } : {}) });
      io.stderr.write(`${lines.join('\n')}\n`);
      if (reviewSet) for (const line of batchReviewNotes(reviewSet.summary(), { verbose })) io.stderr.write(`vet: ${safeLine(line)}\n`);
    }
    return result.summary.exitCode(result.interrupted && result.notRun > 0);
  } finally {
    process.off('SIGINT', onInterrupt);
    process.off('SIGTERM', onTerminate);
    io.signal?.removeEventListener('abort', onIoAbort);
    store?.close();
    await sink.close();
  }
}

async function readRoster(input: string, cwd: string): Promise<Buffer> {
  try {
    return await readRegularFile(resolve(cwd, input), MAX_ROSTER_BYTES, input, 'roster');
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${input}: cannot read the roster (${errnoText(error)})`, { hint: 'give a text file with one handle a line, a CSV with a handle column, or - for standard input' });
  }
}

async function readStdin(io: BatchIO): Promise<Buffer> {
  const stdin = io.stdin ?? process.stdin;
  if (stdin.isTTY) {
    throw new UsageError('reading the roster from standard input, but it is a terminal', { hint: 'pipe handles in, e.g. printf "weibo:1234567890\\n" | vet batch - --brand xiaomi' });
  }
  const chunks: Buffer[] = [];
  for await (const chunk of stdin as AsyncIterable<Buffer | string>) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
