import { SourceError } from '../errors.js';
import { HttpError } from '../http/errors.js';
import type { Coverage, Metrics, Post, PostSegment, PostSegmentKind } from '../types.js';
import { clampDate } from './plausible-dates.js';
import type { FetchedHistory, SourceContext, StoredPosts } from './types.js';
import { countOf } from '../report/wording.js';

/** What adapters share: the paging loop (since/limit/dedupe/coverage) and small mapping helpers. */

export interface Candidate {
  post: Post;
  /** Pinned posts come first whatever their age, so they never end the window. */
  pinned?: boolean;
  /** The platform gave only a short or relative date ("15小时前", "06-14"): vet worked it out from the time of reading. */
  dateInferred?: boolean;
}

export interface Page {
  items: Candidate[];
  /** The platform said there is a next page. */
  more: boolean;
}

/** Why paging stopped. */
export type EndReason = 'end' | 'since' | 'limit' | 'error';

export interface StreamOptions {
  ctx: SourceContext;
  coverage: Coverage;
  /** "Weibo", for notes. */
  label: string;
  /**
   * Called once paging stopped, before the date-range note: adapters add their own notes (hidden older
   * posts, API caps) and set `coverage.partial`.
   */
  onEnd?: (reason: EndReason) => void | Promise<void>;
}

const day = (iso: string) => iso.slice(0, 10);

/** Reads each object of a page with `parse`, dropping entries that are not objects or that `parse` rejects. */
export function candidatesOf(entries: readonly unknown[], parse: (record: Record<string, unknown>) => Candidate | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (const entry of entries) {
    const record = asRecord(entry);
    const candidate = record ? parse(record) : undefined;
    if (candidate) out.push(candidate);
  }
  return out;
}

/**
 * Did the platform serve clearly fewer posts than the account counts (more than 5, and over a tenth,
 * missing)? Small gaps are deletions and counting lag, not a cut history.
 */
export function shortOfTotal(coverage: Coverage, total: number | undefined): total is number {
  return typeof total === 'number' && total - coverage.postsRead > 5 && coverage.postsRead < total * 0.9;
}

/**
 * Turns an adapter's pages (newest first) into the post stream of a FetchedHistory:
 * - skips ids already seen (pinned posts reappear in place; pages overlap while new posts arrive);
 * - stops at the first unpinned post older than `--since`, and after `--limit` posts;
 * - a failure after some posts were read ends the history as partial, with the reason in the notes
 *   (a failure before any post propagates: there is nothing to vet);
 * - notes the date range read and, when stopped by --limit with more available, that it is partial.
 */
