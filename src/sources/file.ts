import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { jsonProblem } from '../util/data-file.js';
import type { Coverage, Post } from '../types.js';
import { CONTEXT_KINDS, cutContextText } from './context.js';
import { parseFileHandle } from './handles.js';
import type { FetchedHistory, Source, SourceContext } from './types.js';
import { errnoText } from '../util/errno.js';
import { issueText, valueAt } from '../util/issue-text.js';
import { ExportMeta, isExportMeta, readExportMeta } from './export-meta.js';
import { dateMs, knownDateMs } from '../util/date-ms.js';
import { CSV_COLUMNS, CSV_CONTEXT, CSV_NUMBERS, type ColumnMap } from './columns.js';

/**
 * Local histories: JSON Lines (streamed, one post a line), a JSON array, or CSV with a header.
 * Every problem names file:line and what was expected (exit 2); nothing is guessed silently.
 */

const count = z.number().nonnegative('must be a number of 0 or more');

/**
 * A calendar day that exists: Date.parse rolls 2025-02-30 over to March 2 instead of refusing it. `s` has
 * passed the ISO pattern (YYYY-MM-DD first, maybe after white space); read by digit, as it runs for every post.
 */
function realDay(s: string): boolean {
  let at = 0;
  while (s.charCodeAt(at) <= 0x20) at++;
  const digit = (i: number) => s.charCodeAt(at + i) - 48;
  const y = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  const m = digit(5) * 10 + digit(6);
  const d = digit(8) * 10 + digit(9);
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31);
}

const isoDate = z.string().refine((s) => /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(s.trim()) && !Number.isNaN(Date.parse(s)) && realDay(s), {
  message: 'must be an ISO 8601 date, e.g. 2025-09-12T08:30:00+08:00',
});

/** A context's link: http(s) only, since it comes from someone else's post. */
const HTTP_URL = /^https?:\/\/[^\s/]+\S*$/i;

export const PostRecordSchema = z.object({
  id: z.unknown().transform((value, ctx) => {
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
    ctx.addIssue({
      code: 'custom',
      message: typeof value === 'number' ? 'is a number too large to keep exactly (JSON loses its last digits); write ids as strings'
        : value === undefined ? 'is required' : 'must be a non-empty string',
    });
    return z.NEVER;
  }),
  text: z.string({ error: 'is required and must be a string' }),
  createdAt: isoDate.optional(),
  url: z.string().url('must be a URL').optional(),
  platform: z.string().optional(),
  author: z.string().optional(),
  isRepost: z.boolean().optional(),
  repostOf: z.string().optional(),
  metrics: z
    .object({ likes: count.optional(), reposts: count.optional(), comments: count.optional(), views: count.optional(), approximate: z.boolean().optional() })
    .optional(),
  context: z
    .object(
      {
        kind: z.enum(CONTEXT_KINDS, { error: 'must be "reply", "repost" or "quote"' }),
        text: z.string({ error: 'is required and must be a string (it may be empty)' }),
        author: z.string().optional(),
        url: z.string().regex(HTTP_URL, 'must be a URL (http or https)').optional(),
      },
      { error: 'must be an object with "kind" and "text", e.g. {"kind":"reply","text":"…","author":"@brand"}' },
    )
    .optional(),
  // Where alt text and link cards sit in `text` (what `vet export` writes for Bluesky), so findings keep saying so.
  segments: z
    .array(z.object({ from: z.enum(['alt', 'card']), start: z.number().int().min(0), end: z.number().int().min(0) }).refine((s) => s.start < s.end, { message: 'start must be before end' }))
    .optional(),
});

/** A context as read from a file: its text cut like the sources cut it, empty author and url left out. */
function fileContext(context: NonNullable<z.output<typeof PostRecordSchema>['context']>): NonNullable<Post['context']> {
  const out: NonNullable<Post['context']> = { kind: context.kind, text: cutContextText(context.text) };
  if (context.author) out.author = context.author;
  if (context.url) out.url = context.url;
  return out;
}

