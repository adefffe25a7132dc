import { open, readFile, stat, type FileHandle } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { makeFolders } from '../util/atomic-write.js';
import { VERDICT_LEVELS, type VerdictLevel } from '../types.js';
import { csvHeader, CSV_HEADER, CSV_HEADER_V1, uncsvCell, type BatchFormat } from './format.js';
import { jobKey, type BatchError, type OutcomeDigest } from './types.js';
import { errnoText } from '../util/errno.js';

/**
 * Where the lines go. Each line is handed to one write call, whole, as soon as its handle finishes, and
 * writes are serialised, so the output never holds half a line or two lines interleaved, and a crash or a
 * Ctrl-C loses at most the handles in flight.
 *
 * `--output` is written in place (not temp + rename: lines must be on disk as they finish):
 * - a fresh run creates the file and refuses an existing one unless --force (then it is truncated);
 * - --resume appends to it (creating it when missing).
 */
export interface LineSink {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

export function stdoutSink(write: (text: string) => void): LineSink {
  return { write: async (text) => void write(text), close: async () => {} };
}

export async function fileSink(path: string, mode: 'create' | 'replace' | 'append', display = path): Promise<LineSink> {
  try {
    await makeFolders(dirname(resolve(path)));
  } catch (error) {
    throw new InputError(`${display}: cannot write the output file (${(error as NodeJS.ErrnoException).code === 'EEXIST' || (error as NodeJS.ErrnoException).code === 'ENOTDIR' ? 'a file is in the way of a folder on its path' : errnoText(error)})`);
  }
  let handle: FileHandle;
  try {
    handle = await open(path, mode === 'append' ? 'a' : mode === 'replace' ? 'w' : 'wx');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new InputError(`${display}: the file already exists; pass --resume to continue it or --force to replace it`);
    throw new InputError(`${display}: cannot write the output file (${errnoText(error)})`);
  }
  let chain: Promise<void> = Promise.resolve();
  return {
    write(text) {
      const bytes = Buffer.from(text, 'utf8');
      chain = chain.then(async () => {
        let done = 0;
        // One call writes the line; the loop only covers a short write, which regular files rarely do.
        try {
          while (done < bytes.length) done += (await handle.write(bytes, done, bytes.length - done)).bytesWritten;
        } catch (error) {
          throw new InputError(`${display}: cannot write the output file (${errnoText(error)})`);
        }
      });
      return chain;
    },
    async close() {
      await chain.catch(() => {});
      await handle.sync().catch(() => {});
      await handle.close();
    },
  };
}

/** What an earlier run left in the output file: the handles done, and whether a header is needed. */
export interface EarlierOutput {
  exists: boolean;
  /** Finished handles by jobKey(handle, brand id); brand id '*' when a line does not say (every brand). */
  done: Map<string, OutcomeDigest>;
  /** Bytes of a cut-off last line that were dropped (the file was truncated before appending). */
  droppedBytes: number;
  /** The file is empty: a CSV run writes its header first. */
  empty: boolean;
}

export function isDone(earlier: EarlierOutput, handle: string, brandId: string): boolean {
  return earlier.done.has(jobKey(handle, brandId)) || earlier.done.has(jobKey(handle, '*'));
}

/**
 * Reads the output of an earlier run for --resume. Every line must be one this command writes (a wrong
 * --output is an error, not something to append to). A last line without its line break was cut off by a
 * crash: it is dropped (the file is truncated to the last whole line) and that handle runs again.
 */
export async function readEarlierOutput(path: string, format: BatchFormat, display = path): Promise<EarlierOutput> {
  let bytes: Buffer;
  try {
    if (!(await stat(path)).isFile()) throw new InputError(`${display}: not a file`);
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { exists: false, done: new Map(), droppedBytes: 0, empty: true };
    throw new InputError(`${display}: cannot read the output to resume (${errnoText(error)})`);
  }
  const whole = bytes.lastIndexOf(10) + 1;
  const droppedBytes = bytes.length - whole;
  if (droppedBytes > 0) {
    const handle = await open(path, 'r+');
    try {
      await handle.truncate(whole);
    } finally {
      await handle.close();
    }
  }
  const text = bytes.subarray(0, whole).toString('utf8');
  const done = format === 'csv' ? readCsv(text, display) : readJsonl(text, display);
  return { exists: true, done, droppedBytes, empty: whole === 0 };
}

function readJsonl(text: string, file: string): Map<string, OutcomeDigest> {
  const done = new Map<string, OutcomeDigest>();
  const lines = text.split('\n');
  lines.pop(); // after the last line break
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw notOurs(file, i + 1, 'not valid JSON');
    }
    const doc = value as { handle?: unknown; name?: unknown; brand?: { id?: unknown }; verdict?: { level?: unknown; score?: unknown }; findings?: unknown; error?: unknown };
    if (typeof doc !== 'object' || doc === null || typeof doc.handle !== 'string') throw notOurs(file, i + 1, 'no "handle"');
    const brandId = typeof doc.brand?.id === 'string' ? doc.brand.id : '*';
    const d: OutcomeDigest = { handle: doc.handle, brandId, earlier: true };
    if (typeof doc.name === 'string') d.name = doc.name;
    const error = doc.error as Partial<BatchError> | undefined;
    if (error && typeof error === 'object') {
      d.error = { code: String(error.code ?? 'error'), message: String(error.message ?? '') };
    } else if (typeof doc.verdict?.level === 'string' && (VERDICT_LEVELS as readonly string[]).includes(doc.verdict.level)) {
      d.level = doc.verdict.level as VerdictLevel;
      if (typeof doc.verdict.score === 'number') d.score = doc.verdict.score;
    } else {
      throw notOurs(file, i + 1, 'neither a verdict nor an error');
    }
    done.set(jobKey(d.handle, brandId), d);
  });
  return done;
}

