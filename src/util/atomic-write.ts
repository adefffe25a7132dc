import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { access, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { errnoText } from './errno.js';

/**
 * Temp files being written, removed if the process is stopped by Ctrl-C (SIGINT), SIGTERM or SIGHUP before they
 * are renamed into place: an interrupted `vet export --force` or `--save` leaves neither a half file nor the
 * posts read so far. While any exists, a handler is installed; it removes them, and when no other handler
 * wants the signal (vet batch has its own), lets it end the process as it would have.
 */
const temps = new Set<string>();
const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function onStopSignal(signal: NodeJS.Signals): void {
  for (const temp of temps) rmSync(temp, { force: true });
  temps.clear();
  for (const s of SIGNALS) process.off(s, onStopSignal);
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

/** Removes `temp` if the process is stopped before `untrackTemp(temp)`. */
export function trackTemp(temp: string): void {
  if (temps.size === 0) for (const s of SIGNALS) process.on(s, onStopSignal);
  temps.add(temp);
}

export function untrackTemp(temp: string): void {
  temps.delete(temp);
  if (temps.size === 0) for (const s of SIGNALS) process.off(s, onStopSignal);
}

/**
 * Writes a whole file atomically (temp file in the same folder, fsync, rename), so a crash never leaves a
 * half-written report. An existing file is kept unless `force` is set: nothing a user gave is overwritten.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array, opts: { force?: boolean; mode?: number; display?: string } = {}): Promise<void> {
  const target = resolve(path);
  const display = opts.display ?? path;
  await refuseExisting(target, opts);
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  trackTemp(temp);
  try {
    await makeFolders(dirname(target));
    const handle = await open(temp, 'wx', opts.mode ?? 0o644);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => {});
    throw writeError(display, error);
  } finally {
    untrackTemp(temp);
  }
}

/**
 * Throws when `path` exists and `force` is not set. Commands call it before their work as well as at the
 * write, so a long run is not spent on a report that cannot be written.
 */
export async function refuseExisting(path: string, opts: { force?: boolean; display?: string } = {}): Promise<void> {
  const info = await stat(resolve(path)).catch(() => undefined);
  if (!info) return;
  // --force cannot help with a folder: say what is in the way.
  if (info.isDirectory()) throw new InputError(`${opts.display ?? path}: cannot write the file (it is a folder)`);
  if (!opts.force) throw new InputError(`${opts.display ?? path}: the file already exists; pass --force to replace it`);
}

/**
 * Refuses an output that is one of the command's own inputs (the history, the roster), even with --force:
 * replacing it would destroy what the user gave. Compared by device and inode, so another spelling of the
 * path or a link to the file is caught too.
 */
export async function refuseInputAsOutput(output: string, input: string, opts: { display: string; what: string }): Promise<void> {
  const [o, i] = await Promise.all([stat(resolve(output)).catch(() => undefined), stat(resolve(input)).catch(() => undefined)]);
  if (o && i && o.dev === i.dev && o.ino === i.ino) {
    throw new UsageError(`${opts.display}: this is the ${opts.what} being read; write the output to another file`);
  }
}

/** A file-system failure while writing an output, as one line naming the file (never a stack trace). */
export function writeError(display: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (!code) return error;
  const why: Record<string, string> = {
    EISDIR: 'it is a folder',
    EEXIST: 'a file is in the way of a folder on its path',
    ENOTDIR: 'a file is in the way of a folder on its path',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    ENOENT: 'a folder on its path cannot be created there',
    EROFS: 'the file system is read-only',
  };
  return new InputError(`${display}: cannot write the file (${why[code] ?? errnoText(error)})`, { cause: error });
}

export async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * `mkdir -p`, one folder at a time. Node's recursive mkdir spins at 100% CPU where a folder cannot be made but
 * its parent exists (procfs answers ENOENT: `--output /proc/self/sub/r.txt`); here that is one error. A file in
 * the way is ENOTDIR.
 */
export async function makeFolders(dir: string, mode?: number): Promise<void> {
  const missing: string[] = [];
  for (let at = resolve(dir); ; ) {
    const info = await stat(at).catch((error: NodeJS.ErrnoException) => error);
    if (!(info instanceof Error)) {
      if (!info.isDirectory()) throw Object.assign(new Error(`${at}: not a folder`), { code: 'ENOTDIR' });
      break;
    }
    if (info.code !== 'ENOENT') throw info;
    const parent = dirname(at);
    if (parent === at) break;
    missing.push(at);
    at = parent;
  }
  for (const folder of missing.reverse()) {
    try {
      await mkdir(folder, mode === undefined ? undefined : { mode });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/**
 * Reads a file vet is given to read whole (a profile, proposal, roster or ignore file): only a regular file
 * (a link to /dev/zero or a FIFO would be read forever), and at most `cap` bytes. Problems are InputErrors
 * naming the file as `display`, never its content; a file that cannot be opened throws the system error.
 */
export async function readRegularFile(path: string, cap: number, display: string, what: string): Promise<Buffer> {
  // A failure to open is the caller's to word (each names its file its own way).
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new InputError(`${display}: cannot read the ${what} (it is a folder)`);
    if (!info.isFile()) throw new InputError(`${display}: cannot read the ${what} (not a regular file)`);
    if (info.size > cap) throw new InputError(`${display}: the ${what} is larger than ${cap / (1 << 20)} MiB, the most vet reads`);
    const buffer = Buffer.alloc(info.size);
    let read = 0;
    while (read < info.size) {
      const { bytesRead } = await handle.read(buffer, read, info.size - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return buffer.subarray(0, read);
  } finally {
    await handle.close();
  }
}

/** The most vet reads of a profile, proposal or ignore file; a roster may be larger. */
export const MAX_DATA_FILE_BYTES = 4 << 20;
export const MAX_ROSTER_BYTES = 64 << 20;
