import type { LoadedBrand } from '../brands/load.js';
import type { Scanner } from '../engine/scanner.js';
import { CHANGE_FLOOR, changeReasons, changeReasonText } from '../report/changes.js';
import { isHostile, levelAtLeast } from '../score.js';
import type { FetchedHistory, SourceContext, StoredPosts } from '../sources/types.js';
import type { ChangedPost, Changes, Finding, Level, Post, VetReport } from '../types.js';
import { openDb, storeFailure, type Db, type DbStatement } from './db.js';
import type { StoreLocation } from './location.js';
import { HASH_CHARS, postColumns, postOf, textHash } from './post-row.js';

export { postOf, textHash } from './post-row.js';

/**
 * One audit of one subject, around a vetting: `context` lets the sources stop paging at stored posts,
 * `tap` records the posts read as they stream, `finish` compares with what was stored (deleted and edited
 * posts), adds the changes to the report and records the audit. A store failure at any step is said once
 * (through `warn`) and the vetting goes on without the store.
 */
export interface AuditRun {
  context(ctx: SourceContext): SourceContext;
  tap(history: FetchedHistory): FetchedHistory;
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
/** New posts written in one transaction; the vetting goes on while up to WRITES_AHEAD such writes are under way. */
const WRITE_CHUNK = 5000;
const WRITES_AHEAD = 3;
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

interface Known {
  hash: string;
  ms: number | null;
  deleted: boolean;
  seen?: boolean;
  /** First read by this run (not stored before it). */
  fresh?: boolean;
}

/** A post first read by this run (one shared value: it is never changed). */
const FRESH: Known = Object.freeze({ hash: '', ms: null, deleted: false, seen: true, fresh: true });

interface Prior {
  /** The subject's row; undefined until this run has something to record (a failed vetting leaves no row). */
  subjectId: number | undefined;
  subject: { key: string; platform: string | null; handle: string };
  posts: Map<string, Known>;
  last?: { at: string; brand: string; level: Level; score: number };
  /** Audits whose read reached as deep as this run asks (any brand): their posts can stand in for paging. */
  deepEnough: boolean;
  deepPartial: boolean;
}

class Audit implements AuditRun {
  private prior: Promise<Prior | undefined> | undefined;
  private broken = false;
  private servingFailed = false;
  /** Paging reached stored posts and the store serves the rest. */
  private caughtUp = false;
  private readonly served = new WeakSet<Post>();
  /** The stored posts, once loaded. */
  private loaded: Prior | undefined;
  /** Posts read before the stored posts were loaded. */
  private backlog: Post[] = [];
  private pending: Post[] = [];
  private subjectMade: Promise<number> | undefined;
  /** This run inserted the subject's row. */
  private madeSubject = false;
  private writes: Promise<unknown>[] = [];
  private readonly edited: Post[] = [];
  /** Posts marked deleted earlier that are back (same text): shown again, not a change. */
  private readonly restored: Post[] = [];
  private newPosts = 0;
  private liveMin = Infinity;
  private liveMax = -Infinity;
  private readonly at: string;

