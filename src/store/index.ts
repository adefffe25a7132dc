import { resolve } from 'node:path';
import { safeLine } from '../report/sanitize.js';
import { AuditStore, type SubjectRef } from './audit.js';
import { StoreUnavailable } from './db.js';
import { storeLocation } from './location.js';

export { AuditStore, type AuditRun, type SubjectRef } from './audit.js';

interface StoreIO {
  env: Record<string, string | undefined>;
  cwd: string;
  stderr: { write(chunk: string): unknown };
}

/**
 * The audit store for a command that records or reads audits, or undefined when it is off (`--no-store`,
 * `VET_STORE=off`) or cannot be used: a damaged store, one from a newer vet, a folder that cannot be written.
 * Then one message says so and the vetting goes on without it; a later failure is said once too.
 */
export async function openAuditStore(io: StoreIO, options: { store?: boolean }): Promise<AuditStore | undefined> {
  if (options.store === false) return undefined;
  const location = storeLocation(io.env, io.cwd);
  if (!location) return undefined;
  let said = false;
  const warn = (message: string, hint: string) => {
    if (said) return;
    said = true;
    io.stderr.write(`vet: ${safeLine(message)}; this run goes on without the audit store (${safeLine(hint)})\n`);
  };
  try {
    return await AuditStore.open(location, io.env, warn);
  } catch (error) {
    if (!(error instanceof StoreUnavailable)) throw error;
    warn(error.message, error.hint);
    return undefined;
  }
}

/** The subject of `vet <handle>` or `vet --from <file>`; `file:` handles are files. */
export function subjectOf(handle: string | undefined, from: string | undefined, cwd: string): SubjectRef {
  if (from) return { file: resolve(cwd, from) };
  if (handle!.toLowerCase().startsWith('file:')) return { file: resolve(cwd, handle!.slice(5)) };
  return { handle: handle! };
}
