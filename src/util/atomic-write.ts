import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { access, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { InputError, UsageError } from '../errors.js';

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
    await mkdir(dirname(target), { recursive: true });
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
    EROFS: 'the file system is read-only',
  };
  return new InputError(`${display}: cannot write the file (${why[code] ?? code})`, { cause: error });
}

export async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