  constructor(
    private readonly db: Db,
    private readonly subject: SubjectRef,
    private readonly opts: AuditOptions,
    private readonly onFailure: (error: unknown) => void,
  ) {
    this.at = opts.now.toISOString();
    if ('handle' in subject) this.prior = this.guard(this.load(subjectKey(subject.handle).key, subjectKey(subject.handle).platform, subject.handle));
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

  private async load(key: string, platform: string | null, handle: string): Promise<Prior> {
    const subject = { key, platform, handle };
    const row = (await this.db.all('SELECT id FROM subjects WHERE key = ?', [key]))[0];
    const posts = new Map<string, Known>();
    if (!row) return { subjectId: undefined, subject, posts, deepEnough: false, deepPartial: false };
    const subjectId = Number(row[0]);
    // One line a post, from the covering index (a long history loads without reading the posts' text), all
    // in one string: a single value to hand from the writer's thread. A backslash or line break in an id is escaped.
    const [all] = await this.db.all(
      `SELECT group_concat(text_hash || (CASE WHEN deleted_at IS NULL THEN '-' ELSE 'x' END) || ifnull(created_ms, '') || ' '
         || replace(replace(post_id, '\\', '\\\\'), char(10), '\\n'), char(10))
       FROM posts INDEXED BY posts_by_date WHERE subject_id = ?`,
      [subjectId],
    );
    const joined = all?.[0];
    for (const line of typeof joined === 'string' && joined ? joined.split('\n') : []) {
      const space = line.indexOf(' ', HASH_CHARS + 1);
      const ms = line.slice(HASH_CHARS + 1, space);
      const id = line.slice(space + 1);
      posts.set(id.includes('\\') ? id.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c)) : id, { hash: line.slice(0, HASH_CHARS), ms: ms === '' ? null : Number(ms), deleted: line[HASH_CHARS] === 'x' });
    }
    const last = (await this.db.all('SELECT at, brand_name, level, score FROM audits WHERE subject_id = ? ORDER BY id DESC LIMIT 1', [subjectId]))[0];
    // The stored posts stand in for older pages only if an earlier audit read at least as far back as this one asks.
    const since = this.opts.since?.toISOString() ?? null;
    const deep = (await this.db.all('SELECT partial FROM audits WHERE subject_id = ? AND (since IS NULL OR (? IS NOT NULL AND since <= ?)) ORDER BY partial, id DESC LIMIT 1', [subjectId, since, since]))[0];
    return {
      subjectId,
      subject,
      posts,
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
        return ready !== undefined && ready.deepEnough && ready.posts.size > 0;
      },
      has: (id) => {
        const known = ready?.posts.get(id);
        return known !== undefined && !known.deleted && !known.fresh;
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
      yield* this.storedPagesOf(prior, beforeMs);
    } catch (error) {
      this.servingFailed = true;
      if (!this.broken) this.onFailure(error);
      this.broken = true;
    }
  }

  private async *storedPagesOf(prior: Prior, beforeMs: number): AsyncGenerator<Post[]> {
    const subjectId = await this.subjectRow(prior);
    let cursor: [number, string] = [Number.isFinite(beforeMs) ? beforeMs : Number.MAX_SAFE_INTEGER, ''];
    for (;;) {
      const rows = await this.db.all(
        `SELECT data, created_ms, post_id, text FROM posts WHERE subject_id = ? AND deleted_at IS NULL AND created_ms IS NOT NULL
           AND (created_ms < ? OR (created_ms = ? AND post_id < ?) OR ? = '') AND created_ms < ?
         ORDER BY created_ms DESC, post_id DESC LIMIT ${CHUNK}`,
        [subjectId, cursor[0], cursor[0], cursor[1], cursor[1], Number.isFinite(beforeMs) ? beforeMs : Number.MAX_SAFE_INTEGER],
      );
      if (rows.length === 0) break;
      yield rows.map((row) => this.serve(String(row[0]), String(row[3])));
      const lastRow = rows[rows.length - 1]!;
      cursor = [Number(lastRow[1]), String(lastRow[2])];
      if (rows.length < CHUNK) break;
    }
    const undated = await this.db.all('SELECT data, text FROM posts WHERE subject_id = ? AND deleted_at IS NULL AND created_ms IS NULL ORDER BY post_id', [subjectId]);
    if (undated.length) yield undated.map((row) => this.serve(String(row[0]), String(row[1])));
  }

  private serve(data: string, text: string): Post {
    const post = postOf(data, text);
    this.served.add(post);
    return post;
  }

  tap(history: FetchedHistory): FetchedHistory {
    const source = history.posts;
    const self = this;
    async function* posts(): AsyncGenerator<Post> {
      for await (const post of source) {
        if (self.loaded) {
          if (self.noteNow(self.loaded, post)) await self.flush();
        } else if (!self.broken) self.noteLater(post);
        yield post;
      }
      await self.prior;
      await self.flush();
    }
    return { subject: history.subject, coverage: history.coverage, posts: posts() };
  }

  /**
   * A post read before the stored posts are loaded: kept until they are, so the vetting never waits for the
   * store (the load runs in the writer's thread while the engine reads on).
   */
  private noteLater(post: Post): void {
    if (!this.prior) {
      // A history file: the platform and author its posts name, else its path.
      const file = (this.subject as { file: string }).file;
      const named = post.platform && post.author ? subjectKey(`${post.platform}:${post.author}`) : undefined;
      this.prior = this.guard(this.load(named?.key ?? `file:${file}`, named?.platform ?? null, named ? `${post.platform}:${post.author}` : `file:${file}`));
    }
    this.backlog.push(post);
    if (this.backlog.length > 1) return;
    void this.prior.then((prior) => {
      const backlog = this.backlog;
      this.backlog = [];
      if (!prior || this.broken) return;
      this.loaded = prior;
      for (const post of backlog) this.noteNow(prior, post);
      if (this.pending.length >= WRITE_CHUNK) void this.flush();
    });
  }

