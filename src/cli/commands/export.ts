import { noteText } from '../../report/codes.js';
import { resolve } from 'node:path';
import { ExitCode, InputError, UsageError } from '../../errors.js';
import { safeLine } from '../../report/sanitize.js';
import { JsonLinesFile } from '../../evidence.js';
import { checkHandle, openHistory } from '../../sources/index.js';
import type { Post } from '../../types.js';
import { refuseInputAsOutput } from '../../util/atomic-write.js';
import { sourceContext } from '../context.js';
import type { ExportFlags } from '../flags.js';
import type { CliIO } from '../io.js';
import { notAHandle } from '../suggest.js';
import { storedHistory } from '../../store/queries.js';
import { requireStore } from './vet.js';
import { countOf } from '../../report/wording.js';
import { exportEnd, exportHead } from '../../sources/export-meta.js';
import { vetVersion } from '../../version.js';

/**
 * `vet export <handle> [--output file.jsonl]`: fetches a history and writes it in the `--from` format
 * (JSON Lines of Post), streaming, so it can be archived with a proposal and re-vetted offline.
 * Standard output unless --output; a file is written atomically and never replaced without --force.
 */
export async function runExport(handle: string | undefined, options: ExportFlags, io: CliIO): Promise<number> {
  if (!handle) throw new UsageError('nothing to export: give a handle, e.g. vet export weibo:1234567890 --output history.jsonl');
  // Before the --output file is created or anything fetched.
  const mistake = notAHandle(handle, [], 'vet export');
  if (mistake) throw mistake;
  const { platform, rest } = checkHandle(handle);
  const now = io.now?.() ?? new Date();
  const ctx = sourceContext(options, io, now);
  const output = options.output;
  if (output && platform === 'file') await refuseInputAsOutput(resolve(io.cwd, output), resolve(io.cwd, rest), { display: output, what: 'history' });
  const file = output ? await JsonLinesFile.create(resolve(io.cwd, output), { force: options.force === true, display: output }) : undefined;
  // --from-store: what the audit store holds, posts deleted on the platform since included; nothing is fetched.
  const store = options.fromStore === true ? await requireStore(io, '--from-store').catch(async (error: unknown) => {
    await file?.discard();
    throw error;
  }) : undefined;
  let count = 0;
  let oldest: string | undefined;
  let newest: string | undefined;
  try {
    const history = store ? await storedHistory(store.db, handle, io.cwd) : await openHistory(handle, ctx);
    const sinceMs = ctx.since?.getTime();
    // The first line says whose history this is; the last, how much of it was read (src/sources/export-meta.ts).
    const emit = async (value: object) => (file ? file.write(value) : void io.stdout.write(`${JSON.stringify(value)}\n`));
    // Written when the first post is read: a source may learn its subject while reading (a re-exported export).
    let head = false;
    const writeHead = async () => {
      if (!head) await emit(exportHead(history.subject, { exportedAt: now.toISOString(), vetVersion: vetVersion(), since: ctx.since }));
      head = true;
    };
    for await (const post of history.posts as AsyncIterable<Post>) {
      await writeHead();
      if (sinceMs !== undefined && post.createdAt && Date.parse(post.createdAt) < sinceMs) continue;
      count++;
      if (post.createdAt) {
        if (!oldest || Date.parse(post.createdAt) < Date.parse(oldest)) oldest = post.createdAt;
        if (!newest || Date.parse(post.createdAt) > Date.parse(newest)) newest = post.createdAt;
      }
      await emit(post);
    }
    if (count === 0) {
      throw new InputError(`${history.subject.handle}: nothing to export: the platform showed no posts${ctx.since ? ' in the window' : ''}`, {
        ...(ctx.since ? { hint: 'widen the window with --since (e.g. --since 5y)' } : {}),
      });
    }
    await writeHead();
    await emit(exportEnd(count, history.coverage));
    if (file) await file.commit();
    const range = oldest && newest ? `, dated ${oldest.slice(0, 10)} to ${newest.slice(0, 10)}` : '';
    io.stderr.write(`vet: exported ${countOf(count, 'post')} of ${safeLine(history.subject.handle)}${range}${output ? ` to ${safeLine(output)}` : ''}\n`);
    const notes = history.coverage.notes.filter((n) => n.code !== 'date-range').map(noteText);
    if (history.coverage.partial) io.stderr.write(`vet: the history is incomplete: ${safeLine(notes.join('; '))}\n`);
    else if (notes.length) io.stderr.write(`vet: note: ${safeLine(notes.join('; '))}\n`);
    return ExitCode.Ok;
  } catch (error) {
    await file?.discard();
    throw error;
  } finally {
    store?.close();
  }
}
