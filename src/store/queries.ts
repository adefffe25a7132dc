import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { FetchedHistory } from '../sources/types.js';
import type { Changes, Coverage, Level, Post } from '../types.js';
import { subjectKey } from './audit.js';
import { POST_SELECT, POST_SELECTED, postOf, rowSubject } from './post-row.js';
import type { Db } from './db.js';

/** Reading and forgetting what the store holds of a subject (`vet history`, `vet diff`, `--from-store`). */

export interface AuditSummary {
  id: number;
  at: string;
  brand: { id: string; name: string; origin: string | null };
  level: Level;
  score: number;
  postsScanned: number;
  postsRead: number;
  fromStore: number;
  partial: boolean;
  vetVersion: string | null;
  changes: Changes | null;
}

/** The store key of a handle as the user writes it; `file:` paths are made absolute as when recorded. */
export function keyOf(handle: string, cwd: string): string {
  if (handle.toLowerCase().startsWith('file:')) return `file:${resolve(cwd, handle.slice(5))}`;
  return subjectKey(handle).key;
}

export async function subjectId(db: Db, key: string): Promise<number | undefined> {
  const row = (await db.all('SELECT id FROM subjects WHERE key = ?', [key]))[0];
  return row ? Number(row[0]) : undefined;
}

/** A subject's audits, oldest first; only those of one brand id when given. */
export async function auditsOf(db: Db, id: number, brandId?: string): Promise<AuditSummary[]> {
  const rows = await db.all(
    `SELECT id, at, brand_id, brand_name, brand_origin, level, score, posts_scanned, posts_read, from_store, partial, vet_version, changes
     FROM audits WHERE subject_id = ? ${brandId ? 'AND brand_id = ?' : ''} ORDER BY id`,
    brandId ? [id, brandId] : [id],
  );
  return rows.map((r) => ({
    id: Number(r[0]),
    at: String(r[1]),
    brand: { id: String(r[2]), name: String(r[3]), origin: r[4] === null ? null : String(r[4]) },
    level: String(r[5]) as Level,
    score: Number(r[6]),
    postsScanned: Number(r[7]),
    postsRead: Number(r[8]),
    fromStore: Number(r[9]),
    partial: Boolean(r[10]),
    vetVersion: r[11] === null ? null : String(r[11]),
    changes: r[12] === null ? null : (JSON.parse(String(r[12])) as Changes),
  }));
}

/** Fingerprints of the findings an audit recorded (not those a reviewer accepted). */
export async function fingerprintsOf(db: Db, auditId: number): Promise<Set<string>> {
  return new Set((await db.all('SELECT fingerprint FROM findings WHERE audit_id = ? AND ignored = 0', [auditId])).map((r) => String(r[0])));
}

/** Removes everything the store holds of a subject; returns what was removed. */
export async function forget(db: Db, id: number): Promise<{ audits: number; posts: number }> {
  const audits = Number((await db.all('SELECT count(*) FROM audits WHERE subject_id = ?', [id]))[0]![0]);
  const posts = Number((await db.all('SELECT count(*) FROM posts WHERE subject_id = ?', [id]))[0]![0]);
  await db.batch([
    { sql: 'DELETE FROM findings WHERE audit_id IN (SELECT id FROM audits WHERE subject_id = ?)', args: [id] },
    { sql: 'DELETE FROM audits WHERE subject_id = ?', args: [id] },
    { sql: 'DELETE FROM post_versions WHERE subject_id = ?', args: [id] },
    { sql: 'DELETE FROM posts WHERE subject_id = ?', args: [id] },
    { sql: 'DELETE FROM subjects WHERE id = ?', args: [id] },
  ]);
  return { audits, posts };
}

/** Every stored post of a subject, deleted ones included (evidence survives), newest first, a chunk at a time. */
export async function* storedPosts(db: Db, id: number): AsyncGenerator<{ post: Post; deletedAt: string | null }> {
  const subject = (await db.all('SELECT platform, handle FROM subjects WHERE id = ?', [id]))[0];
  const shared = rowSubject(subject?.[0] ?? null, subject?.[1] ?? null);
  let offset = 0;
  for (;;) {
    const rows = await db.all(`SELECT ${POST_SELECT}, deleted_at FROM posts WHERE subject_id = ? ORDER BY created_ms IS NULL, created_ms DESC, post_id DESC LIMIT 1000 OFFSET ?`, [id, offset]);
    for (const row of rows) yield { post: postOf(row, shared), deletedAt: row[POST_SELECTED] === null ? null : String(row[POST_SELECTED]) };
    if (rows.length < 1000) return;
    offset += rows.length;
  }
}

/**
 * `--from-store`: a subject's history as the store holds it, posts deleted on the platform since included,
 * so the evidence of a deleted post survives in `vet export` and `--save` bundles. Nothing is fetched.
 */
export async function storedHistory(db: Db, handle: string, cwd: string): Promise<FetchedHistory> {
  const key = keyOf(handle, cwd);
  const id = await subjectId(db, key);
  if (id === undefined) {
    throw new InputError(`the audit store ${db.location.display} holds no posts of ${handle}`, { hint: 'vet the handle once without --from-store to record it' });
  }
  const last = (await db.all('SELECT max(at) FROM audits WHERE subject_id = ?', [id]))[0]?.[0];
  const coverage: Coverage = { postsRead: 0, partial: false, notes: [] };
  async function* posts(): AsyncGenerator<Post> {
    let deleted = 0;
    for await (const row of storedPosts(db, id!)) {
      coverage.postsRead++;
      if (row.deletedAt) deleted++;
      yield row.post;
    }
    coverage.fromStore = coverage.postsRead;
    coverage.notes.push({ code: 'store-read', args: { posts: coverage.postsRead, deleted, ...(last ? { last: String(last).slice(0, 10) } : {}) } });
  }
  return { subject: { handle: key, platform: key.slice(0, key.indexOf(':')) }, posts: posts(), coverage };
}