function toPost(record: z.output<typeof PostRecordSchema>): Post {
  const post: Post = { id: record.id, text: record.text };
  if (record.createdAt) post.createdAt = new Date(record.createdAt).toISOString();
  if (record.url) post.url = record.url;
  if (record.platform) post.platform = record.platform;
  if (record.author) post.author = record.author;
  if (record.isRepost !== undefined) post.isRepost = record.isRepost;
  if (record.repostOf) post.repostOf = record.repostOf;
  if (record.metrics) post.metrics = record.metrics;
  if (record.context) post.context = fileContext(record.context);
  if (record.segments?.length) post.segments = record.segments.filter((s) => s.end <= record.text.length);
  return post;
}

function validate(file: string, line: number, value: unknown, name: (path: string) => string = (path) => path): Post {
  const result = PostRecordSchema.safeParse(value);
  if (result.success) return toPost(result.data);
  const issue = result.error.issues[0]!;
  const field = issue.path.length ? `"${name(issue.path.join('.'))}"` : 'the record';
  const message = issue.code === 'invalid_type' && issue.path.length === 1 && (value as Record<string, unknown>)?.[issue.path[0] as string] === undefined
    ? 'is required'
    : issueText(issue, valueAt(value, issue.path));
  throw new InputError(`${file}:${line}: ${field} ${message}`);
}

type Format = 'jsonl' | 'json' | 'csv';