export async function* streamHistory(pages: AsyncIterable<Page>, opts: StreamOptions): AsyncGenerator<Post> {
  const { ctx, coverage, label } = opts;
  const sinceMs = ctx.since?.getTime();
  const limit = ctx.limit ?? Infinity;
  // id → the text first read under it: a repeated id with other words is a conflict worth a note, not a silent drop.
  const seen = new Map<string, string>();
  const conflicts = new Set<string>();
  let inferred = 0;
  let oldest: string | undefined;
  let newest: string | undefined;
  let oldestMs = Infinity;
  let newestMs = -Infinity;
  let reason: EndReason = 'end';
  const stored = ctx.stored && (await ctx.stored.ready()) ? ctx.stored : undefined;
  const source = stored ? untilStored(pages, stored, () => oldestMs) : pages;
  try {
    outer: for await (const page of source) {
      for (let i = 0; i < page.items.length; i++) {
        const { post, pinned, dateInferred } = page.items[i]!;
        const before = seen.get(post.id);
        if (before !== undefined) {
          if (before !== post.text) conflicts.add(post.id);
          continue;
        }
        seen.set(post.id, post.text);
        const ms = post.createdAt ? Date.parse(post.createdAt) : NaN;
        if (sinceMs !== undefined && !Number.isNaN(ms) && ms < sinceMs) {
          if (pinned) continue;
          reason = 'since';
          break outer;
        }
        if (coverage.postsRead >= limit) {
          reason = 'limit';
          break outer;
        }
        coverage.postsRead++;
        if (dateInferred) inferred++;
        if ((page as StoredPage).fromStore) coverage.fromStore = (coverage.fromStore ?? 0) + 1;
        if (!Number.isNaN(ms)) {
          if (ms < oldestMs) [oldestMs, oldest] = [ms, post.createdAt!];
          if (ms > newestMs) [newestMs, newest] = [ms, post.createdAt!];
        }
        yield post;
        if (coverage.postsRead >= limit && i === page.items.length - 1 && page.more) {
          reason = 'limit';
          break outer;
        }
      }
    }
  } catch (error) {
    if (!(error instanceof SourceError) || coverage.postsRead === 0) throw error;
    reason = 'error';
    coverage.partial = true;
    const what = error.detail;
    coverage.notes.push({ code: 'fetch-stopped', args: { source: label, posts: coverage.postsRead, detail: what, ...(error.hint ? { hint: error.hint } : {}) } });
    ctx.log(`${label}: paging stopped early: ${what}`);
  }
  if (reason === 'limit') {
    coverage.partial = true;
    coverage.notes.push({ code: 'limit-reached', args: { limit } });
  }
  if (inferred) {
    coverage.notes.push({ code: 'dates-inferred', args: { source: label, posts: inferred } });
  }
  if (conflicts.size) {
    const shown = [...conflicts].slice(0, 3).join(', ') + (conflicts.size > 3 ? ', …' : '');
    coverage.notes.push({ code: 'id-conflicts', args: { source: label, posts: conflicts.size, ids: shown } });
  }
  // The stored posts stand for pages not fetched: partial when the audit they come from was, or the store failed.
  if (stored?.partial()) coverage.partial = true;
  if (coverage.fromStore) {
    coverage.notes.push({ code: 'from-store', args: { stored: coverage.fromStore, posts: coverage.postsRead } });
    ctx.log(`${label}: caught up with the audit store; ${countOf(coverage.fromStore, 'older post')} read from it`);
  }
  await opts.onEnd?.(reason);
  if (oldest && newest) coverage.notes.push({ code: 'date-range', args: { source: label, posts: coverage.postsRead, from: day(oldest), to: day(newest) } });
  ctx.log(`${label}: read ${countOf(coverage.postsRead, 'post')} (${reason === 'end' ? 'to the end of what the platform shows' : `stopped: ${reason}`})`);
}

/** An empty coverage record, filled in while the history is read. */
export function newCoverage(): Coverage {
  return { postsRead: 0, partial: false, notes: [] };
}

/**
 * The FetchedHistory every adapter returns: its subject (`platform:handle`, display name when known), the
 * coverage the adapter's closures fill in, and the posts of `pages` through streamHistory. The paging rules
 * (cursors, page numbers, totals) stay in each adapter's `pages` and `onEnd`.
 */
export function historyOf(
  subject: { handle: string; platform: string; displayName?: string | undefined },
  pages: AsyncIterable<Page>,
  opts: StreamOptions,
): FetchedHistory {
  const { displayName, ...rest } = subject;
  return { subject: { ...rest, ...(displayName ? { displayName } : {}) }, coverage: opts.coverage, posts: streamHistory(pages, opts) };
}

/** How an adapter words one HTTP status: a missing thing (exit 3 with a hint to check the handle) or a refusal. */
export interface StatusMeaning {
  kind: 'not-found' | 'refused';
  message: string;
  hint: string;
}

/**
 * Maps an HTTP status failure to the adapter's own wording (`meanings` by status); anything else passes
 * through unchanged. The shared tail of the X, Bluesky, Mastodon and Weibo `explain` functions.
 */
export function explainStatus(error: unknown, platform: string, meanings: Partial<Record<number, StatusMeaning>>): unknown {
  if (!(error instanceof HttpError) || error.kind !== 'status' || error.status === undefined) return error;
  const meaning = meanings[error.status];
  if (!meaning) return error;
  if (meaning.kind === 'not-found') return notFound(platform, meaning.message, meaning.hint);
  return new HttpError(platform, 'refused', meaning.message, { url: error.url, status: error.status, hint: meaning.hint });
}

export interface Count {
  value: number;
  /** The platform showed a rounded form ("1.2万", "100万+"). */
  approximate: boolean;
}

const UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, w: 1e4, W: 1e4, 亿: 1e8, 億: 1e8, k: 1e3, K: 1e3, m: 1e6, M: 1e6 };

