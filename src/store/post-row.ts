import { hash } from 'node:crypto';
import type { Post } from '../types.js';

/**
 * How a post is kept in the audit store's `posts` table; shared by the writer thread (src/store/writer.ts),
 * where a local store's posts are hashed and laid out, and the main thread (a server store, queries).
 */

export const HASH_CHARS = 32;

const NOT_ASCII = /[^\x00-\x7f]/;
/** White space other than single spaces: the text needs collapsing. */
const TO_COLLAPSE = /\s\s|[^\S ]/;
const SPACES = /\s+/g;

/** sha256 (first 16 bytes, hex) of the text with Unicode composed and white space collapsed: unchanged words, same hash. */
export function textHash(text: string): string {
  // The same as hashing text.normalize('NFC').replace(/\s+/gu, ' ').trim(), skipping what would change nothing
  // (ASCII is already composed; most texts have no white space to collapse).
  const composed = NOT_ASCII.test(text) ? text.normalize('NFC') : text;
  const collapsed = TO_COLLAPSE.test(composed) ? composed.replace(SPACES, ' ') : composed;
  return hash('sha256', collapsed.trim()).slice(0, HASH_CHARS);
}

export type Cell = string | number | null;

/**
 * The subject a post is stored under, as its `subjects` row says: its platform, and the author its handle
 * names (`platform:author`; none for a history file named by its path). A post of that platform and author
 * (nearly all of a subject's posts) leaves them out of its row.
 */
export interface RowSubject {
  platform: string | undefined;
  author: string | undefined;
}

/** From the `subjects` row's platform and handle. */
export function rowSubject(platform: unknown, handle: unknown): RowSubject {
  if (platform === null || platform === undefined) return { platform: undefined, author: undefined };
  const h = String(handle);
  return { platform: String(platform), author: h.slice(h.indexOf(':') + 1) };
}

/**
 * posts.data of a schema 3 row: SHARED, then (when there are any) the post's other fields as JSON: those
 * without a column of their own, its platform and author when they are not the subject's (null: the post
 * had none), and isRepost only when false (true is the is_repost column). A row of schema 1 or 2 holds '' or
 * the JSON alone, with the post's platform, author and isRepost in it, and reads as it did.
 */
const SHARED = '~';

function dataOf(post: Post, subject: RowSubject): string {
  // What JSON.stringify of an object of these fields writes, without making the object (most posts have none).
  let json = '';
  if (post.platform !== subject.platform) json += `,"platform":${JSON.stringify(post.platform ?? null)}`;
  if (post.author !== subject.author) json += `,"author":${JSON.stringify(post.author ?? null)}`;
  if (post.isRepost === false) json += ',"isRepost":false';
  if (post.repostOf !== undefined) json += `,"repostOf":${JSON.stringify(post.repostOf)}`;
  if (post.metrics !== undefined) json += `,"metrics":${JSON.stringify(post.metrics)}`;
  if (post.segments !== undefined) json += `,"segments":${JSON.stringify(post.segments)}`;
  if (post.context !== undefined) json += `,"context":${JSON.stringify(post.context)}`;
  return json ? `${SHARED}{${json.slice(1)}}` : SHARED;
}

/**
 * post_id, url, created_at, created_ms, text, text_hash, is_repost, data. created_at is null when it is
 * created_ms as ISO (what sources write): it reads back from created_ms.
 */
export function postColumns(post: Post, subject: RowSubject): Cell[] {
  const createdAt = post.createdAt;
  let ms = createdAt ? isoMs(createdAt) : NaN;
  const iso = !Number.isNaN(ms);
  if (!iso && createdAt) ms = Date.parse(createdAt);
  const dated = !Number.isNaN(ms);
  return [post.id, post.url ?? null, iso || !createdAt ? null : createdAt, dated ? ms : null, post.text, textHash(post.text), post.isRepost ? 1 : 0, dataOf(post, subject)];
}

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Where each digit of YYYY-MM-DDTHH:MM:SS.mmmZ is, and the character at every other place. */
const ISO_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22];
const ISO_MARKS: readonly [number, number][] = [[4, 0x2d], [7, 0x2d], [10, 0x54], [13, 0x3a], [16, 0x3a], [19, 0x2e], [23, 0x5a]];

/** The number of `count` decimal digits at `at` (checked to be digits beforehand). */
function digits(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) n = n * 10 + text.charCodeAt(i) - 0x30;
  return n;
}

/**
 * The date of a string that is exactly what toISOString writes (so it reads back from created_ms alone), or
 * NaN: read by character codes and Date.UTC, with the month, day and time checked (a regular expression and
 * its array of matches cost the writer thread about ten times as much, Date.parse and a toISOString to
 * compare more still), for the form nearly every source writes.
 */
export function isoMs(text: string): number {
  if (text.length !== 24) return NaN;
  for (const [at, code] of ISO_MARKS) if (text.charCodeAt(at) !== code) return NaN;
  for (const at of ISO_DIGITS) {
    const d = text.charCodeAt(at) - 0x30;
    if (d < 0 || d > 9) return NaN;
  }
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  if (month < 1 || month > 12 || day < 1 || day > MONTH_DAYS[month - 1]! || hour > 23 || minute > 59 || second > 59) return NaN;
  // 29 February of a year that has none, or a year before 100 (which Date.UTC would read as 19xx).
  if ((month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) || year < 100) return NaN;
  return Date.UTC(year, month - 1, day, hour, minute, second, digits(text, 20, 3));
}

/**
 * A post read for the first time: inserted; a row already there (the same post twice in one read) is kept.
 * The subject and the time (first and last seen) are bound once a statement: ?1 and ?2.
 */