async function sniff(path: string, file: string, mapped = false): Promise<Format> {
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.csv') return 'csv';
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    const head = buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '').trimStart();
    if (head.startsWith('[')) return 'json';
    if (head.startsWith('{')) return ext === '.json' && /^\{[^\n]*\n\s*"/.test(head) ? 'json' : 'jsonl';
    if (ext === '.json') return 'json';
    if (/^[\w"]/.test(head) && /(^|,)"?id"?(,|$)/m.test(head.split('\n')[0] ?? '')) return 'csv';
    // With a column map the id column has another name: text that is not JSON is taken as CSV.
    if (mapped && /^[\p{L}\p{N}_"]/u.test(head)) return 'csv';
  } finally {
    await handle.close();
  }
  throw new InputError(`${file}: not a history file vet can read; expected JSON Lines (.jsonl), a JSON array (.json) or CSV with a header (.csv)`);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A chunk's whole lines: texts[i] is line first + i. Plain strings in an array, no object per line: a batch
 * lives while its posts are vetted, and V8 moves objects allocated at a site whose objects keep surviving young
 * collections straight to the old generation ("pretenuring"), where every later one is garbage left for a full
 * collection. With an object per line (and a post per line made up front) that happened, and peak memory grew with
 * the history (1.3x to 1.8x from 100k to 1M posts, by run).
 */
interface LineBatch {
  first: number;
  texts: string[];
  /** The last line is the file's last, with no line break after it (a cut-off file ends like this). */
  unterminated: boolean;
}

/** Bytes read at a time. */
const CHUNK_BYTES = 1 << 16;
/** The longest line vet reads (documented in the README's Limits): a post is far shorter; a longer line is refused. */
export const MAX_LINE_BYTES = 16 << 20;

/** Decodes one line strictly, naming it on failure. */
function decodeLine(bytes: Uint8Array, n: number, file: string): string {
  if (bytes.includes(0)) throw new InputError(`${file}:${n}: contains a NUL byte; the file is binary or corrupted`);
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    throw new InputError(`${file}:${n}: not valid UTF-8; save the file as UTF-8`);
  }
  if (n === 1) text = text.replace(/^\uFEFF/, '');
  return text.endsWith('\r') ? text.slice(0, -1) : text;
}

/**
 * Reads a file as batches of whole lines (LF or CRLF). Each chunk's complete lines are checked and decoded
 * in one go; only a chunk with a bad byte is decoded line by line, to name the line.
 */
async function* readLineBatches(path: string, file: string): AsyncGenerator<LineBatch> {
  // The start of a line that runs over chunks: its pieces, joined once when the line ends (joining at every
  // chunk copied a 100 MB line over and over), and never more than MAX_LINE_BYTES.
  let carry: Buffer[] = [];
  let carried = 0;
  let line = 0;
  const tooLong = () =>
    new InputError(`${file}:${line + 1}: the line is longer than ${MAX_LINE_BYTES / (1 << 20)} MiB, the most vet reads as one line; write one post a line (JSON Lines)`);
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>) {
    const lastBreak = chunk.lastIndexOf(10);
    if (lastBreak === -1) {
      carried += chunk.length;
      if (carried > MAX_LINE_BYTES) throw tooLong();
      carry.push(chunk);
      continue;
    }
    const first = line + 1;
    let texts: string[] = [];
    let regionStart = 0;
    if (carried > 0) {
      // The line split across chunks: join just that line, not the whole chunk.
      const firstBreak = chunk.indexOf(10);
      if (carried + firstBreak > MAX_LINE_BYTES) throw tooLong();
      line++;
      carry.push(chunk.subarray(0, firstBreak));
      texts.push(decodeLine(Buffer.concat(carry, carried + firstBreak), line, file));
      regionStart = firstBreak + 1;
    }
    carry = lastBreak + 1 < chunk.length ? [chunk.subarray(lastBreak + 1)] : [];
    carried = chunk.length - (lastBreak + 1);
    const region = chunk.subarray(regionStart, Math.max(regionStart, lastBreak));
    if (regionStart > lastBreak) {
      yield { first, texts, unterminated: false };
      continue;
    }
    if (region.includes(0) || !isUtf8(region)) {
      let start = 0;
      for (let i = region.indexOf(10); ; i = region.indexOf(10, start)) {
        const end = i === -1 ? region.length : i;
        line++;
        texts.push(decodeLine(region.subarray(start, end), line, file));
        if (i === -1) break;
        start = i + 1;
      }
    } else {
      const split = region.toString('utf8').split('\n');
      texts = texts.length ? [...texts, ...split] : split;
      for (let i = texts.length - split.length; i < texts.length; i++) {
        line++;
        const raw = texts[i]!;
        if (raw.charCodeAt(raw.length - 1) === 0x0d) texts[i] = raw.slice(0, -1);
        if (line === 1) texts[i] = texts[i]!.replace(/^\uFEFF/, '');
      }
    }
    yield { first, texts, unterminated: false };
  }
  if (carried > 0) {
    line++;
    yield { first: line, texts: [decodeLine(Buffer.concat(carry, carried), line, file)], unterminated: true };
  }
}

/** The usual post, checked by hand (zod, below, words the error when this says no). */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;
function quickPost(value: Record<string, unknown>): Post | undefined {
  const { id, text, createdAt, url, platform, author, isRepost, repostOf, metrics, context, segments } = value;
  if (typeof id !== 'string' || id.trim() !== id || id === '' || typeof text !== 'string') return undefined;
  const post: Post = { id, text };
  if (createdAt !== undefined) {
    if (typeof createdAt !== 'string' || !ISO_DATE.test(createdAt)) return undefined;
    // Remembered (dateMs), so the vetting that reads this post next does not parse the date again.
    const ms = dateMs(createdAt);
    if (Number.isNaN(ms) || !realDay(createdAt)) return undefined;
    // Already in the canonical form (what vet export writes) is kept as is; anything else is rewritten to it.
    if (createdAt.length === 24 && createdAt.charCodeAt(10) === 0x54 && createdAt.charCodeAt(19) === 0x2e && createdAt.charCodeAt(23) === 0x5a) post.createdAt = createdAt;
    else knownDateMs((post.createdAt = new Date(ms).toISOString()), ms);
  }
  if (url !== undefined) {
    if (typeof url !== 'string' || !/^https?:\/\/[^\s/]+\S*$/.test(url)) return undefined;
    post.url = url;
  }
  // One by one rather than a loop over [key, value] pairs: this runs for every post of a history.
  if (platform !== undefined) {
    if (typeof platform !== 'string') return undefined;
    if (platform) post.platform = platform;
  }
  if (author !== undefined) {
    if (typeof author !== 'string') return undefined;
    if (author) post.author = author;
  }
  if (repostOf !== undefined) {
    if (typeof repostOf !== 'string') return undefined;
    if (repostOf) post.repostOf = repostOf;
  }
  if (isRepost !== undefined) {
    if (typeof isRepost !== 'boolean') return undefined;
    post.isRepost = isRepost;
  }
  if (metrics !== undefined) {
    if (typeof metrics !== 'object' || metrics === null || Array.isArray(metrics)) return undefined;
    for (const [key, v] of Object.entries(metrics)) {
      if (key === 'approximate' ? typeof v !== 'boolean' : (typeof v !== 'number' || !(v >= 0))) return undefined;
    }
    post.metrics = { ...(metrics as Post['metrics']) };
  }
  if (context !== undefined) {
    if (typeof context !== 'object' || context === null || Array.isArray(context)) return undefined;
    const c = context as Record<string, unknown>;
    if (!(CONTEXT_KINDS as readonly unknown[]).includes(c.kind) || typeof c.text !== 'string') return undefined;
    if (c.author !== undefined && typeof c.author !== 'string') return undefined;
    if (c.url !== undefined && (typeof c.url !== 'string' || !HTTP_URL.test(c.url))) return undefined;
    post.context = fileContext(c as Parameters<typeof fileContext>[0]);
  }
  // Where alt text and link cards sit in the text (rare): the schema reads them, and words any error.
  if (segments !== undefined) return undefined;
  return post;
}

/**
 * Where a key's probe starts: from the key alone (its high 32 bits, h1), so that `add` and `grow` agree.
 * (They once did not: `add` started at h1 ^ h2, `grow` at h1, and after the first doubling a repeated id
 * was looked for where it had not been put, so duplicates went through.)
 */
function home(key: number, slots: number): number {
  return Math.floor(key / 1048576) % slots;
}

/** Most of the table that may be full: linear probing stays short up to here, and memory is 8 bytes / 0.7 an id. */
const MAX_LOAD = 0.7;

/** Remembers ids seen, as 52-bit hashes in an open-addressing table: 8 bytes a slot instead of a string. */
class IdSet {
  private table: Float64Array;
  private size = 0;
  /** The last platform seen, and the hash state after it and its NUL. */
  private platform: string | undefined;
  private prefix1 = 0;
  private prefix2 = 0;

  /**
   * Sized for `expected` ids (at least 4,096 slots, at most 4M up front). Sizing once from an estimate spares
   * the doublings, whose discarded tables stay in memory until a full garbage collection: at a million
   * posts that was as much again as the table itself.
   */
  constructor(expected = 0) {
    this.table = new Float64Array(Math.min(1 << 22, Math.max(1 << 12, Math.ceil(expected / MAX_LOAD) + 1)));
  }

  /**
   * Adds the pair (platform, id) and returns false when it was already there. The two are hashed as if
   * joined by a NUL, without building that string for every post.
   */
  add(platform: string, id: string): boolean {
    // The platform and its NUL hashed once for a run of posts of one platform (a whole file, as a rule).
    if (platform !== this.platform) {
      let h1 = 0x811c9dc5;
      let h2 = 0x9747b28c;
      for (let i = 0; i <= platform.length; i++) {
        const c = i < platform.length ? platform.charCodeAt(i) : 0;
        h1 = Math.imul(h1 ^ c, 16777619);
        h2 = Math.imul(h2 ^ c, 2246822519);
      }
      this.platform = platform;
      this.prefix1 = h1;
      this.prefix2 = h2;
    }
    let h1 = this.prefix1;
    let h2 = this.prefix2;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 16777619);
      h2 = Math.imul(h2 ^ c, 2246822519);
    }
    const key = ((h1 >>> 0) * 1048576 + (h2 >>> 12)) + 1; // never 0, which marks an empty slot
    if (this.size + 1 > this.table.length * MAX_LOAD) this.grow();
    const table = this.table;
    const slots = table.length;
    for (let slot = home(key, slots); ; slot = slot + 1 === slots ? 0 : slot + 1) {
      const v = table[slot]!;
      if (v === 0) {
        table[slot] = key;
        this.size++;
        return true;
      }
      if (v === key) return false;
    }
  }

  private grow(): void {
    const old = this.table;
    const table = new Float64Array(old.length * 2);
    const slots = table.length;
    for (const key of old) {
      if (key === 0) continue;
      let slot = home(key, slots);
      while (table[slot] !== 0) slot = slot + 1 === slots ? 0 : slot + 1;
      table[slot] = key;
    }
    this.table = table;
  }
}

