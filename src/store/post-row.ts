import { hash } from 'node:crypto';
import type { Post } from '../types.js';

/**
 * How a post is kept in the audit store's `posts` table; shared by the main thread and the writer thread
 * (src/store/writer.ts), so both hash and lay out a post the same way.
 */

export const HASH_CHARS = 32;

/** sha256 (first 16 bytes, hex) of the text with Unicode composed and white space collapsed: unchanged words, same hash. */
export function textHash(text: string): string {
  return hash('sha256', text.normalize('NFC').replace(/\s+/gu, ' ').trim()).slice(0, HASH_CHARS);
}

export type Cell = string | number | null;

/** post_id, url, created_at, created_ms, text, text_hash, is_repost, data (the post without its text) */
export function postColumns(post: Post): Cell[] {
  const ms = post.createdAt ? Date.parse(post.createdAt) : NaN;
  const { text, ...rest } = post;
  return [post.id, post.url ?? null, post.createdAt ?? null, Number.isNaN(ms) ? null : ms, text, textHash(text), post.isRepost ? 1 : 0, JSON.stringify(rest)];
}

/** The oldest and newest of the dates (created_ms) of the posts written. */
export class DateRange {
  private min = Infinity;
  private max = -Infinity;
  add(ms: Cell): void {
    if (typeof ms !== 'number') return;
    if (ms < this.min) this.min = ms;
    if (ms > this.max) this.max = ms;
  }
  range(): [number, number] | undefined {
    return this.min <= this.max ? [this.min, this.max] : undefined;
  }
}

/** A post read for the first time (or again after it was forgotten): inserted, or its row brought up to date. */
export const UPSERT_POSTS_HEAD = `INSERT INTO posts (subject_id, post_id, url, created_at, created_ms, text, text_hash, is_repost, data, first_seen, last_seen) VALUES `;
export const UPSERT_POSTS_TAIL = ` ON CONFLICT (subject_id, post_id) DO UPDATE SET url = excluded.url, created_at = excluded.created_at, created_ms = excluded.created_ms,
  text = excluded.text, text_hash = excluded.text_hash, is_repost = excluded.is_repost, data = excluded.data,
  last_seen = excluded.last_seen, deleted_at = NULL`;
export const POST_ROW = '(?,?,?,?,?,?,?,?,?,?,?)';

/** A stored post: its JSON without the text, and the text. */
export function postOf(data: string, text: string): Post {
  const { id, ...rest } = JSON.parse(data) as Omit<Post, 'text'>;
  return { id, text, ...rest };
}
