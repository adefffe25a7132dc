import { resolve } from 'node:path';
import { loadBrand } from '../../brands/load.js';
import { ExitCode, UsageError } from '../../errors.js';
import { openEvidenceBundle } from '../../evidence.js';
import { renderReport, type ReportFormat } from '../../report/index.js';
import { jsonChunks } from '../../report/json.js';
import { RULES } from '../../rules/index.js';
import { levelAtLeast } from '../../score.js';
import { openFileHistory } from '../../sources/file.js';
import { checkHandle, openHistory } from '../../sources/index.js';
import { describeReviewNotes, openReviewFile } from '../../review/ignore-file.js';
import type { Finding, Post } from '../../types.js';
import { refuseExisting, refuseInputAsOutput, writeFileAtomic } from '../../util/atomic-write.js';
import { vetVersion } from '../../version.js';
import { safeLine } from '../../report/sanitize.js';
import { sourceContext } from '../context.js';
import type { StoreFlags, VetFlags } from '../flags.js';
import { planOutput, VET_FORMATS } from '../formats.js';
import type { FetchedHistory } from '../../sources/types.js';
import type { VetReport } from '../../types.js';
import { vetRecorded } from '../../store/vet.js';
import { storedHistory } from '../../store/queries.js';
import { openAuditStore, subjectOf, type AuditStore } from '../../store/index.js';
import { terminalWidth, useColor, type CliIO } from '../io.js';
import { deliver, htmlDocument, requireOutputFor } from './report.js';
import { notAHandle } from '../suggest.js';

/** diff.ts, history.ts and the others import the shared source context from here too. */
export { sourceContext } from '../context.js';

/** The audit store unless --no-store / VET_STORE=off (SQLite loads only then). */
export const openStore = (options: Pick<StoreFlags, 'store'>, io: CliIO): Promise<AuditStore | undefined> => openAuditStore(io, options);

/** The store of a command that only reads or forgets: its absence is an error, not a note. */
export async function requireStore(io: CliIO, what: string): Promise<AuditStore> {
  const store = await openStore({ store: true }, io);
  if (!store) throw new UsageError(`${what} reads the audit store, and it is off (VET_STORE=off) or cannot be opened (above)`);
  return store;
}