/**
 * Posts in batches (one per chunk of the file): one await per batch, not per post. A batch's posts are made one
 * at a time as they are taken (a generator), so only the post being vetted is alive, not the chunk's hundred.
 */
async function* parseJsonLines(path: string, file: string, meta?: ExportMeta, sizing?: { firstLines: number }): AsyncGenerator<Iterable<Post>> {
  for await (const batch of readLineBatches(path, file)) {
    if (sizing && sizing.firstLines === 0) sizing.firstLines = batch.texts.length;
    yield jsonLinePosts(batch, file, meta);
  }
}

function* jsonLinePosts({ first, texts, unterminated }: LineBatch, file: string, meta?: ExportMeta): Generator<Post> {
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    const line = first + i;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const cut = unterminated && i === texts.length - 1;
      throw new InputError(`${file}:${line}: ${cut ? 'the last line is cut off (incomplete JSON); the file may be truncated' : `not valid JSON (${jsonProblem(error)})`}`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new InputError(`${file}:${line}: expected one post as a JSON object, e.g. {"id":"1","text":"...","createdAt":"2025-01-01T00:00:00Z"}`);
    }
    const post = quickPost(value as Record<string, unknown>);
    if (post) yield post;
    // A vet export's head and end lines (src/sources/export-meta.ts): whose history, and how much was read.
    else if (meta && isExportMeta(value)) meta.add(readExportMeta(value as Record<string, unknown>, file, line));
    else yield validate(file, line, value);
  }
}

