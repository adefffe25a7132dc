import { resolve } from 'node:path';
import { CHECK_FORMATS, type CheckFormat } from '../../check/formats.js';
import { expandProposalArgs } from '../../check/files.js';
import { BrandCache, loadProposals } from '../../check/proposal.js';
import { renderCheck } from '../../check/reporters/index.js';
import { runCheck as runCheckRun } from '../../check/run.js';
import { InputError } from '../../errors.js';
import { safeLine } from '../../report/sanitize.js';
import { BaselineRecorder, baselineAuthor } from '../../review/baseline.js';
import { DEFAULT_REVIEW_FILE, describeOtherPlatforms, describeReviewNotes, isoToday, loadReviewFile, openReviewFile, type ReviewSet } from '../../review/ignore-file.js';
import type { ReviewSummary } from '../../review/types.js';
import { RULES } from '../../rules/index.js';
import { exists, refuseExisting, refuseInputAsOutput, writeFileAtomic } from '../../util/atomic-write.js';
import { PathRoots } from '../../util/contained.js';
import { vetVersion } from '../../version.js';
import { htmlDocument, requireOutputFor } from './report.js';
import { openStore } from './vet.js';
import { countOf } from '../../report/wording.js';
import { sourceContext } from '../context.js';
import type { CheckFlags } from '../flags.js';
import { planOutputs } from '../formats.js';
import { terminalWidth, useColor, type CliIO } from '../io.js';

/**
 * `vet check <files or globs...>`: vets every influencer of every proposal file and prints one report.
 * Exit 0 all below fail-on, 1 a verdict at or above it, 2 an invalid proposal/history/ignore file, 3 a
 * source that could not be read (see exitCodeFor).
 */
export async function runCheck(files: string[], options: CheckFlags, io: CliIO): Promise<number> {
  const now = io.now?.() ?? new Date();
  // -f/-o pairs (several reports from one run), or one format to standard output.
  const plans = planOutputs('vet check', options.format as CheckFormat[], options.output, CHECK_FORMATS, 'text');
  const outputs = plans.flatMap((p) => (p.output ? [p.output] : []));
  const quiet = options.quiet === true;
  const failOn = options.failOn;
  const since = options.since;
  // `since` is per proposal (policy.since, or --since over all), so the shared context has none.
  const { since: _perProposal, ...shared } = options;
  const ctx = sourceContext(shared, io, now);

  for (const plan of plans) requireOutputFor(plan.format, plan.output);
  // Refused before the proposals are vetted rather than after (the write checks again).
  for (const output of outputs) await refuseExisting(resolve(io.cwd, output), { force: options.force === true, display: output });

  const ignoreOption = options.ignoreFile;
  let reviewSet: ReviewSet | undefined;
  let recorder: BaselineRecorder | undefined;
  let baselineFile: string | undefined;
  if (options.writeBaseline === true) {
    baselineFile = ignoreOption ?? DEFAULT_REVIEW_FILE;
    const present = await exists(resolve(io.cwd, baselineFile));
    if (present && options.force !== true) {
      throw new InputError(`${baselineFile}: the file already exists; pass --force to replace it (its entries that still match are kept)`);
    }
    if (present) reviewSet = await loadReviewFile(baselineFile, io.cwd, now);
    recorder = new BaselineRecorder(reviewSet, baselineAuthor(io.env), isoToday(now));
  } else {
    reviewSet = await openReviewFile(ignoreOption, io.cwd, now);
  }

  const paths = await expandProposalArgs(files, io.cwd);
  for (const output of outputs) for (const path of paths) await refuseInputAsOutput(resolve(io.cwd, output), resolve(io.cwd, path), { display: output, what: 'proposal' });
  const roots = new PathRoots(typeof options.root === 'string' ? resolve(io.cwd, options.root) : undefined);
  const loaded = await loadProposals(paths, io.cwd, new BrandCache(), roots);
  const store = await openStore(options, io);
  const result = await runCheckRun(loaded, {
    cwd: io.cwd,
    now,
    ctx,
    ...(failOn ? { failOn } : {}),
    ...(since !== undefined ? { since } : {}),
    ...(recorder ? { reviewer: recorder } : reviewSet ? { reviewer: reviewSet } : {}),
    reviewSummary: () => reviewSet?.summary(),
    vetVersion: vetVersion(),
    ...(io.signal ? { signal: io.signal } : {}),
    ...(options.verbose === true ? { log: ctx.log } : {}),
    ...(store ? { store } : {}),
  }).finally(() => store?.close());

  if (recorder && baselineFile) {
    if (result.summary.errors > 0) {
      io.stderr.write(`vet: baseline not written: ${countOf(result.summary.errors, 'influencer')} could not be vetted, and a baseline must hold every finding\n`);
    } else {
      await writeFileAtomic(resolve(io.cwd, baselineFile), recorder.render(), { force: true });
      const { kept, added } = recorder.size;
      const summary: ReviewSummary = result.review ?? { file: baselineFile, entries: 0, used: [], unused: [], expired: [] };
      summary.baseline = { file: baselineFile, entries: kept + added, kept };
      result.review = summary;
      if (!quiet) io.stderr.write(`vet: baseline written to ${baselineFile}: ${added} new entr${added === 1 ? 'y' : 'ies'}, ${kept} kept\n`);
    }
  }

  for (const { format, output } of plans) {
    const color = format === 'text' && !output && useColor(io.stdout, io.env, options.color);
    const width = format === 'text' && !output ? terminalWidth(io.stdout) : undefined;
    const rendered = format === 'html' || format === 'pdf'
      ? await htmlDocument(format, async () => (await import('../../report/html/multi.js')).renderCheckHtml(result), io)
      : renderCheck(format, result, { color, rules: RULES, ...(width ? { width } : {}) });
    if (output) {
      await writeFileAtomic(resolve(io.cwd, output), rendered, { force: options.force === true, display: output });
      const s = result.summary;
      if (!quiet) io.stderr.write(`vet: ${format} report written to ${output} (${s.failed} failed, ${s.passed} passed, ${countOf(s.errors, 'error')}; exit ${result.exitCode})\n`);
    } else {
      io.stdout.write(rendered as string); // a PDF always has --output (requireOutputFor)
    }
  }
  // The text report lists stale entries and github annotates them; other formats get them on standard error.
  // Entries that missed a finding only by its platform are always said there.
  const shown = plans.some((p) => p.format === 'github' || (p.format === 'text' && !p.output));
  if (result.review && !quiet) {
    const lines = shown ? describeOtherPlatforms(result.review) : describeReviewNotes(result.review, { verbose: options.verbose === true });
    for (const line of lines) io.stderr.write(`vet: ${safeLine(line)}\n`);
  }
  return result.exitCode;
}
