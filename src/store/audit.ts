import type { LoadedBrand } from '../brands/load.js';
import type { Scanner } from '../engine/scanner.js';
import { CHANGE_FLOOR, changeReasons, changeReasonText } from '../report/changes.js';
import { isHostile, levelAtLeast } from '../score.js';
import type { FetchedHistory, SourceContext, StoredPosts } from '../sources/types.js';
import type { ChangedPost, Changes, Finding, Level, Post, VetReport } from '../types.js';
import { openDb, storeFailure, type Db, type DbSession, type DbStatement } from './db.js';
import type { StoreLocation } from './location.js';
import { POST_SELECT, POST_SELECTED, postColumns, postOf, rowSubject, type RowSubject } from './post-row.js';
import type { SessionResult, SessionStart } from './session.js';

export { postOf, textHash } from './post-row.js';

/**
 * One audit of one subject, around a vetting: `context` lets the sources stop paging at stored posts,
 * `tap` records the posts read as they stream, `finish` compares with what was stored (deleted and edited
 * posts), adds the changes to the report and records the audit. A store failure at any step is said once
 * (through `warn`) and the vetting goes on without the store.
 */
export interface AuditRun {
  context(ctx: SourceContext): SourceContext;
  /** Records the history's posts as they stream; `earlier`: posts of it read (and vetted) before, recorded first. */
  tap(history: FetchedHistory, earlier?: readonly Post[]): FetchedHistory;
  finish(report: VetReport, scanner: Scanner): Promise<VetReport>;
  /** The vetting failed: nothing of this run stays in the store. */
  abandon(): Promise<void>;
}

/** A subject: a platform handle, or a history file (its posts' platform and author, else its path). */
export type SubjectRef = { handle: string } | { file: string };

export interface AuditOptions {
  brand: LoadedBrand;
  /** --full: fetch everything again (the store still records and compares). */
  full: boolean;
  since?: Date;
  now: Date;
}

const CHUNK = 500;
/**
 * Posts handed to the store's connection at a time, and how many such handfuls may be under way before the
 * vetting waits: memory stays bounded when the store is slower than the engine. Small handfuls leave the
 * engine's thread at once (a post kept for long outlives the young generation and costs the collector more).
 */
const BATCH = 128;
const IN_FLIGHT = 64;
const QUOTE = 280;

/** The store of one process, shared by a batch's workers. */
export class AuditStore {
  private constructor(
    readonly db: Db,
    private readonly warn: (message: string, hint: string) => void,
  ) {}

  static async open(location: StoreLocation, env: Record<string, string | undefined>, warn: (message: string, hint: string) => void): Promise<AuditStore> {
    return new AuditStore(await openDb(location, env), warn);
  }

  begin(subject: SubjectRef, opts: AuditOptions): AuditRun {
    return new Audit(this.db, subject, opts, (error) => {
      const failure = storeFailure(this.db.location, error);
      this.warn(failure.message, failure.hint);
    });
  }

  close(): void {
    this.db.close();
  }
}

/** `weibo:@Name` and `weibo:@name` are one subject; URLs and paths keep their case. */
export function subjectKey(handle: string): { key: string; platform: string } {
  const colon = handle.indexOf(':');
  const platform = handle.slice(0, colon).toLowerCase();
  const rest = handle.slice(colon + 1).trim();
  return { key: `${platform}:${platform === 'rss' || platform === 'file' ? rest : rest.toLowerCase()}`, platform };
}

type Subject = SessionStart['subject'];

interface Prior {
  /** The subject's row, when the store has one. */
  subjectId: number | undefined;
  /** What its stored posts leave out (its platform and author). */
  rowSubject: RowSubject;
  /** The posts table's largest rowid when loaded: the posts stored before this run. */
  maxRowid: number;
  hasPosts: boolean;
  last?: { at: string; brand: string; level: Level; score: number };
  /** Audits whose read reached as deep as this run asks (any brand): their posts can stand in for paging. */
  deepEnough: boolean;
  deepPartial: boolean;
}

