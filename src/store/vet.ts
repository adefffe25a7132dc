import type { LoadedBrand } from '../brands/load.js';
import { createScanner, type Scanner } from '../engine/scanner.js';
import type { FetchedHistory, SourceContext } from '../sources/types.js';
import type { Finding, Post, VetReport } from '../types.js';
import { vetHistory } from '../vet.js';
import type { AuditStore, SubjectRef } from './audit.js';

export interface RecordedVetOptions {
  /** The audit store; without it this is vetHistory alone. */
  store?: AuditStore;
  subject: SubjectRef;
  brand: LoadedBrand;
  ctx: SourceContext;
  now: Date;
  /** --full: no stopping at stored posts. */
  full?: boolean;
  /** Opens the history with the context given (which carries the store's posts for incremental fetching). */
  open: (ctx: SourceContext) => Promise<FetchedHistory>;
  /** Wraps the history before it is vetted (an evidence bundle, an abort check). */
  wrap?: (history: FetchedHistory) => FetchedHistory;
  scanner?: Scanner;
  review?: (finding: Finding) => Finding['ignored'] | undefined;
  sawPost?: (post: Post) => void;
  vetVersion: string;
}

/**
 * A vetting recorded in the audit store: the history opened with the store's posts at hand, each post
 * recorded as it streams, the report compared with the last audit (deleted and edited posts) and recorded.
 * Used by `vet`, `vet diff`, `vet check` and `vet batch`.
 */
export async function vetRecorded(o: RecordedVetOptions): Promise<VetReport> {
  const audit = o.store?.begin(o.subject, { brand: o.brand, full: o.full === true, ...(o.ctx.since ? { since: o.ctx.since } : {}), now: o.now });
  try {
    const fetched = await o.open(audit ? audit.context(o.ctx) : o.ctx);
    const wrapped = o.wrap ? o.wrap(fetched) : fetched;
    const history = audit ? audit.tap(wrapped) : wrapped;
    const scanner = o.scanner ?? (await createScanner(o.brand));
    const report = await vetHistory(history, o.brand, {
      ...(o.ctx.since ? { since: o.ctx.since } : {}),
      now: o.now,
      scanner,
      ...(o.review ? { review: o.review } : {}),
      ...(o.sawPost ? { sawPost: o.sawPost } : {}),
      vetVersion: o.vetVersion,
    });
    return audit ? await audit.finish(report, scanner) : report;
  } catch (error) {
    await audit?.abandon();
    throw error;
  }
}