function readCsv(text: string, file: string): Map<string, OutcomeDigest> {
  const done = new Map<string, OutcomeDigest>();
  const lines = text.split('\n');
  lines.pop();
  if (lines.length === 0) return done;
  const header = lines[0]!.replace(/\r$/, '');
  // Today's header, or vet 0.1's (one `error` column holding "code: message"), so an older run can be resumed.
  const columns: readonly string[] | undefined = [CSV_HEADER, CSV_HEADER_V1].find((h) => header === h.join(','));
  if (!columns) {
    throw new InputError(`${file}:1: not the output of vet batch --format csv (expected the header ${CSV_HEADER.join(',')}); check --output and --format`);
  }
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '') return;
    const cells = splitCsv(line.replace(/\r$/, ''));
    if (!cells || cells.length !== columns.length) throw notOurs(file, i + 2, `expected ${columns.length} cells`);
    const cell = (column: string) => cells[columns.indexOf(column)] ?? '';
    const [handle, name, brandId, level, score] = ['handle', 'name', 'brand', 'level', 'score'].map(cell) as [string, string, string, string, string];
    const d: OutcomeDigest = { handle: uncsvCell(handle), brandId: brandId || '*', earlier: true };
    if (name) d.name = uncsvCell(name);
    const error = cell('error');
    if (cell('error_code')) {
      d.error = { code: cell('error_code'), message: cell('error_message') };
    } else if (error) {
      const colon = error.indexOf(': ');
      d.error = colon > 0 ? { code: error.slice(0, colon), message: error.slice(colon + 2) } : { code: 'error', message: error };
    } else if ((VERDICT_LEVELS as readonly string[]).includes(level)) {
      d.level = level as VerdictLevel;
      if (score !== '') d.score = Number(score);
    } else {
      throw notOurs(file, i + 2, 'neither a level nor an error');
    }
    done.set(jobKey(d.handle, d.brandId), d);
  });
  return done;
}

/** Splits one record written by csvRow (quoted cells never hold line breaks: csvRow shows them as ⏎). */
function splitCsv(line: string): string[] | undefined {
  const cells: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let cell = '';
      i++;
      for (;;) {
        if (i >= line.length) return undefined;
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += line[i++];
      }
      cells.push(cell);
      if (i < line.length && line[i] !== ',') return undefined;
      i++;
    } else {
      const comma = line.indexOf(',', i);
      const end = comma < 0 ? line.length : comma;
      cells.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return cells;
}

function notOurs(file: string, line: number, what: string): InputError {
  return new InputError(`${file}:${line}: not a line of vet batch output (${what}); check --output, or start a new file without --resume`);
}