async function* parseJsonArray(path: string, file: string): AsyncGenerator<Post[]> {
  // A JSON array has to be read whole; JSON Lines is the streaming format for long histories.
  let text = '';
  for await (const batch of readLineBatches(path, file)) for (const t of batch.texts) text += `${t}\n`;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const m = /position (\d+)/.exec((error as Error).message);
    const line = m ? text.slice(0, Number(m[1])).split('\n').length : undefined;
    const lineStart = m ? text.lastIndexOf('\n', Number(m[1]) - 1) + 1 : 0;
    throw new InputError(`${file}${line ? `:${line}` : ''}: not valid JSON (${jsonProblem(error, lineStart)})`);
  }
  if (!Array.isArray(value)) throw new InputError(`${file}: expected a JSON array of posts`);
  for (let i = 0; i < value.length; i++) {
    const element: unknown = value[i];
    const result = PostRecordSchema.safeParse(element);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const line = lineOfElement(text, i);
      if (typeof element !== 'object' || element === null || Array.isArray(element)) {
        throw new InputError(`${file}${line ? `:${line}` : ''}: post #${i + 1} (array index ${i}): expected one post as a JSON object, e.g. {"id":"1","text":"..."}`);
      }
      throw new InputError(`${file}${line ? `:${line}` : ''}: post #${i + 1} (array index ${i}): ${issue.path.length ? `"${issue.path.join('.')}" ` : ''}${issue.message}`);
    }
    yield [toPost(result.data)];
  }
}

/** The line where the index-th element of a top-level JSON array starts (JSON.parse keeps no positions). */
function lineOfElement(text: string, index: number): number | undefined {
  let depth = 0;
  let inString = false;
  let seen = -1;
  let expectValue = false;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (depth === 1 && expectValue && !/\s/.test(c) && c !== ']') {
      expectValue = false;
      if (++seen === index) return line;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth++;
      if (depth === 1) expectValue = true;
    } else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 1) expectValue = true;
  }
  return undefined;
}


/**
 * Other columns are ignored (exports carry many), but one that is a vet column spelt another way (created_at,
 * Is-Repost) would be ignored silently: a history read as undated scores lower. Refused, with the name to use.
 */