class Audit implements AuditRun {
  /** What the store held of the subject when this run began (a handle), or when it ends (a history file). */
  private prior: Promise<Prior | undefined> | undefined;
  private subject: Subject | undefined;
  /** The posts read, compared and written as they stream; opened with the subject (a file's: at its first post). */
  private session: DbSession | undefined;
  private broken = false;
  private servingFailed = false;
  /** Paging reached stored posts and the store serves the rest. */
  private caughtUp = false;
  private readonly served = new WeakSet<Post>();
  private batch: Post[] = [];
  private inFlight: Promise<unknown>[] = [];
  private readonly at: string;

  constructor(
    private readonly db: Db,
    private readonly ref: SubjectRef,
    private readonly opts: AuditOptions,
    private readonly onFailure: (error: unknown) => void,
  ) {
    this.at = opts.now.toISOString();
    if ('handle' in ref) {
      const { key, platform } = subjectKey(ref.handle);
      this.open({ key, platform, handle: ref.handle });
      this.prior = this.guard(this.load(key));
    }
  }

  private open(subject: Subject): void {
    this.subject = subject;
    this.session = this.db.session({ at: this.at, subject, sinceMs: this.opts.since?.getTime() ?? null });
  }

  private async guard<T>(work: Promise<T>): Promise<T | undefined> {
    if (this.broken) return undefined;
    try {
      return await work;
    } catch (error) {
      if (!this.broken) this.onFailure(error);
      this.broken = true;
      return undefined;
    }
  }

  private async load(key: string): Promise<Prior> {
    const row = (await this.db.all('SELECT id, platform, handle FROM subjects WHERE key = ?', [key]))[0];
    const maxRowid = Number((await this.db.all('SELECT ifnull(max(rowid), 0) FROM posts'))[0]![0]);
    if (!row) return { subjectId: undefined, rowSubject: rowSubject(null, null), maxRowid, hasPosts: false, deepEnough: false, deepPartial: false };
    const subjectId = Number(row[0]);
    const hasPosts = (await this.db.all('SELECT 1 FROM posts WHERE subject_id = ? LIMIT 1', [subjectId])).length > 0;
    const last = (await this.db.all('SELECT at, brand_name, level, score FROM audits WHERE subject_id = ? ORDER BY id DESC LIMIT 1', [subjectId]))[0];
    // The stored posts stand in for older pages only if an earlier audit read at least as far back as this one asks.
    const since = this.opts.since?.toISOString() ?? null;
    const deep = (await this.db.all('SELECT partial FROM audits WHERE subject_id = ? AND (since IS NULL OR (? IS NOT NULL AND since <= ?)) ORDER BY partial, id DESC LIMIT 1', [subjectId, since, since]))[0];
    return {
      subjectId,
      rowSubject: rowSubject(row[1], row[2]),
      maxRowid,
      hasPosts,
      ...(last ? { last: { at: String(last[0]), brand: String(last[1]), level: String(last[2]) as Level, score: Number(last[3]) } } : {}),
      deepEnough: deep !== undefined,
      deepPartial: deep !== undefined && Boolean(deep[0]),
    };
  }

  context(ctx: SourceContext): SourceContext {
    if (this.opts.full || !this.prior) return ctx;
    const prior = this.prior;
    let ready: Prior | undefined;
    const stored: StoredPosts = {
      ready: async () => {
        ready = await prior;
        return ready !== undefined && ready.deepEnough && ready.hasPosts;
      },
      // Stored before this run began, and not known deleted.
      hasAll: async (ids) => {
        if (ready?.subjectId === undefined || this.broken) return false;
        const distinct = [...new Set(ids)];
        const rows = await this.guard(
          this.db.all('SELECT count(*) FROM posts WHERE subject_id = ? AND post_id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL AND rowid <= ?', [
            ready.subjectId,
            JSON.stringify(distinct),
            ready.maxRowid,
          ]),
        );
        return rows !== undefined && Number(rows[0]![0]) === distinct.length;
      },
      olderThan: (ms) => this.storedPages(ready!, ms),
      partial: () => (this.caughtUp && ready?.deepPartial === true) || this.servingFailed,
    };
    return { ...ctx, stored };
  }

