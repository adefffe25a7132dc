import { UsageError } from '../errors.js';
import { parseBskyHandle, parseFeedHandle, parseFileHandle, parseMastodonHandle, parseWeiboHandle, parseXHandle } from './handles.js';
import type { FetchedHistory, Source, SourceContext } from './types.js';
import { withPlausibleDates } from './plausible-dates.js';

interface Platform {
  forms: readonly string[];
  /**
   * The adapter's own handle syntax (./handles.ts), run without loading the adapter: throws the UsageError
   * its `open` would for a malformed handle, so callers can refuse one before any file or network work.
   */
  check: (rest: string) => void;
  load: () => Promise<Source>;
}

/**
 * The one place that maps a handle prefix to its adapter. Adapters are imported on first use, so
 * `vet --from file.jsonl` never loads undici or cheerio; `check` needs only ./handles.ts.
 */
const REGISTRY: Record<string, Platform> = {
  weibo: { forms: ['weibo:<uid>', 'weibo:@<screen name>'], check: parseWeiboHandle, load: async () => (await import('./weibo.js')).weiboSource },
  bsky: { forms: ['bsky:<handle or did>'], check: parseBskyHandle, load: async () => (await import('./bsky.js')).bskySource },
  mastodon: { forms: ['mastodon:@user@instance'], check: parseMastodonHandle, load: async () => (await import('./mastodon.js')).mastodonSource },
  rss: { forms: ['rss:<feed URL>'], check: parseFeedHandle, load: async () => (await import('./rss.js')).rssSource },
  x: { forms: ['x:@name'], check: parseXHandle, load: async () => (await import('./x.js')).xSource },
  file: { forms: ['file:<path>'], check: parseFileHandle, load: async () => (await import('./file.js')).fileSource },
};

/** Every handle form vet understands, for help texts and errors. */
export function handleForms(): string[] {
  return Object.values(REGISTRY).flatMap((entry) => [...entry.forms]);
}

export function splitHandle(handle: string): { platform: string; rest: string } {
  const colon = handle.indexOf(':');
  const platform = colon > 0 ? handle.slice(0, colon).toLowerCase() : '';
  if (!platform || !(platform in REGISTRY)) {
    throw new UsageError(
      `"${handle}" does not name a platform. Write the handle in one of these forms: ${handleForms().join(', ')}`,
      { hint: 'for a history saved in a file, use --from <file> or file:<path>' },
    );
  }
  return { platform, rest: handle.slice(colon + 1) };
}

/**
 * Why `rest` is not a handle the `platform` adapter accepts (the UsageError its `open` would throw), or
 * undefined when it is one. Synchronous and offline: syntax only, not whether the account exists.
 */
export function handleProblem(platform: string, rest: string): UsageError | undefined {
  try {
    const entry = REGISTRY[platform.toLowerCase()];
    if (entry) entry.check(rest);
    else splitHandle(`${platform}:${rest}`); // an unknown platform: its message lists the forms
    return undefined;
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
}

/**
 * Throws the UsageError that opening `handle` would (an unknown platform, or a handle its adapter does not
 * accept) without loading the adapter, so `vet <handle>` and `vet export` fail before any file or network work.
 */
export function checkHandle(handle: string): { platform: string; rest: string } {
  const { platform, rest } = splitHandle(handle);
  const problem = handleProblem(platform, rest);
  if (problem) throw problem;
  return { platform, rest };
}

export async function openHistory(handle: string, ctx: SourceContext): Promise<FetchedHistory> {
  const { platform, rest } = checkHandle(handle);
  const source = await REGISTRY[platform]!.load();
  return withPlausibleDates(await source.open(rest, ctx));
}
