import { UsageError } from '../errors.js';
import type { FetchedHistory, Source, SourceContext } from './types.js';

/**
 * The one place that maps a handle prefix to its adapter. Adapters are imported on first use, so
 * `vet --from file.jsonl` never loads undici or cheerio.
 */
const REGISTRY: Record<string, { forms: readonly string[]; load: () => Promise<Source> }> = {
  weibo: { forms: ['weibo:<uid>', 'weibo:@<screen name>'], load: async () => (await import('./weibo.js')).weiboSource },
  bsky: { forms: ['bsky:<handle or did>'], load: async () => (await import('./bsky.js')).bskySource },
  mastodon: { forms: ['mastodon:@user@instance'], load: async () => (await import('./mastodon.js')).mastodonSource },
  rss: { forms: ['rss:<feed URL>'], load: async () => (await import('./rss.js')).rssSource },
  x: { forms: ['x:@name'], load: async () => (await import('./x.js')).xSource },
  file: { forms: ['file:<path>'], load: async () => (await import('./file.js')).fileSource },
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

export async function openHistory(handle: string, ctx: SourceContext): Promise<FetchedHistory> {
  const { platform, rest } = splitHandle(handle);
  const source = await REGISTRY[platform]!.load();
  return source.open(rest, ctx);
}
