import type { HttpOverrides } from '../http/config.js';
import type { Coverage, Post } from '../types.js';

/** What every source adapter receives: limits, overrides and the environment. */
export interface SourceContext {
  /** Stop paging once posts are older than this. */
  since?: Date;
  /** Stop after this many posts. */
  limit?: number;
  /** `--endpoint name=url` / `VET_ENDPOINT_<NAME>` overrides of adapters' base URLs. */
  endpoints: Record<string, string>;
  /** Environment (tokens, cookies, proxies); passed in so tests control it. */
  env: Record<string, string | undefined>;
  /** Read and write the on-disk cache (`--no-cache` turns it off, `--refresh` ignores what is there). */
  cache: { enabled: boolean; refresh: boolean; dir?: string };
  signal?: AbortSignal;
  /** Diagnostics for stderr (`--verbose`); never receives secrets. */
  log: (message: string) => void;
  now: Date;
  /** Folder that relative paths (file: handles) are resolved against. */
  cwd?: string;
  /** HTTP limits (timeouts, retries, size cap, pacing); over VET_HTTP_* variables and defaults (src/http/config.ts). */
  http?: HttpOverrides;
  /** The audit store's posts of this subject, for incremental fetching (absent with --no-store or --full). */
  stored?: StoredPosts;
}

/**
 * Posts an earlier audit read (src/store). Paging stops after the first page whose posts are all stored (one
 * page of overlap, to catch edits); the rest of the window comes from here. Used by streamHistory only.
 */
export interface StoredPosts {
  /** Whether the store can stand in for older pages (an earlier audit read at least as far back). */
  ready(): Promise<boolean>;
  /** Whether every one of these post ids is stored (and not known deleted). */
  hasAll(ids: string[]): Promise<boolean>;
  /** Stored posts older than `ms` (an epoch ms; Infinity for all), newest first, a chunk at a time. */
  olderThan(ms: number): AsyncIterable<Post[]>;
  /** The audit the stored posts come from read only part of the history. */
  partial(): boolean;
}

/** A history being read. `posts` streams; `coverage` is final once the iterator has ended. */
export interface FetchedHistory {
  subject: { handle: string; platform: string; displayName?: string };
  posts: AsyncIterable<Post>;
  coverage: Coverage;
}

/** One platform. Registered in ./index.ts; loaded lazily so heavy modules load only when needed. */
export interface Source {
  /** The handle prefix, e.g. 'weibo' for `weibo:<uid>`. */
  readonly platform: string;
  /** Handle forms for help and error messages, e.g. ['weibo:<uid>', 'weibo:@<screen name>']. */
  readonly forms: readonly string[];
  /** `rest` is the handle without its `platform:` prefix. Throws UsageError for a malformed handle. */
  open(rest: string, ctx: SourceContext): Promise<FetchedHistory>;
}
