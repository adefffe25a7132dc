import { ExitCode, UsageError } from '../../errors.js';
import { isHostileChange } from '../../report/changes.js';
import { safeLine } from '../../report/sanitize.js';
import { countOf } from '../../report/wording.js';
import { auditsOf, forget, keyOf, subjectId, type AuditSummary } from '../../store/queries.js';
import { checkHandle } from '../../sources/index.js';
import type { HistoryFlags } from '../flags.js';
import type { CliIO } from '../io.js';
import { requireStore } from './vet.js';

/** A handle as `vet` takes it (file: paths too), checked before the store is opened. */
export function storeHandle(handle: string): void {
  if (!handle.toLowerCase().startsWith('file:')) checkHandle(handle);
}

/**
 * `vet history <handle> [--brand id] [--forget]`: the audits of a subject over time (date, brand, level,
 * score, posts, changes), text or JSON; --forget removes everything the store holds of the subject.
 */
export async function runHistory(handle: string, options: HistoryFlags, io: CliIO): Promise<number> {
  storeHandle(handle);
  const brandId = options.brand;
  if (options.forget && brandId) throw new UsageError('--forget removes everything the store holds of the subject, whatever the brand; leave out --brand');
  const store = await requireStore(io, 'vet history');
  try {
    const key = keyOf(handle, io.cwd);
    const id = await subjectId(store.db, key);
    const where = store.db.location.display;
    if (options.forget) {
      if (id === undefined) {
        io.stderr.write(`vet: the audit store ${safeLine(where)} holds nothing of ${safeLine(handle)}\n`);
        return ExitCode.Ok;
      }
      const removed = await forget(store.db, id);
      io.stderr.write(`vet: forgot ${safeLine(handle)}: ${countOf(removed.audits, 'audit')} and ${countOf(removed.posts, 'stored post')} removed from ${safeLine(where)}\n`);
      return ExitCode.Ok;
    }
    const audits = id === undefined ? [] : await auditsOf(store.db, id, brandId);
    if (options.format === 'json') {
      io.stdout.write(`${JSON.stringify({ subject: key, store: where, audits: audits.map(summaryJson) }, null, 2)}\n`);
      return ExitCode.Ok;
    }
    if (audits.length === 0) {
      io.stdout.write(`No audits of ${safeLine(handle)}${brandId ? ` for ${safeLine(brandId)}` : ''} in ${safeLine(where)}.\n`);
      return ExitCode.Ok;
    }
    io.stdout.write(`Audits of ${safeLine(key)} (${safeLine(where)}):\n`);
    for (const a of audits) {
      io.stdout.write(`  ${a.at.slice(0, 16).replace('T', ' ')}  ${safeLine(a.brand.id).padEnd(10)} ${a.level.toUpperCase().padEnd(8)} ${String(a.score).padStart(3)}/100  ${countOf(a.postsScanned, 'post')}${a.fromStore ? ` (${a.fromStore} from the store)` : ''}${a.partial ? ', partial' : ''}  ${changeSummary(a)}\n`);
    }
    return ExitCode.Ok;
  } finally {
    store.close();
  }
}

function summaryJson(a: AuditSummary) {
  const c = a.changes;
  return {
    at: a.at,
    brand: { id: a.brand.id, name: a.brand.name },
    level: a.level,
    score: a.score,
    postsScanned: a.postsScanned,
    postsRead: a.postsRead,
    fromStore: a.fromStore,
    partial: a.partial,
    vetVersion: a.vetVersion,
    changes: c
      ? { newPosts: c.newPosts, ...(c.newHostile !== undefined ? { newHostile: c.newHostile } : {}), deleted: c.deleted.length, deletedHostile: c.deleted.filter(isHostileChange).length, edited: c.edited.length, editedHostile: c.edited.filter(isHostileChange).length }
      : null,
  };
}

function changeSummary(a: AuditSummary): string {
  const c = a.changes;
  if (!c) return 'first audit';
  const parts = [`${c.newPosts} new`];
  const hostile = (list: typeof c.deleted) => (list.some(isHostileChange) ? ` (${list.filter(isHostileChange).length} hostile)` : '');
  if (c.deleted.length) parts.push(`${c.deleted.length} deleted${hostile(c.deleted)}`);
  if (c.edited.length) parts.push(`${c.edited.length} edited${hostile(c.edited)}`);
  if (c.newHostile) parts.push(`${c.newHostile} new hostile finding${c.newHostile === 1 ? '' : 's'}`);
  return parts.join(', ');
}