/** `vet <handle> --brand <id>` / `vet --from <file> --brand <id>`. */
export async function runVet(handle: string | undefined, options: VetFlags, io: CliIO, extra: readonly string[] = []): Promise<number> {
  const from = options.from;
  // A mistyped command, extra arguments, or a handle without its platform: say what it most likely meant.
  const mistake = handle !== undefined ? notAHandle(handle, extra) : undefined;
  if (mistake) throw mistake;
  if (handle && from) throw new UsageError('give either a handle or --from <file>, not both');
  if (options.columns !== undefined && !from) throw new UsageError('--columns names the CSV columns of a --from file: give --from <file.csv> too');
  const columns = options.columns !== undefined ? (await import('../../sources/columns.js')).parseColumnsFlag(options.columns) : undefined;
  if (!handle && !from) {
    throw new UsageError('nothing to vet: give a handle (e.g. weibo:1234567890) or --from <history file>', {
      hint: 'try: vet --from fixtures/histories/tech-reviewer-hostile.jsonl --brand xiaomi',
    });
  }
  if (handle) checkHandle(handle); // a malformed handle fails before any file or network work
  if (typeof options.brand !== 'string') {
    throw new UsageError('--brand is required: a built-in id such as xiaomi (see "vet brands") or the path of a profile file');
  }
  const now = io.now?.() ?? new Date();
  const failOn = options.failOn;
  // Refused now rather than after the history is fetched and vetted (the write checks again).
  if (options.output !== undefined) {
    const historyFile = from ?? (handle?.toLowerCase().startsWith('file:') ? handle.slice(5) : undefined);
    if (historyFile) await refuseInputAsOutput(resolve(io.cwd, options.output), resolve(io.cwd, historyFile), { display: options.output, what: 'history' });
  }
  const { format, output } = planOutput('vet', options.format, options.output, VET_FORMATS, 'text');
  if (output) await refuseExisting(resolve(io.cwd, output), { force: options.force === true, display: output });
  const quiet = options.quiet === true;
  const ctx = sourceContext(options, io, now);
  const fromStore = options.fromStore === true;
  if (fromStore && !handle) throw new UsageError('--from-store reads a handle\'s history from the audit store: give the handle, not --from');
  // The store opens (its writer thread starts, SQLite loads) while the profile loads and the history is read.
  const opening = fromStore ? undefined : openStore(options, io);
  let closing: Promise<void> | undefined;
  const closeOpening = () =>
    (closing ??= opening?.then(
      (store) => store?.close(),
      () => undefined,
    ));
  try {
    const brand = await loadBrand(options.brand, io.cwd);

    requireOutputFor(format, output);
    let report: VetReport;
    const reviewSet = await openReviewFile(options.ignoreFile, io.cwd, now);
    const review = reviewSet ? (finding: Finding) => reviewSet.review(finding) : undefined;

    // --save <dir>: posts go into the evidence bundle as they stream; report.json + manifest.json at the end.
    const bundle = options.save !== undefined ? await openEvidenceBundle(options.save, { force: options.force === true, cwd: io.cwd }) : undefined;
    const discardBundle = async (error: unknown): Promise<never> => {
      await bundle?.discard();
      throw error;
    };

    // --limit caps what is fetched from a platform; a saved history is read whole. Said, so a cap is not assumed.
    if (options.limit !== undefined && !quiet && (from || handle?.toLowerCase().startsWith('file:'))) {
      io.stderr.write('vet: --limit applies to platforms; a history file is read whole (use --since to narrow it)\n');
    }
    const store = fromStore ? await requireStore(io, '--from-store') : undefined;
    try {
      report = await vetRecorded({
        // --from-store vets what the store holds and records nothing (it is not a new look at the platform).
        ...(opening ? { store: opening } : {}),
        subject: subjectOf(handle, from, io.cwd),
        brand,
        ctx,
        now,
        full: options.full === true,
        open: (context) => (fromStore ? storedHistory(store!.db, handle!, io.cwd) : from ? openFileHistory(from, io.cwd, columns ? { columns } : {}) : openHistory(handle!, context)),
        ...(bundle ? { wrap: (history: FetchedHistory) => bundle.tap(history) } : {}),
        ...(review ? { review, sawPost: (post: Post) => reviewSet!.notePost(post) } : {}),
        vetVersion: vetVersion(),
      }).catch(discardBundle);
    } finally {
      store?.close();
      await closeOpening();
    }
    if (bundle) {
      await bundle.finish(report, { brand, handle: handle ?? `file:${from}` });
      if (!quiet) io.stderr.write(`vet: evidence saved in ${options.save}\n`);
    }

    const color = format === 'text' && !output && useColor(io.stdout, io.env, options.color);
    const width = format === 'text' && !output ? terminalWidth(io.stdout) : undefined;
    const render = (f: ReportFormat) => renderReport(f, report, { color, rules: RULES, showAll: options.all === true, ...(width ? { width } : {}) });
    if (format === 'html' || format === 'pdf') {
      const page = await htmlDocument(format, async () => (await import('../../report/html/single.js')).renderHtml(report, { showAll: options.all === true }), io);
      await deliver(page, io, { ...(output ? { output } : {}), force: options.force === true, what: `${format} report (verdict: ${report.verdict.level})` });
    } else if (!output && format === 'json') {
      // Piece by piece: a report with tens of thousands of findings is never one string in memory.
      for (const chunk of jsonChunks(report)) io.stdout.write(chunk);
    } else if (output) {
      await writeFileAtomic(resolve(io.cwd, output), render(format), { force: options.force === true, display: output });
      if (!quiet) io.stderr.write(`vet: report written to ${output} (verdict: ${report.verdict.level})\n`);
    } else {
      io.stdout.write(render(format));
    }
    if (reviewSet && !quiet) for (const line of describeReviewNotes(reviewSet.summary(), { verbose: options.verbose === true })) io.stderr.write(`vet: ${safeLine(line)}\n`);
    return levelAtLeast(report.verdict.level, failOn) ? ExitCode.Fail : ExitCode.Ok;
  } finally {
    await closeOpening();
  }
}
