import { SourceError } from '../errors.js';
import type { Coverage, Metrics, Post } from '../types.js';
import { clampDate } from './plausible-dates.js';
import { parseCount } from './weibo-dates.js';
import type { SourceContext, StoredPosts } from './types.js';

/** What adapters share: the paging loop (since/limit/dedupe/coverage) and small mapping helpers. */

export interface Candidate {
  post: Post;
  /** Pinned posts come first whatever their age, so they never end the window. */
  pinned?: boolean;
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
  const seen = new Set<string>();
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
        const { post, pinned } = page.items[i]!;
        if (seen.has(post.id)) continue;
        seen.add(post.id);
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
    const what = error.message.replace(/^[^:]+: /, '');
    coverage.notes.push(`${label} stopped answering after ${coverage.postsRead} posts, so older posts were not read: ${what}${error.hint ? ` (${error.hint})` : ''}`);
    ctx.log(`${label}: paging stopped early: ${what}`);
  }
  if (reason === 'limit') {
    coverage.partial = true;
    coverage.notes.push(`vet stopped after --limit ${limit} posts; older posts were not read (raise --limit to read more)`);
  }
  // The stored posts stand for pages not fetched: partial when the audit they come from was, or the store failed.
  if (stored?.partial()) coverage.partial = true;
  if (coverage.fromStore) {
    coverage.notes.push(`${coverage.fromStore} of the ${coverage.postsRead} posts came from the audit store (read by earlier audits; --full fetches them again)`);
    ctx.log(`${label}: caught up with the audit store; ${coverage.fromStore} older posts read from it`);
  }
  await opts.onEnd?.(reason);
  if (oldest && newest) coverage.notes.push(`read ${coverage.postsRead} ${label} posts dated ${day(oldest)} to ${day(newest)}`);
  ctx.log(`${label}: read ${coverage.postsRead} posts (${reason === 'end' ? 'to the end of what the platform shows' : `stopped: ${reason}`})`);
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
    if (unpinned.length > 0 && unpinned.every((c) => stored.has(c.post.id))) {
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

export const asString = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'bigint' ? String(v) : undefined);
export const asRecord = (v: unknown): Record<string, unknown> | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);
export const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