  /**
   * Stored posts (not deleted) older than `ms`, newest first, then the undated ones; marked as served. A store
   * failure here is said once and ends them: the history is then partial, never a failed vetting.
   */
  private async *storedPages(prior: Prior, beforeMs: number): AsyncGenerator<Post[]> {
    this.caughtUp = true;
    try {
      yield* this.storedPagesOf(prior.subjectId!, prior.rowSubject, beforeMs);
    } catch (error) {
      this.servingFailed = true;
      if (!this.broken) this.onFailure(error);
      this.broken = true;
    }
  }

  private async *storedPagesOf(subjectId: number, subject: RowSubject, beforeMs: number): AsyncGenerator<Post[]> {
    let cursor: [number, string] = [Number.isFinite(beforeMs) ? beforeMs : Number.MAX_SAFE_INTEGER, ''];
    for (;;) {
      const rows = await this.db.all(
        `SELECT ${POST_SELECT} FROM posts WHERE subject_id = ? AND deleted_at IS NULL AND created_ms IS NOT NULL
           AND (created_ms < ? OR (created_ms = ? AND post_id < ?) OR ? = '') AND created_ms < ?
         ORDER BY created_ms DESC, post_id DESC LIMIT ${CHUNK}`,
        [subjectId, cursor[0], cursor[0], cursor[1], cursor[1], Number.isFinite(beforeMs) ? beforeMs : Number.MAX_SAFE_INTEGER],
      );
      if (rows.length === 0) break;
      yield rows.map((row) => this.serve(row, subject));
      const lastRow = rows[rows.length - 1]!;
      // (created_ms is among the columns postOf reads.)
      cursor = [Number(lastRow[6]), String(lastRow[0])];
      if (rows.length < CHUNK) break;
    }
    const undated = await this.db.all(`SELECT ${POST_SELECT} FROM posts WHERE subject_id = ? AND deleted_at IS NULL AND created_ms IS NULL ORDER BY post_id`, [subjectId]);
    if (undated.length) yield undated.map((row) => this.serve(row, subject));
  }

  private serve(row: readonly unknown[], subject: RowSubject): Post {
    const post = postOf(row, subject);
    this.served.add(post);
    return post;
  }

  /**
   * An iterator over the history's posts rather than an async generator around them: each post costs the
   * engine's thread one promise more than the history's own, instead of a generator's await and yield.
   */
  tap(history: FetchedHistory, earlier: readonly Post[] = []): FetchedHistory {
    const source = history.posts[Symbol.asyncIterator]();
    let first: readonly Post[] | undefined = earlier;
    const noted = (result: IteratorResult<Post>): IteratorResult<Post> | Promise<IteratorResult<Post>> => {
      const wait = result.done || this.note(result.value) ? this.send() : undefined;
      return wait ? wait.then(() => result) : result;
    };
    const next = (): Promise<IteratorResult<Post>> => {
      if (first) {
        // The posts read before the store was there: recorded first (they were vetted already).
        const held = first;
        first = undefined;
        const wait = this.noteAll(held);
        if (wait) return wait.then(next);
      }
      return source.next().then(noted);
    };
    const iterator: AsyncIterator<Post> = {
      next,
      return: async (value?: unknown) => (await source.return?.(value)) ?? { done: true, value },
    };
    return { subject: history.subject, coverage: history.coverage, posts: { [Symbol.asyncIterator]: () => iterator } };
  }

  /** Notes posts read earlier; a promise when the store must catch up before more are read. */
  private noteAll(posts: readonly Post[]): Promise<unknown> | undefined {
    for (let i = 0; i < posts.length; i++) {
      if (!this.note(posts[i]!)) continue;
      const wait = this.send();
      if (wait) return wait.then(() => this.noteAll(posts.slice(i + 1)));
    }
    return undefined;
  }

