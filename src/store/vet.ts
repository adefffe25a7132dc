import type { LoadedBrand } from '../brands/load.js';
import { createScanner, type Scanner } from '../engine/scanner.js';
import type { FetchedHistory, SourceContext } from '../sources/types.js';
import type { Finding, Post, VetReport } from '../types.js';
import { vetHistory } from '../vet.js';
import type { AuditRun, AuditStore, SubjectRef } from './audit.js';

export interface RecordedVetOptions {
  /**
   * The audit store; without it this is vetHistory alone. While it opens (a promise), a history file is read
   * already: its posts are held until the store is there (a platform's history waits for it, since the store's
   * posts decide how far to page).
   */
  store?: AuditStore | Promise<AuditStore | undefined>;
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
  const begin = (store: AuditStore | undefined) => store?.begin(o.subject, { brand: o.brand, full: o.full === true, ...(o.ctx.since ? { since: o.ctx.since } : {}), now: o.now });
  const opening = o.store instanceof Promise && 'file' in o.subject ? o.store : undefined;
  let audit = opening ? undefined : begin(await o.store);
  try {
    const fetched = await o.open(audit ? audit.context(o.ctx) : o.ctx);
    const wrapped = o.wrap ? o.wrap(fetched) : fetched;
    const history = opening ? readWhileOpening(wrapped, opening, (store) => (audit = begin(store))) : audit ? audit.tap(wrapped) : wrapped;
    const scanner = o.scanner ?? (await createScanner(o.brand));
    const report = await vetHistory(history, o.brand, {
      ...(o.ctx.since ? { since: o.ctx.since } : {}),
      now: o.now,
      scanner,
      ...(o.review ? { review: o.review } : {}),
      ...(o.sawPost ? { sawPost: o.sawPost } : {}),
      vetVersion: o.vetVersion,
    });
    // A history without posts: the store is there once its (empty) read ended.
    if (opening && !audit) audit = begin(await opening);
    return audit ? await audit.finish(report, scanner) : report;
  } catch (error) {
    await audit?.abandon();
    throw error;
  }
}

/** Posts of a history file read before the store is open, at most: past this, the reading waits for it. */
const EARLY = 8192;

/**
 * A post held while the store opens: a copy, made here, instead of the reader's own object. V8 decides for
 * each place in the code that makes objects whether to make them in the old generation at once (allocation
 * site pretenuring, from how many of them survive scavenges). The reader's posts held for the ~0.1 s the
 * store takes to open nearly all survived, so the reader's post literal was pretenured, and every post read
 * after it, for the whole run, was made in the old generation though it died young: the engine's thread grew
 * by ~1 MB a scavenge (26 MB to 70 MB at 100k posts) and spent ~0.45 s in scavenges instead of ~0.15 s (with
 * or without a store to compare with). A copy's place is pretenured instead, and is used only here. Metrics,
 * on most posts of a history, are an object of their own: copied too.
 */
function detached(post: Post): Post {
  const copy = { ...post };
  if (post.metrics) copy.metrics = { ...post.metrics };
  return copy;
}

/**
 * A history file's posts, read while the store opens (starting its writer thread, loading SQLite, migrating:
 * about a tenth of a second): the posts read meanwhile are held, and handed to the audit, begun as soon as the
 * store is there, before the rest of the history streams through it.
 */
function readWhileOpening(history: FetchedHistory, opening: Promise<AuditStore | undefined>, begin: (store: AuditStore | undefined) => AuditRun | undefined): FetchedHistory {
  const source = history.posts[Symbol.asyncIterator]();
  let opened = false;
  // (A failure to open is thrown where the store is awaited, below.)
  opening.then(
    () => (opened = true),
    () => (opened = true),
  );
  let held: Post[] = [];
  /** Once the store is there: the audit's tap over the rest of the history (the history itself without a store). */
  let rest: AsyncIterator<Post> | undefined;
  const handOn = async (): Promise<IteratorResult<Post>> => {
    let audit: AuditRun | undefined;
    try {
      audit = begin(await opening);
    } catch (error) {
      await source.return?.();
      throw error;
    }
    const remaining: AsyncIterable<Post> = { [Symbol.asyncIterator]: () => source };
    rest = audit ? audit.tap({ ...history, posts: remaining }, held).posts[Symbol.asyncIterator]() : source;
    held = [];
    return rest.next();
  };
  const early = async (): Promise<IteratorResult<Post>> => {
    if (!opened && held.length < EARLY) {
      const next = await source.next();
      if (!next.done) {
        held.push(detached(next.value));
        return next;
      }
    }
    return handOn();
  };
  // An iterator rather than a generator delegating to the tap: no second promise a post once the store is there.
  const iterator: AsyncIterator<Post> = {
    next: () => (rest ? rest.next() : early()),
    return: async (value?: unknown) => {
      if (rest) return (await rest.return?.(value)) ?? { done: true, value };
      await source.return?.();
      return { done: true, value };
    },
  };
  return { subject: history.subject, coverage: history.coverage, posts: { [Symbol.asyncIterator]: () => iterator } };
}