  /** Notes a post read; true when enough new posts wait to be written. */
  private noteNow(prior: Prior, post: Post): boolean {
    if (this.served.has(post)) return false;
    const known = prior.posts.get(post.id);
    // The dates read: a stored post's from the store, a new post's from its write (parsed where it is laid out).
    if (known && known.ms !== null) this.sawDate(known.ms);
    if (!known) {
      this.newPosts++;
      prior.posts.set(post.id, FRESH);
      this.pending.push(post);
      return this.pending.length >= WRITE_CHUNK;
    }
    if (known.seen) return false;
    known.seen = true;
    if (known.hash !== textHash(post.text)) this.edited.push(post);
    else if (known.deleted) this.restored.push(post);
    return false;
  }

  private sawDate(ms: number): void {
    if (ms < this.liveMin) this.liveMin = ms;
    if (ms > this.liveMax) this.liveMax = ms;
  }

  /**
   * Starts writing the new posts read so far (a failure is said once and ends the store's part in the run);
   * waits only when WRITES_AHEAD writes are already under way, so memory stays bounded.
   */
  private async flush(): Promise<void> {
    const prior = await this.prior;
    if (!prior || this.pending.length === 0) return;
    const posts = this.pending;
    this.pending = [];
    const write = this.subjectRow(prior)
      .then((id) => this.db.writePosts(id, this.at, posts))
      .then((dates) => {
        if (dates) for (const ms of dates) this.sawDate(ms);
      });
    this.writes.push(this.guard(write));
    if (this.writes.length > WRITES_AHEAD) await this.writes.shift();
  }

  /**
   * The subject's row, made when this run first has something to record: a vetting that fails before it
   * read a post (the source refuses, the handle is not found) leaves nothing in the store.
   */
  private subjectRow(prior: Prior): Promise<number> {
    if (prior.subjectId !== undefined) return Promise.resolve(prior.subjectId);
    this.subjectMade ??= (async () => {
      const { key, platform, handle } = prior.subject;
      const made = await this.db.all('INSERT INTO subjects (key, platform, handle) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING RETURNING id', [key, platform, handle]);
      // Another process may have made it meanwhile: then it is theirs, and stays when this run fails.
      if (made[0]) this.madeSubject = true;
      const id = Number((made[0] ?? (await this.db.all('SELECT id FROM subjects WHERE key = ?', [key]))[0]!)[0]);
      prior.subjectId = id;
      return id;
    })();
    return this.subjectMade;
  }

  /**
   * The vetting failed: what this run wrote is taken back (the posts it read first, and the subject's row
   * when this run made it), so a failed vetting leaves no subject and no audit.
   */
  async abandon(): Promise<void> {
    this.pending = [];
    await Promise.all(this.writes.splice(0));
    const prior = this.broken ? undefined : await this.prior;
    if (!prior || !this.subjectMade) return;
    const id = await this.subjectMade.catch(() => undefined);
    if (id === undefined) return;
    await this.guard(
      this.db.batch([
        { sql: 'DELETE FROM posts WHERE subject_id = ? AND first_seen = ?', args: [id, this.at] },
        ...(this.madeSubject ? [{ sql: 'DELETE FROM subjects WHERE id = ? AND NOT EXISTS (SELECT 1 FROM audits WHERE subject_id = ?)', args: [id, id] }] : []),
      ]),
    );
  }

  /** Every new post read, written. */
  private async written(): Promise<void> {
    await this.flush();
    await Promise.all(this.writes.splice(0));
  }

  async finish(report: VetReport, scanner: Scanner): Promise<VetReport> {
    await this.written();
    const prior = this.broken ? undefined : await this.prior;
    if (!prior) return report;
    const changes = prior.last ? await this.guard(this.compare(prior, report, scanner)) : undefined;
    if (changes) applyChanges(report, changes);
    await this.guard(this.record(prior, report, changes));
    return report;
  }

