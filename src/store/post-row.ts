import { hash } from 'node:crypto';
import type { Post } from '../types.js';

/**
 * How a post is kept in the audit store's `posts` table; shared by the writer thread (src/store/writer.ts),
 * where a local store's posts are hashed and laid out, and the main thread (a server store, queries).
 */

export const HASH_CHARS = 32;

/** sha256 (first 16 bytes, hex) of the text with Unicode composed and white space collapsed: unchanged words, same hash. */
export function textHash(text: string): string {
  return hash('sha256', text.normalize('NFC').replace(/\s+/gu, ' ').trim()).slice(0, HASH_CHARS);
}

export type Cell = string | number | null;

/**
 * The post's fields other than those with a column of their own (id, text, createdAt, url) as JSON, or '' when
 * there are none (schema 2; a schema 1 row holds the whole post but its text, which reads the same way).
 */
function extraJson(post: Post): string {
  const { id, text, createdAt, url, ...rest } = post;
  for (const key in rest) return JSON.stringify(rest);
  return '';
}

/** post_id, url, created_at, created_ms, text, text_hash, is_repost, data */
export function postColumns(post: Post): Cell[] {
  const ms = post.createdAt ? Date.parse(post.createdAt) : NaN;
  return [post.id, post.url ?? null, post.createdAt ?? null, Number.isNaN(ms) ? null : ms, post.text, textHash(post.text), post.isRepost ? 1 : 0, extraJson(post)];
}

/** A post read for the first time: inserted; a row already there (the same post twice in one read) is kept. */
export const INSERT_POSTS_HEAD = `INSERT INTO posts (subject_id, post_id, url, created_at, created_ms, text, text_hash, is_repost, data, first_seen, last_seen) VALUES `;
export const INSERT_POSTS_TAIL = ` ON CONFLICT (subject_id, post_id) DO NOTHING`;
export const POST_ROW = '(?,?,?,?,?,?,?,?,?,?,?)';
/** Rows per INSERT: one statement call per this many posts (each call costs more than a row). */
export const POST_ROWS = 64;

/** The columns postOf reads, in its order. */
export const POST_SELECT = 'post_id, text, created_at, url, data';

/** A stored post from the columns POST_SELECT names. */
export function postOf(row: readonly unknown[]): Post {
  const post: Post = { id: String(row[0]), text: String(row[1]) };
  if (row[2] !== null && row[2] !== undefined) post.createdAt = String(row[2]);
  if (row[3] !== null && row[3] !== undefined) post.url = String(row[3]);
  const data = row[4] === null || row[4] === undefined ? '' : String(row[4]);
  if (data) {
    // A schema 1 row repeats id, createdAt and url in its JSON; the columns win.
    const { id, text, createdAt, url, ...rest } = JSON.parse(data) as Partial<Post>;
    Object.assign(post, rest);
  }
  return post;
}

/**
 * Every field of a post, in the order posts are handed to the writer thread: a flat array of their values
 * (undefined where absent) costs the engine's thread about half what cloning the post objects does, since
 * no field name is written or read again for each post. A field added to Post must be added here (a type
 * error says so).
 */
const FIELDS = ['id', 'text', 'createdAt', 'url', 'platform', 'author', 'isRepost', 'repostOf', 'metrics', 'segments', 'context'] as const;
type Unlisted = Exclude<keyof Post, (typeof FIELDS)[number]>;
const everyField: [Unlisted] extends [never] ? true : never = true;
void everyField;

export function encodePosts(posts: readonly Post[]): unknown[] {
  const out: unknown[] = [];
  for (const p of posts) out.push(p.id, p.text, p.createdAt, p.url, p.platform, p.author, p.isRepost, p.repostOf, p.metrics, p.segments, p.context);
  return out;
}

export function decodePosts(flat: readonly unknown[]): Post[] {
  const posts: Post[] = [];
  for (let i = 0; i < flat.length; i += FIELDS.length) {
    const post = { id: flat[i], text: flat[i + 1] } as Record<string, unknown>;
    for (let f = 2; f < FIELDS.length; f++) if (flat[i + f] !== undefined) post[FIELDS[f]!] = flat[i + f];
    posts.push(post as unknown as Post);
  }
  return posts;
}
