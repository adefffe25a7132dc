import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { UsageError } from './errors.js';
import { redactUrl } from './http/errors.js';
import { makeFolders, writeFileAtomic } from './util/atomic-write.js';

/**
 * On-disk cache of fetched pages, so a rerun or a batch does not ask the platform again.
 * - Location: `ctx.cache.dir`, else VET_CACHE_DIR, else $XDG_CACHE_HOME/vet, else ~/.cache/vet
 *   (%LOCALAPPDATA%\vet\cache on Windows). Pages live under `pages/<platform>/<2 hex>/<sha256>.json`.
 * - Keys hash the platform, the URL and a variant ("anonymous"/"login"); never a cookie or token, and URLs
 *   never carry them. Entries hold the body and a few headers (Link), never request headers.
 * - Entries expire after VET_CACHE_TTL_HOURS (default 24). Writes are atomic (temp + rename); an entry that
 *   cannot be read or parsed is deleted and fetched again. The cache is best effort: a failing disk only
 *   costs a refetch, never the run.
 */

export const DEFAULT_CACHE_TTL_HOURS = 24;

export interface CachedPage {
  v: 1;
  url: string;
  status: number;
  /** Only the headers adapters read back (Link); nothing sent by vet. */
  headers: Record<string, string>;
  body: string;
  fetchedAt: string;
  expiresAt: string;
}

export function cacheDir(env: Record<string, string | undefined>, explicit?: string): string {
  if (explicit) return explicit;
  if (env.VET_CACHE_DIR) return env.VET_CACHE_DIR;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'vet');
  if (process.platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'vet', 'cache');
  return join(env.HOME || homedir(), '.cache', 'vet');
}

export class PageCache {
  readonly dir: string;
  readonly enabled: boolean;
  readonly refresh: boolean;
  readonly ttlMs: number;
  private readonly log: (message: string) => void;

  constructor(opts: { dir: string; enabled: boolean; refresh?: boolean; ttlMs?: number; log?: (message: string) => void }) {
    this.dir = opts.dir;
    this.enabled = opts.enabled;
    this.refresh = opts.refresh ?? false;
    this.ttlMs = opts.ttlMs ?? DEFAULT_CACHE_TTL_HOURS * 3600_000;
    this.log = opts.log ?? (() => {});
  }

  static fromContext(ctx: {
    env: Record<string, string | undefined>;
    cache: { enabled: boolean; refresh: boolean; dir?: string };
    log: (message: string) => void;
  }): PageCache {
    const hours = cacheTtlHours(ctx.env.VET_CACHE_TTL_HOURS);
    return new PageCache({
      dir: cacheDir(ctx.env, ctx.cache.dir),
      enabled: ctx.cache.enabled,
      refresh: ctx.cache.refresh,
      ttlMs: hours * 3600_000,
      log: ctx.log,
    });
  }

  /** sha256 of what identifies a page; the variant tells anonymous pages from logged-in ones. */
  static key(platform: string, url: string, variant = 'anonymous'): string {
    return createHash('sha256').update(`v1\n${platform}\n${variant}\n${redactUrl(url)}`).digest('hex');
  }

  private path(platform: string, key: string): string {
    const safePlatform = platform.replace(/[^a-z0-9-]/gi, '_');
    return join(this.dir, 'pages', safePlatform, key.slice(0, 2), `${key}.json`);
  }

  async get(platform: string, key: string, now = Date.now()): Promise<CachedPage | undefined> {
    if (!this.enabled || this.refresh) return undefined;
    const file = this.path(platform, key);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      return undefined;
    }
    try {
      const page = JSON.parse(text) as CachedPage;
      if (page?.v !== 1 || typeof page.body !== 'string' || typeof page.status !== 'number' || typeof page.expiresAt !== 'string') {
        throw new Error('not a cache entry');
      }
      if (Date.parse(page.expiresAt) <= now) return undefined;
      return page;
    } catch {
      this.log(`cache: ignoring a damaged entry (${file}); fetching again`);
      await rm(file, { force: true }).catch(() => {});
      return undefined;
    }
  }

  async set(platform: string, key: string, page: Omit<CachedPage, 'v' | 'fetchedAt' | 'expiresAt'>, now = Date.now()): Promise<void> {
    if (!this.enabled) return;
    const entry: CachedPage = {
      v: 1,
      url: redactUrl(page.url),
      status: page.status,
      headers: page.headers,
      body: page.body,
      fetchedAt: new Date(now).toISOString(),
      expiresAt: new Date(now + this.ttlMs).toISOString(),
    };
    const file = this.path(platform, key);
    try {
      await makeFolders(dirname(file), 0o700);
      await writeFileAtomic(file, JSON.stringify(entry), { force: true, mode: 0o600 });
    } catch (error) {
      this.log(`cache: could not write ${file} (${(error as Error).message}); continuing without it`);
    }
  }
}

/** The longest time an entry may be kept: ten years (1e12 hours made every date "Invalid time value"). */
const MAX_CACHE_TTL_HOURS = 87_600;

/** VET_CACHE_TTL_HOURS: unset or empty for the default; otherwise a number of hours above 0, up to ten years. */
function cacheTtlHours(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_CACHE_TTL_HOURS;
  const hours = Number(raw);
  if (!(hours > 0 && hours <= MAX_CACHE_TTL_HOURS)) {
    throw new UsageError(`VET_CACHE_TTL_HOURS="${raw}" is not a number of hours above 0 and at most ${MAX_CACHE_TTL_HOURS} (ten years)`);
  }
  return hours;
}
