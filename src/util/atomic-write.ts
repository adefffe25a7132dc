import { randomBytes } from 'node:crypto';
import { access, mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { InputError } from '../errors.js';

/**
 * Writes a whole file atomically (temp file in the same folder, fsync, rename), so a crash never leaves a
 * half-written report. An existing file is kept unless `force` is set: nothing a user gave is overwritten.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array, opts: { force?: boolean; mode?: number } = {}): Promise<void> {
  const target = resolve(path);
  if (!opts.force && (await exists(target))) {
    throw new InputError(`${path}: the file already exists; pass --force to replace it`);
  }
  await mkdir(dirname(target), { recursive: true });
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(temp, 'wx', opts.mode ?? 0o644);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