  /** Adds a post read to the batch for the store; true when the batch is full (to be sent). */
  private note(post: Post): boolean {
    // (Only a run that caught up with the store has posts served from it: a WeakSet lookup a post costs otherwise.)
    if (this.broken || (this.caughtUp && this.served.has(post))) return false;
    if (!this.session) this.openFile(post);
    return this.batch.push(post) >= BATCH;
  }

  /** A history file's subject: the platform and author its posts name, else its path. */
  private openFile(post: Post): void {
    const file = (this.ref as { file: string }).file;
    const named = post.platform && post.author ? subjectKey(`${post.platform}:${post.author}`) : undefined;
    this.open({ key: named?.key ?? `file:${file}`, platform: named?.platform ?? null, handle: named ? `${post.platform}:${post.author}` : `file:${file}` });
  }

  /**
   * Hands the posts read so far to the store (a failure is said once and ends the store's part in the run).
   * A promise to wait for only when IN_FLIGHT handfuls are already under way (so memory stays bounded), or,
   * with `all`, until every handful is settled.
   */
  private send(all = false): Promise<unknown> | undefined {
    if (this.batch.length > 0 && this.session) {
      const posts = this.batch;
      this.batch = [];
      this.inFlight.push(this.guard(this.session.posts(posts)));
    }
    if (all) return this.inFlight.length ? Promise.all(this.inFlight.splice(0)) : undefined;
    return this.inFlight.length > IN_FLIGHT ? this.inFlight.shift() : undefined;
  }

  /**
   * The vetting failed: what this run wrote is taken back (the posts it read first, and the subject's row
   * when this run made it), so a failed vetting leaves no subject and no audit.
   */
  async abandon(): Promise<void> {
    this.batch = [];
    await Promise.all(this.inFlight.splice(0));
    if (this.broken || !this.session) return;
    await this.guard(this.session.abandon());
  }

  async finish(report: VetReport, scanner: Scanner): Promise<VetReport> {
    await this.send(true);
    if (this.broken || !this.session) return report;
    this.prior ??= this.guard(this.load(this.subject!.key));
    const prior = await this.prior;
    if (!prior) return report;
    const coverage = report.coverage;
    const complete = coverage !== undefined && !coverage.partial && !coverage.fromStore;
    const result = await this.guard(this.session.finish({ complete, compare: prior.last !== undefined }));
    if (!result) return report;
    const changes = prior.last ? await this.guard(this.compare(prior, result, report, scanner)) : undefined;
    if (changes) applyChanges(report, changes);
    await this.guard(this.record(result, report, changes));
    return report;
  }

  /** The subject's row: the session's, or made now (a run that wrote no post). */
  private async subjectId(result: SessionResult): Promise<number> {
    if (result.subjectId !== null) return result.subjectId;
    const { key, platform, handle } = this.subject!;
    await this.db.run('INSERT INTO subjects (key, platform, handle) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING', [key, platform, handle]);
    const row = (await this.db.all('SELECT id, platform, handle FROM subjects WHERE key = ?', [key]))[0]!;
    result.subjectId = Number(row[0]);
    result.subjectRow = { platform: row[1] === null ? null : String(row[1]), handle: String(row[2]) };
    return result.subjectId;
  }

  /** What the subject's stored posts leave out (src/store/post-row.ts), once its row is known. */
  private static rowSubjectOf(result: SessionResult): RowSubject {
    return rowSubject(result.subjectRow?.platform ?? null, result.subjectRow?.handle ?? null);
  }

  /**
   * The dates this run read from the platform itself: from the newest (paging starts there) down to the oldest
   * post read, or to the window's start when the read was complete (nothing cut, nothing from the store).
   */
  private liveRange(report: VetReport, liveMin: number): [number, number] {
    const coverage = report.coverage;
    const complete = coverage !== undefined && !coverage.partial && !coverage.fromStore;
    const lower = complete ? (this.opts.since?.getTime() ?? -Number.MAX_SAFE_INTEGER) : liveMin;
    return [lower, Number.MAX_SAFE_INTEGER];
  }

