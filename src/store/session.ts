import type { Post } from '../types.js';
import { INSERT_POSTS_HEAD, INSERT_POSTS_TAIL, POST_ROWS, postColumns, postRows, rowSubject, textHash, type Cell, type RowSubject } from './post-row.js';

/**
 * The posts of one audit against the store, as they stream: each post is looked up by id (a chunk at a time),
 * hashed, and classified as new (written), unchanged (nothing written), edited or back after a deletion
 * (kept for the audit's record). Runs where the store's connection is: in the writer thread for a local file
 * (src/store/writer.ts), on the main thread for a server. Memory stays flat however long the history: what
 * this run saw of the stored posts is one bit a row (by rowid), and the posts that are not deleted are
 * counted, so the posts deleted since are looked for only when the counts differ.
 */

/** A connection: synchronous in the writer thread, a promise for a server. */
export interface SessionDb {
  all(sql: string, args: Cell[]): readonly (readonly unknown[])[] | Promise<readonly (readonly unknown[])[]>;
  /** Runs a write; the number of rows it changed. */
  run(sql: string, args: Cell[]): number | Promise<number>;
}

export interface SessionStart {
  /** This audit's time (ISO): first_seen and last_seen of the posts it writes. */
  at: string;
  subject: { key: string; platform: string | null; handle: string };
  /** --since, as epoch ms. */
  sinceMs: number | null;
}

export interface SessionEnd {
  /** The read was complete (nothing cut, nothing from the store): the window's start bounds what it saw. */
  complete: boolean;
  /** Look for the posts deleted since (there was an earlier audit to compare with). */
  compare: boolean;
}

export interface SessionResult {
  /** The subject's row; null when nothing was written. */
  subjectId: number | null;
  /** Its platform and handle as the row holds them (what the stored posts leave out: src/store/post-row.ts). */
  subjectRow: { platform: string | null; handle: string } | null;
  /** This run inserted the subject's row. */
  madeSubject: boolean;
  newPosts: number;
  /** The oldest and newest dates of the posts read from the platform (stored dates for stored posts). */
  liveMin: number | null;
  liveMax: number | null;
  /** Stored posts read with another text: the post as read now. */
  edited: Post[];
  /** Posts marked deleted earlier that are back with the same text. */
  restored: string[];
  /** Stored posts dated inside what this run read from the platform, not deleted before, and absent now. */
  deleted: string[];
}

/** A stored post as a lookup returns it. */
type Found = readonly [rowid: number, hash: string, deleted: number, ms: number | null];

const LOOKUP = `SELECT post_id, rowid, text_hash, deleted_at IS NOT NULL, created_ms FROM posts
  WHERE subject_id = ? AND post_id IN (SELECT value FROM json_each(?))`;

export class AuditSession {
  private subjectId: number | null = null;
  private subjectRowValues: { platform: string | null; handle: string } | null = null;
  private rowSubject: RowSubject = { platform: undefined, author: undefined };
  private madeSubject = false;
  /** The posts table's largest rowid when the run began: rows above it were written since. */
  private maxRowid = 0;
  /** The subject had posts stored when the run began: posts are looked up before they are written. */
  private hasStored = false;
  private started: Promise<void> | undefined;
  private seen = new Uint8Array(0);
  /** Stored posts seen, not deleted, dated: all of them, and those at or after --since. */
  private seenDated = 0;
  private seenSince = 0;
  private newPosts = 0;
  private liveMin = Infinity;
  private liveMax = -Infinity;
  private readonly edited: Post[] = [];
  private readonly restored: string[] = [];

  constructor(
    private readonly db: SessionDb,
    private readonly start: SessionStart,
  ) {}

  private begin(): Promise<void> {
    this.started ??= (async () => {
      const { key } = this.start.subject;
      const row = (await this.db.all('SELECT id, platform, handle FROM subjects WHERE key = ?', [key]))[0];
      this.maxRowid = Number((await this.db.all('SELECT ifnull(max(rowid), 0) FROM posts', []))[0]![0]);
      if (!row) return;
      this.useSubject(row);
      this.hasStored = (await this.db.all('SELECT 1 FROM posts WHERE subject_id = ? LIMIT 1', [this.subjectId])).length > 0;
      if (this.hasStored) this.seen = new Uint8Array((this.maxRowid >> 3) + 1);
    })();
    return this.started;
  }

  private useSubject(row: readonly unknown[]): void {
    this.subjectId = Number(row[0]);
    this.subjectRowValues = { platform: row[1] === null ? null : String(row[1]), handle: String(row[2]) };
    this.rowSubject = rowSubject(row[1], row[2]);
  }

  /** The subject's row, made when this run first has a post to write (a failed vetting leaves nothing). */
  private async subjectRow(): Promise<number> {
    if (this.subjectId !== null) return this.subjectId;
    const { key, platform, handle } = this.start.subject;
    const made = await this.db.all('INSERT INTO subjects (key, platform, handle) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING RETURNING id, platform, handle', [key, platform, handle]);
    // Another process may have made it meanwhile: then it is theirs, and stays when this run fails.
    if (made[0]) this.madeSubject = true;
    this.useSubject(made[0] ?? (await this.db.all('SELECT id, platform, handle FROM subjects WHERE key = ?', [key]))[0]!);
    return this.subjectId!;
  }