function misspeltColumns(file: string, header: readonly string[]): void {
  const plain = (name: string) => name.toLowerCase().replace(/[\s_.-]/g, '');
  for (const name of header) {
    if ((CSV_COLUMNS as readonly string[]).includes(name)) continue;
    const meant = CSV_COLUMNS.find((column) => plain(column) === plain(name));
    if (meant) throw new InputError(`${file}:1: the CSV column "${name}" is read only when named "${meant}"; rename it, or map it with --columns ${meant}=${name}`);
  }
}

/** The context columns of a CSV row, when any is filled: contextKind is then required. */
function csvContext(file: string, line: number, record: Record<string, string>): Record<string, string> | undefined {
  if (!Object.values(CSV_CONTEXT).some((column) => record[column]?.trim())) return undefined;
  if (!record[CSV_CONTEXT.kind]?.trim()) throw new InputError(`${file}:${line}: "${CSV_CONTEXT.kind}" is required when another context column is filled (reply, repost or quote)`);
  const context: Record<string, string> = { kind: record[CSV_CONTEXT.kind]!.trim(), text: record[CSV_CONTEXT.text] ?? '' };
  for (const key of ['author', 'url'] as const) if (record[CSV_CONTEXT[key]]?.trim()) context[key] = record[CSV_CONTEXT[key]]!.trim();
  return context;
}

/** A field of a record as the CSV names its column ("context.url" is the column contextUrl). */
function csvField(path: string): string {
  const [head, key] = path.split('.');
  return head === 'context' && key && key in CSV_CONTEXT ? CSV_CONTEXT[key as keyof typeof CSV_CONTEXT] : path;
}

/**
 * The header as vet's fields: a mapped column takes its field's name, and a column that already has the name of a
 * field mapped elsewhere is left out (`text=content` reads "content", not a "text" column beside it).
 */
function mappedHeader(header: readonly string[], columns: ColumnMap | undefined): string[] {
  const names = header.map((h) => h.trim());
  if (!columns) return names;
  const byColumn = new Map(Object.entries(columns).map(([field, column]) => [column, field]));
  return names.map((name) => byColumn.get(name) ?? (name in columns ? `\u0000${name}` : name));
}

/** Every mapped field must have found its column. */
function checkMapped(file: string, header: readonly string[], fields: readonly string[], columns: ColumnMap, from: string): void {
  for (const [field, column] of Object.entries(columns)) {
    if (fields.includes(field)) continue;
    const shown = header.slice(0, 12).map((h) => `"${h.trim().slice(0, 40)}"`).join(', ');
    throw new InputError(`${file}:1: ${from} maps ${field} to the column "${column}", which the CSV header does not have (it has ${shown}${header.length > 12 ? ', …' : ''})`);
  }
}