  /** Deleted (found by the session): stored, not deleted, dated inside what the platform showed this run (its window and paging depth), and absent. */
  private async compare(prior: Prior, result: SessionResult, report: VetReport, scanner: Scanner): Promise<Changes> {
    const subjectId = await this.subjectId(result);
    const deletedIds = result.deleted;
    const stored = await this.storedRows(subjectId, Audit.rowSubjectOf(result), [...deletedIds, ...result.edited.map((p) => p.id)]);
    const changed = (id: string, now?: Post): ChangedPost | undefined => {
      const row = stored.get(id);
      if (!row) return undefined;
      const before = scanner.scan(row.post).filter((f) => isHostile(f.severity));
      const after = new Set(now ? scanner.scan(now).map((f) => f.fingerprint) : []);
      return {
        postId: id,
        ...(row.post.url ? { url: row.post.url } : {}),
        ...(row.post.createdAt ? { createdAt: row.post.createdAt } : {}),
        lastSeen: row.lastSeen,
        quote: cut(row.post.text),
        ...(now ? { now: cut(now.text) } : {}),
        hostile: before.filter((f) => !after.has(f.fingerprint)).map(({ ruleId, category, severity, excerpt, fingerprint }) => ({ ruleId, category, severity, excerpt, fingerprint })),
      };
    };
    const previousFindings = await this.db.all(
      `SELECT fingerprint FROM findings WHERE ignored = 0 AND audit_id = (SELECT max(id) FROM audits WHERE subject_id = ? AND brand_id = ?)`,
      [subjectId, this.opts.brand.profile.id],
    );
    const hadBrand = (await this.db.all('SELECT 1 FROM audits WHERE subject_id = ? AND brand_id = ? LIMIT 1', [subjectId, this.opts.brand.profile.id])).length > 0;
    const before = new Set(previousFindings.map((row) => String(row[0])));
    const newHostile = report.findings.filter((f) => !f.ignored && isHostile(f.severity) && !before.has(f.fingerprint)).length;
    return {
      previous: prior.last!,
      newPosts: result.newPosts,
      ...(hadBrand ? { newHostile } : {}),
      deleted: deletedIds.map((id) => changed(id)).filter((p): p is ChangedPost => p !== undefined),
      edited: result.edited.map((post) => changed(post.id, post)).filter((p): p is ChangedPost => p !== undefined),
    };
  }

  private async storedRows(subjectId: number, subject: RowSubject, ids: string[]): Promise<Map<string, { post: Post; lastSeen: string }>> {
    const out = new Map<string, { post: Post; lastSeen: string }>();
    for (let i = 0; i < ids.length; i += CHUNK) {
      const slice = ids.slice(i, i + CHUNK);
      // Last seen: the latest audit that read the post's date from the platform since its text was written.
      const rows = await this.db.all(
        `SELECT p.post_id, p.text, p.created_at, p.url, p.data, p.is_repost, p.created_ms, max(p.last_seen, ifnull((SELECT max(a.at) FROM audits a WHERE a.subject_id = p.subject_id AND a.at >= p.last_seen
           AND p.created_ms BETWEEN a.live_from_ms AND a.live_to_ms), p.last_seen))
         FROM posts p WHERE p.subject_id = ? AND p.post_id IN (${slice.map(() => '?').join(',')})`,
        [subjectId, ...slice],
      );
      for (const row of rows) out.set(String(row[0]), { post: postOf(row, subject), lastSeen: String(row[POST_SELECTED]) });
    }
    return out;
  }