export const INSERT_POSTS_HEAD = `INSERT INTO posts (subject_id, post_id, url, created_at, created_ms, text, text_hash, is_repost, data, first_seen, last_seen) VALUES `;
export const INSERT_POSTS_TAIL = ` ON CONFLICT (subject_id, post_id) DO NOTHING`;
/** Cells a post binds in INSERT_POSTS (postColumns). */
export const POST_CELLS = 8;
/** The VALUES of `n` posts: (?1, ?3…?10, ?2, ?2), (?1, ?11…?18, ?2, ?2), … */
export function postRows(n: number): string {
  const rows: string[] = [];
  for (let r = 0; r < n; r++) {
    const cells: string[] = [];
    for (let c = 0; c < POST_CELLS; c++) cells.push(`?${3 + r * POST_CELLS + c}`);
    rows.push(`(?1,${cells.join(',')},?2,?2)`);
  }
  return rows.join(',');
}
/** Rows per INSERT: one statement call per this many posts (each call costs more than a row). */
export const POST_ROWS = 64;

/** The columns postOf reads, in its order. */
export const POST_SELECT = 'post_id, text, created_at, url, data, is_repost, created_ms';
/** Columns of POST_SELECT: the index of the next one a query adds. */
export const POST_SELECTED = 7;

/** A stored post from the columns POST_SELECT names, of the subject its `subjects` row says. */
export function postOf(row: readonly unknown[], subject: RowSubject): Post {
  const post: Post = { id: String(row[0]), text: String(row[1]) };
  if (row[2] !== null && row[2] !== undefined) post.createdAt = String(row[2]);
  else if (row[6] !== null && row[6] !== undefined) post.createdAt = new Date(Number(row[6])).toISOString();
  if (row[3] !== null && row[3] !== undefined) post.url = String(row[3]);
  const raw = row[4] === null || row[4] === undefined ? '' : String(row[4]);
  const shared = raw.startsWith(SHARED);
  const json = shared ? raw.slice(SHARED.length) : raw;
  // A schema 1 row repeats id, createdAt and url in its JSON; the columns win.
  const data = json ? (JSON.parse(json) as Record<string, unknown>) : {};
  const platform = 'platform' in data ? data.platform : shared ? subject.platform : undefined;
  if (platform !== null && platform !== undefined) post.platform = platform as string;
  const author = 'author' in data ? data.author : shared ? subject.author : undefined;
  if (author !== null && author !== undefined) post.author = author as string;
  if (Number(row[5]) === 1) post.isRepost = true;
  else if (data.isRepost !== undefined) post.isRepost = data.isRepost as boolean;
  if (data.repostOf !== undefined) post.repostOf = data.repostOf as string;
  if (data.metrics !== undefined) post.metrics = data.metrics as Post['metrics'];
  if (data.segments !== undefined) post.segments = data.segments as Post['segments'];
  if (data.context !== undefined) post.context = data.context as Post['context'];
  return post;
}

/**
 * Posts as they are handed to the writer thread: their strings in one (`chars`), with each field's length
 * in `cells` (-1: absent), then isRepost (-1 absent, 0, 1); the few posts with metrics, segments or context
 * have them in `objects` ([index, metrics, segments, context], …). Measured on the engine's thread, one
 * string and a typed array cost it far less to send than the posts' fields one by one, and the writer less
 * to receive. A field added to Post must be added here (a type error says so).
 */
const STRINGS = ['id', 'text', 'createdAt', 'url', 'platform', 'author', 'repostOf'] as const;
const OBJECTS = ['metrics', 'segments', 'context'] as const;
type Unlisted = Exclude<keyof Post, (typeof STRINGS)[number] | 'isRepost' | (typeof OBJECTS)[number]>;
const everyField: [Unlisted] extends [never] ? true : never = true;
void everyField;
const CELLS = STRINGS.length + 1;

export interface EncodedPosts {
  chars: string;
  cells: Int32Array;
  objects: unknown[];
}

export function encodePosts(posts: readonly Post[]): EncodedPosts {
  const cells = new Int32Array(posts.length * CELLS);
  const objects: unknown[] = [];
  let chars = '';
  let c = 0;
  const put = (value: unknown) => {
    if (value === undefined || value === null) {
      cells[c++] = -1;
    } else {
      const s = typeof value === 'string' ? value : String(value);
      chars += s;
      cells[c++] = s.length;
    }
  };
  for (let i = 0; i < posts.length; i++) {
    const p = posts[i]!;
    put(p.id);
    put(p.text);
    put(p.createdAt);
    put(p.url);
    put(p.platform);
    put(p.author);
    put(p.repostOf);
    cells[c++] = p.isRepost === undefined ? -1 : p.isRepost ? 1 : 0;
    if (p.metrics !== undefined || p.segments !== undefined || p.context !== undefined) objects.push(i, p.metrics, p.segments, p.context);
  }
  return { chars, cells, objects };
}

export function decodePosts({ chars, cells, objects }: EncodedPosts): Post[] {
  const posts: Post[] = [];
  let at = 0;
  for (let c = 0; c < cells.length; c += CELLS) {
    const post = {} as Record<string, unknown>;
    for (let f = 0; f < STRINGS.length; f++) {
      const n = cells[c + f]!;
      if (n < 0) continue;
      post[STRINGS[f]!] = chars.slice(at, at + n);
      at += n;
    }
    const repost = cells[c + STRINGS.length]!;
    if (repost >= 0) post.isRepost = repost === 1;
    posts.push(post as unknown as Post);
  }
  for (let o = 0; o < objects.length; o += 4) {
    const post = posts[objects[o] as number] as unknown as Record<string, unknown>;
    for (let f = 0; f < OBJECTS.length; f++) if (objects[o + 1 + f] !== undefined) post[OBJECTS[f]!] = objects[o + 1 + f];
  }
  return posts;
}