/** 1523 / "1523" / "1,523" / "257万" / "1.2亿" / "100万+" / "10w+"; undefined for labels such as "转发". */
export function parseCount(raw: unknown): Count | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) && raw >= 0 ? { value: Math.round(raw), approximate: false } : undefined;
  if (typeof raw !== 'string') return undefined;
  const m = /^\s*(\d+(?:[.,]\d+)*)\s*([万萬wW亿億kKmM]?)\s*(\+?)\s*$/.exec(raw);
  if (!m) return undefined;
  const digits = m[2] ? m[1]!.replace(/,/g, '') : m[1]!.replace(/,(?=\d{3}\b)/g, '');
  const n = Number(digits);
  if (!Number.isFinite(n)) return undefined;
  const unit = m[2] ? UNITS[m[2]]! : 1;
  return { value: Math.round(n * unit), approximate: Boolean(m[2] || m[3]) };
}

/**
 * Builds a post's text from its body and attached words (alt text, link cards), one per line, and records where
 * each attached piece sits, so a finding can say where its words came from. Empty pieces are left out.
 */
export class TextBuilder {
  private text = '';
  readonly segments: PostSegment[] = [];

  add(piece: string | undefined, from?: PostSegmentKind): this {
    const words = piece?.trim();
    if (!words) return this;
    if (this.text) this.text += '\n';
    const start = this.text.length;
    this.text += words;
    if (from) this.segments.push({ from, start, end: this.text.length });
    return this;
  }

  /** Sets `post.text` and, when any attached piece was added, `post.segments`. */
  applyTo(post: Post): void {
    post.text = this.text;
    if (this.segments.length) post.segments = this.segments;
    else delete post.segments;
  }
}

/** What the words at `offset` of a post's text are, when they are attached words (alt text, a card). */
export function segmentAt(post: Post, offset: number): PostSegmentKind | undefined {
  return post.segments?.find((s) => offset >= s.start && offset < s.end)?.from;
}

type StoredPage = Page & { fromStore?: true };

/**
 * Incremental fetching: the platform's pages until one whose (unpinned) posts are all stored, that page
 * included as the overlap that catches edits; then the stored posts older than the oldest read.
 */
async function* untilStored(pages: AsyncIterable<Page>, stored: StoredPosts, oldestMs: () => number): AsyncGenerator<StoredPage> {
  let caughtUp = false;
  for await (const page of pages) {
    yield page;
    const unpinned = page.items.filter((c) => !c.pinned);
    if (unpinned.length > 0 && (await stored.hasAll(unpinned.map((c) => c.post.id)))) {
      caughtUp = true;
      break;
    }
  }
  if (!caughtUp) return;
  for await (const posts of stored.olderThan(oldestMs())) yield { items: posts.map((post) => ({ post })), more: true, fromStore: true };
}

/** Engagement counts; approximate when any count was a rounded form such as "10万+". */
export function metricsFrom(counts: { likes?: unknown; reposts?: unknown; comments?: unknown; views?: unknown }): Metrics | undefined {
  const metrics: Metrics = {};
  let approximate = false;
  for (const key of ['likes', 'reposts', 'comments', 'views'] as const) {
    const count = parseCount(counts[key]);
    if (!count) continue;
    metrics[key] = count.value;
    approximate ||= count.approximate;
  }
  if (Object.keys(metrics).length === 0) return undefined;
  if (approximate) metrics.approximate = true;
  return metrics;
}

/**
 * An ISO date, normalised to ISO 8601 with an offset (Z); undefined when it is not a date. A date outside
 * 1970-01-01 to 9999-12-31 (year 275760, -1) is clamped to that bound, where ./plausible-dates.ts drops it
 * with a note: the adapter's own paging and --since logic sees a date it can compare.
 */
export function isoDate(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  const text = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/i.test(text) && !Number.isNaN(Date.parse(text))) return text.replace(/z$/, 'Z');
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : new Date(clampDate(ms)).toISOString();
}

/** The base URL of an adapter: `--endpoint name=url` / VET_ENDPOINT_<NAME>, else the platform's own. */
export function endpoint(ctx: SourceContext, name: string, fallback: string): string {
  return (ctx.endpoints[name] ?? fallback).replace(/\/+$/, '');
}

/** "a thing does not exist" on the platform: exit 3 with a hint to check the handle. */
export function notFound(platform: string, message: string, hint: string): SourceError {
  return new SourceError(platform, message, { hint });
}

/**
 * A string field, or a number given as one. Numbers past 2^53 lose digits in JSON.parse: the HTTP layer
 * reads such integers as strings (src/http/json.ts), so ids arrive here exact; an imprecise number is refused.
 */
export const asString = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : (typeof v === 'number' && (Number.isSafeInteger(v) || !Number.isInteger(v))) || typeof v === 'bigint' ? String(v) : undefined;
export const asRecord = (v: unknown): Record<string, unknown> | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);
export const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