  /**
   * One transaction: deletions marked, edits versioned, the audit (with the dates it read from the platform,
   * which say which stored posts it saw) and its findings.
   */
  private async record(result: SessionResult, report: VetReport, changes: Changes | undefined): Promise<void> {
    const subjectId = await this.subjectId(result);
    const at = this.at;
    const statements: DbStatement[] = [];
    for (const post of changes?.deleted ?? []) {
      statements.push({ sql: 'UPDATE posts SET deleted_at = ? WHERE subject_id = ? AND post_id = ?', args: [at, subjectId, post.postId] });
    }
    for (const post of result.edited) {
      statements.push({
        sql: `INSERT INTO post_versions (subject_id, post_id, text, text_hash, data, last_seen, replaced_at)
              SELECT subject_id, post_id, text, text_hash, data, last_seen, ? FROM posts WHERE subject_id = ? AND post_id = ?`,
        args: [at, subjectId, post.id],
      });
      statements.push({
        sql: `UPDATE posts SET url = ?, created_at = ?, created_ms = ?, text = ?, text_hash = ?, is_repost = ?, data = ?, last_seen = ?, deleted_at = NULL
              WHERE subject_id = ? AND post_id = ?`,
        args: [...postColumns(post, Audit.rowSubjectOf(result)).slice(1), at, subjectId, post.id],
      });
    }
    for (const id of result.restored) {
      statements.push({ sql: 'UPDATE posts SET deleted_at = NULL, last_seen = ? WHERE subject_id = ? AND post_id = ?', args: [at, subjectId, id] });
    }
    const [liveFrom, liveTo] = result.liveMin !== null ? this.liveRange(report, result.liveMin) : [null, null];
    const coverage = report.coverage;
    statements.push({
      sql: `INSERT INTO audits (subject_id, at, vet_version, brand_id, brand_name, brand_origin, profile_sha256, since, window_from, window_to,
              posts_scanned, posts_read, from_store, partial, coverage, live_from_ms, live_to_ms, level, score, hostile_posts, verdict, changes)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
      args: [
        subjectId, at, report.vetVersion ?? null, report.brand.id, report.brand.name, this.opts.brand.origin, this.opts.brand.sha256,
        this.opts.since?.toISOString() ?? null, report.window.from, report.window.to, report.window.postsScanned,
        coverage?.postsRead ?? report.window.postsScanned, coverage?.fromStore ?? 0, coverage?.partial ? 1 : 0,
        coverage ? JSON.stringify(coverage) : null, liveFrom, liveTo, report.verdict.level, report.verdict.score, report.stats?.hostilePosts ?? 0,
        JSON.stringify(report.verdict), changes ? JSON.stringify(changes) : null,
      ],
    });
    for (let i = 0; i < report.findings.length; i += 100) {
      const slice = report.findings.slice(i, i + 100);
      statements.push({
        sql: `INSERT INTO findings (audit_id, post_id, fingerprint, rule_id, category, severity, target, excerpt, url, created_at, ignored)
              VALUES ${slice.map(() => '((SELECT max(id) FROM audits),?,?,?,?,?,?,?,?,?,?)').join(',')}`,
        args: slice.flatMap((f: Finding) => [f.postId, f.fingerprint, f.ruleId, f.category, f.severity, f.target, f.excerpt, f.url ?? null, f.createdAt ?? null, f.ignored ? 1 : 0]),
      });
    }
    await this.db.batch(statements);
  }
}

const cut = (text: string) => (text.length > QUOTE ? `${text.slice(0, QUOTE - 1)}…` : text);

/** Names hostile deletions and edits first among the reasons, and raises the level to at least medium for them. */
export function applyChanges(report: VetReport, changes: Changes): void {
  report.changes = changes;
  const reasons = changeReasons(changes, report.brand.name);
  if (reasons.some((r) => r.code === 'deleted-hostile' || r.code === 'edited-hostile') && !levelAtLeast(report.verdict.level, CHANGE_FLOOR)) {
    report.verdict.level = CHANGE_FLOOR;
  }
  report.verdict.reasons = [...reasons.map(changeReasonText), ...report.verdict.reasons];
}