  /**
   * The dates this run read from the platform itself: from the newest (paging starts there) down to the oldest
   * post read, or to the window's start when the read was complete (nothing cut, nothing from the store).
   */
  private liveRange(report: VetReport): [number, number] {
    const coverage = report.coverage;
    const complete = coverage !== undefined && !coverage.partial && !coverage.fromStore;
    const lower = complete ? (this.opts.since?.getTime() ?? -Number.MAX_SAFE_INTEGER) : this.liveMin;
    return [lower, Number.MAX_SAFE_INTEGER];
  }

  /** Deleted: stored, not deleted, dated inside what the platform showed this run (its window and paging depth), and absent. */
  private async compare(prior: Prior, report: VetReport, scanner: Scanner): Promise<Changes> {
    const subjectId = await this.subjectRow(prior);
    const [lower, upper] = this.liveRange(report);
    const deletedIds: string[] = [];
    for (const [id, known] of prior.posts) {
      if (!known.seen && !known.deleted && known.ms !== null && known.ms >= lower && known.ms <= upper) deletedIds.push(id);
    }
    const stored = await this.storedRows(prior, [...deletedIds, ...this.edited.map((p) => p.id)]);
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
      newPosts: this.newPosts,
      ...(hadBrand ? { newHostile } : {}),
      deleted: deletedIds.map((id) => changed(id)).filter((p): p is ChangedPost => p !== undefined),
      edited: this.edited.map((post) => changed(post.id, post)).filter((p): p is ChangedPost => p !== undefined),
    };
  }

  private async storedRows(prior: Prior, ids: string[]): Promise<Map<string, { post: Post; lastSeen: string }>> {
    const out = new Map<string, { post: Post; lastSeen: string }>();
    const subjectId = await this.subjectRow(prior);
    for (let i = 0; i < ids.length; i += CHUNK) {
      const slice = ids.slice(i, i + CHUNK);
      // Last seen: the latest audit that read the post's date from the platform since its text was written.
      const rows = await this.db.all(
        `SELECT p.post_id, p.data, p.text, max(p.last_seen, ifnull((SELECT max(a.at) FROM audits a WHERE a.subject_id = p.subject_id AND a.at >= p.last_seen
           AND p.created_ms BETWEEN a.live_from_ms AND a.live_to_ms), p.last_seen))
         FROM posts p WHERE p.subject_id = ? AND p.post_id IN (${slice.map(() => '?').join(',')})`,
        [subjectId, ...slice],
      );
      for (const row of rows) out.set(String(row[0]), { post: postOf(String(row[1]), String(row[2])), lastSeen: String(row[3]) });
    }
    return out;
  }

  /**
   * One transaction: deletions marked, edits versioned, the audit (with the dates it read from the platform,
   * which say which stored posts it saw) and its findings.
   */
  private async record(prior: Prior, report: VetReport, changes: Changes | undefined): Promise<void> {
    const subjectId = await this.subjectRow(prior);
    const at = this.at;
    const statements: DbStatement[] = [];
    for (const post of changes?.deleted ?? []) {
      statements.push({ sql: 'UPDATE posts SET deleted_at = ? WHERE subject_id = ? AND post_id = ?', args: [at, subjectId, post.postId] });
    }
    for (const post of this.edited) {
      statements.push({
        sql: `INSERT INTO post_versions (subject_id, post_id, text, text_hash, data, last_seen, replaced_at)
              SELECT subject_id, post_id, text, text_hash, data, last_seen, ? FROM posts WHERE subject_id = ? AND post_id = ?`,
        args: [at, subjectId, post.id],
      });
      statements.push({
        sql: `UPDATE posts SET url = ?, created_at = ?, created_ms = ?, text = ?, text_hash = ?, is_repost = ?, data = ?, last_seen = ?, deleted_at = NULL
              WHERE subject_id = ? AND post_id = ?`,
        args: [...postColumns(post).slice(1), at, subjectId, post.id],
      });
    }
    for (const post of this.restored) {
      statements.push({ sql: 'UPDATE posts SET deleted_at = NULL, last_seen = ? WHERE subject_id = ? AND post_id = ?', args: [at, subjectId, post.id] });
    }
    const [liveFrom, liveTo] = this.liveMin <= this.liveMax ? this.liveRange(report) : [null, null];
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