  private sawDate(ms: number): void {
    if (ms < this.liveMin) this.liveMin = ms;
    if (ms > this.liveMax) this.liveMax = ms;
  }

  /** Notes a chunk of posts read (in the order read) and writes the new ones. */
  async posts(posts: readonly Post[]): Promise<void> {
    await this.begin();
    let fresh: Post[] = posts as Post[];
    if (this.hasStored) {
      fresh = [];
      const found = new Map<string, Found>();
      const rows = await this.db.all(LOOKUP, [this.subjectId, JSON.stringify(posts.map((p) => p.id))]);
      for (const r of rows) found.set(String(r[0]), [Number(r[1]), String(r[2]), Number(r[3]), r[4] === null ? null : Number(r[4])]);
      const sinceMs = this.start.sinceMs;
      for (const post of posts) {
        const known = found.get(post.id);
        if (!known) {
          fresh.push(post);
          continue;
        }
        const [rowid, hash, deleted, ms] = known;
        // Written by this run (the same id read twice), or read already.
        if (rowid > this.maxRowid) continue;
        const bit = 1 << (rowid & 7);
        if (this.seen[rowid >> 3]! & bit) continue;
        this.seen[rowid >> 3]! |= bit;
        if (ms !== null) {
          this.sawDate(ms);
          if (!deleted) {
            this.seenDated++;
            if (sinceMs === null || ms >= sinceMs) this.seenSince++;
          }
        }
        if (hash !== textHash(post.text)) this.edited.push(post);
        else if (deleted) this.restored.push(post.id);
      }
    }
    if (fresh.length === 0) return;
    const subjectId = await this.subjectRow();
    const at = this.start.at;
    for (let i = 0; i < fresh.length; i += POST_ROWS) {
      const end = Math.min(fresh.length, i + POST_ROWS);
      const args: Cell[] = [subjectId, at];
      for (let p = i; p < end; p++) {
        const columns = postColumns(fresh[p]!, this.rowSubject);
        if (typeof columns[3] === 'number') this.sawDate(columns[3]);
        for (const cell of columns) args.push(cell);
      }
      this.newPosts += await this.db.run(insertPosts(end - i), args);
    }
  }

  async finish(end: SessionEnd): Promise<SessionResult> {
    await this.begin();
    const deleted: string[] = [];
    if (end.compare && this.hasStored) {
      const lower = end.complete ? (this.start.sinceMs ?? -Number.MAX_SAFE_INTEGER) : this.liveMin;
      const seen = end.complete && this.start.sinceMs !== null ? this.seenSince : this.seenDated;
      if (Number.isFinite(lower)) {
        const where = 'FROM posts WHERE subject_id = ? AND deleted_at IS NULL AND created_ms >= ? AND rowid <= ?';
        const args = [this.subjectId, lower, this.maxRowid];
        const stored = Number((await this.db.all(`SELECT count(*) ${where}`, args))[0]![0]);
        // Every stored post of the range was read again: none deleted, and no need to look at them one by one.
        if (stored !== seen) {
          for (const [rowid, id] of await this.db.all(`SELECT rowid, post_id ${where}`, args)) {
            const r = Number(rowid);
            if (!(this.seen[r >> 3]! & (1 << (r & 7)))) deleted.push(String(id));
          }
        }
      }
    }
    return {
      subjectId: this.subjectId,
      subjectRow: this.subjectRowValues,
      madeSubject: this.madeSubject,
      newPosts: this.newPosts,
      liveMin: this.liveMin <= this.liveMax ? this.liveMin : null,
      liveMax: this.liveMin <= this.liveMax ? this.liveMax : null,
      edited: this.edited,
      restored: this.restored,
      deleted,
    };
  }

  /** The vetting failed: the posts this run wrote are taken back, and the subject's row when this run made it. */
  async abandon(): Promise<void> {
    if (!this.started || this.subjectId === null) return;
    await this.started;
    const id = this.subjectId;
    await this.db.run('DELETE FROM posts WHERE subject_id = ? AND rowid > ? AND first_seen = ?', [id, this.maxRowid, this.start.at]);
    if (this.madeSubject) await this.db.run('DELETE FROM subjects WHERE id = ? AND NOT EXISTS (SELECT 1 FROM audits WHERE subject_id = ?)', [id, id]);
  }
}

/**
 * The INSERT of `n` posts, one string a size: the writer finds its prepared statement by the SQL, and a string
 * made anew for every statement was hashed whole (a few kilobytes) at each lookup.
 */
const INSERT_SQL = new Map<number, string>();
function insertPosts(n: number): string {
  let sql = INSERT_SQL.get(n);
  if (!sql) INSERT_SQL.set(n, (sql = INSERT_POSTS_HEAD + postRows(n) + INSERT_POSTS_TAIL));
  return sql;
}