async function* parseCsv(path: string, file: string, columns?: ColumnMap, columnsFrom = '--columns'): AsyncGenerator<Post[]> {
  const { parse } = await import('csv-parse');
  // Decode strictly line by line first, so bad bytes are reported with their line.
  const lines = readLineBatches(path, file);
  let rawHeader: string[] = [];
  const parser = parse({ bom: true, columns: (header: string[]) => mappedHeader((rawHeader = header), columns), info: true, skip_empty_lines: true, relax_quotes: false });
  const feed = (async () => {
    try {
      for await (const batch of lines) {
        for (const text of batch.texts) if (!parser.write(`${text}\n`)) await new Promise((r) => parser.once('drain', r));
      }
      parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();
  let headerChecked = false;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      const line = info.lines;
      if (!headerChecked) {
        headerChecked = true;
        if (columns) checkMapped(file, rawHeader, Object.keys(record), columns, columnsFrom);
        misspeltColumns(file, Object.keys(record));
      }
      if (!('id' in record) || !('text' in record)) {
        throw new InputError(`${file}:1: the CSV header needs at least the columns id and text${columns ? '' : ' (or name yours with --columns, e.g. --columns id=post_id,text=content)'}`);
      }
      const value: Record<string, unknown> = { id: record.id, text: record.text };
      for (const key of ['createdAt', 'url', 'platform', 'author', 'repostOf'] as const) if (record[key]) value[key] = record[key];
      if (record.isRepost) {
        const b = record.isRepost.trim().toLowerCase();
        if (!['true', 'false', '1', '0', 'yes', 'no'].includes(b)) throw new InputError(`${file}:${line}: "isRepost" must be true or false`);
        value.isRepost = ['true', '1', 'yes'].includes(b);
      }
      const metrics: Record<string, number> = {};
      for (const key of CSV_NUMBERS) {
        const raw = record[key] ?? record[`metrics.${key}`];
        if (raw === undefined || raw.trim() === '') continue;
        const n = Number(raw);
        if (!Number.isFinite(n)) throw new InputError(`${file}:${line}: "${key}" must be a number`);
        metrics[key] = n;
      }
      if (Object.keys(metrics).length) value.metrics = metrics;
      const context = csvContext(file, line, record);
      if (context) value.context = context;
      yield [validate(file, line, value, csvField)];
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const e = error as { message: string; lines?: number };
    // csv-parse quotes the text it stopped at; the message keeps only its own words.
    throw new InputError(`${file}${e.lines ? `:${e.lines}` : ''}: not valid CSV (${e.message.replace(/^Invalid /, 'invalid ').replace(/"[^"]*"/g, '…')})`);
  }
  await feed;
}

export interface FileHistoryOptions {
  /** Field → CSV column, for a CSV whose columns have other names (`--columns`, `columns:` in a proposal). */
  columns?: ColumnMap;
  /** How messages name where the map came from: "--columns" (default) or "columns:". */
  columnsFrom?: string;
}

/**
 * Opens a local history. Posts stream; duplicate ids after the first are skipped and counted in the
 * coverage notes (a documented tolerance: exports often overlap).
 */
export async function openFileHistory(pathArg: string, cwd: string, opts: FileHistoryOptions = {}): Promise<FetchedHistory> {
  const path = resolve(cwd, pathArg);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InputError(`${pathArg}: not a file`);
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${pathArg}: cannot read the history file (${errnoText(error)})`);
  }
  if (size === 0) throw new InputError(`${pathArg}: the file is empty; a history needs at least one post`);
  const format = await sniff(path, pathArg, opts.columns !== undefined);
  if (opts.columns && format !== 'csv') {
    throw new InputError(`${pathArg}: ${opts.columnsFrom ?? '--columns'} maps CSV columns, and this history is ${format === 'jsonl' ? 'JSON Lines' : 'a JSON array'}, not CSV`);
  }
  const coverage: Coverage = { postsRead: 0, partial: false, notes: [] };
  const meta = new ExportMeta();
  const sizing = { firstLines: 0 };
  const records: AsyncIterable<Iterable<Post>> =
    format === 'jsonl' ? parseJsonLines(path, pathArg, meta, sizing) : format === 'json' ? parseJsonArray(path, pathArg) : parseCsv(path, pathArg, opts.columns, opts.columnsFrom);
  let author: string | undefined;
  let platform: string | undefined;

  async function* posts(): AsyncGenerator<Post> {
    let seen: IdSet | undefined;
    let duplicates = 0;
    for await (const batch of records) {
      // A JSON Lines file's first batch is its first chunk's lines: their count, scaled to the file's size,
      // estimates how many posts it holds.
      seen ??= new IdSet(format === 'jsonl' ? Math.ceil((size / CHUNK_BYTES) * sizing.firstLines) : 0);
      for (const post of batch) {
        if (!seen.add(post.platform ?? '', post.id)) {
          duplicates++;
          continue;
        }
        author ??= post.author;
        platform ??= post.platform;
        coverage.postsRead++;
        yield post;
      }
    }
    if (duplicates) coverage.notes.push({ code: 'duplicates-skipped', args: { posts: duplicates } });
    meta.applyTo(coverage);
  }

  return {
    subject: {
      get handle() {
        return meta.head?.subject.handle ?? author ?? `file:${basename(pathArg)}`;
      },
      get platform() {
        return meta.head?.subject.platform ?? platform ?? 'file';
      },
    },
    posts: posts(),
    coverage,
  };
}

export const fileSource: Source = {
  platform: 'file',
  forms: ['file:<path>'],
  open: async (rest: string, ctx: SourceContext) => openFileHistory(parseFileHandle(rest), ctx.cwd ?? process.cwd()),
};
