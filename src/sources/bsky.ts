import { buildUrl, HttpClient } from '../http/client.js';
import { HttpError } from '../http/errors.js';
import type { Coverage, Post, PostContext } from '../types.js';
import { postContext } from './context.js';
import { asArray, asRecord, asString, candidatesOf, endpoint, isoDate, metricsFrom, notFound, shortOfTotal, streamHistory, type Candidate, type Page } from './common.js';
import type { FetchedHistory, Source, SourceContext } from './types.js';
import { parseBskyHandle } from './handles.js';

/**
 * Bluesky through the public AppView (no login): app.bsky.actor.getProfile, then
 * app.bsky.feed.getAuthorFeed (100 a page, `cursor` until it is absent). Reposts carry
 * reason #reasonRepost; quotes are embeds (record#view / recordWithMedia#view).
 */

export const BSKY_APPVIEW = 'https://public.api.bsky.app';
const PLATFORM = 'bsky';
const LABEL = 'Bluesky';
const HINT = 'check the handle (e.g. bsky:alice.bsky.social or bsky:did:plc:...), or vet a saved history with --from <file>';

// Handle syntax lives in ./handles.ts, shared with the registry's up-front check.
export { parseBskyHandle };

/** The rkey (last segment) of an at:// URI. */
const rkey = (uri: string) => uri.slice(uri.lastIndexOf('/') + 1);

export function bskyPostUrl(handleOrDid: string, uri: string): string {
  return `https://bsky.app/profile/${handleOrDid}/post/${rkey(uri)}`;
}

/** The quoted post of an embed, if any: record#view, or recordWithMedia#view wrapping one. */
function quotedOf(embed: Record<string, unknown> | undefined): { author?: string; text?: string; uri?: string } | undefined {
  if (!embed) return undefined;
  const type = asString(embed.$type) ?? '';
  let record = asRecord(embed.record);
  if (type.startsWith('app.bsky.embed.recordWithMedia')) record = asRecord(record?.record);
  else if (!type.startsWith('app.bsky.embed.record')) return undefined;
  if (!record) return undefined;
  const author = asString(asRecord(record.author)?.handle);
  const value = asRecord(record.value);
  const text = asString(value?.text);
  const uri = asString(record.uri);
  return { ...(author ? { author } : {}), ...(text !== undefined ? { text } : {}), ...(uri ? { uri } : {}) };
}

/**
 * What the shown post quotes (its embed) or, failing that, answers (the feed item's `reply.parent`, when the
 * AppView sends the parent post itself). For a repost both belong to the reposted post.
 */
function contextOf(item: Record<string, unknown>, quoted: ReturnType<typeof quotedOf>): PostContext | undefined {
  const link = (author: string | undefined, uri: string | undefined) => (uri ? bskyPostUrl(author ?? uri.split('/')[2] ?? '', uri) : undefined);
  if (quoted) return postContext('quote', quoted.text, quoted.author, link(quoted.author, quoted.uri));
  const parent = asRecord(asRecord(item.reply)?.parent);
  const text = asString(asRecord(parent?.record)?.text);
  if (!parent || text === undefined) return undefined;
  const author = asString(asRecord(parent.author)?.handle);
  return postContext('reply', text, author, link(author, asString(parent.uri)));
}

/** One getAuthorFeed item to a Post; `owner` is the handle whose feed this is. */
export function parseFeedItem(item: Record<string, unknown>, owner: string): Candidate | undefined {
  const view = asRecord(item.post);
  const uri = asString(view?.uri);
  if (!view || !uri) return undefined;
  const record = asRecord(view.record);
  const author = asRecord(view.author);
  const authorHandle = asString(author?.handle) ?? asString(author?.did) ?? owner;
  const reason = asRecord(item.reason);
  const reasonType = asString(reason?.$type) ?? '';
  const repost = reasonType.endsWith('#reasonRepost');
  const text = asString(record?.text) ?? '';
  const quoted = quotedOf(asRecord(view.embed));
  const post: Post = {
    // A repost has no post of its own in the feed view; its id is kept apart from the original's.
    id: repost ? `repost:${asString(reason?.uri) ? rkey(asString(reason!.uri)!) : rkey(uri)}` : rkey(uri),
    text,
    platform: PLATFORM,
    url: bskyPostUrl(authorHandle, uri),
    author: owner,
  };
  const createdAt = isoDate(repost ? (reason?.indexedAt ?? record?.createdAt) : (record?.createdAt ?? view.indexedAt));
  if (createdAt) post.createdAt = createdAt;
  if (repost) {
    post.isRepost = true;
    post.repostOf = `@${authorHandle}`;
  } else if (quoted) {
    post.repostOf = quoted.author ? `@${quoted.author}` : (quoted.uri ?? 'a quoted post');
  }
  const context = contextOf(item, quoted);
  if (context) post.context = context;
  const metrics = metricsFrom({ likes: view.likeCount, reposts: view.repostCount, comments: view.replyCount });
  if (metrics) post.metrics = metrics;
  return { post, pinned: reasonType.endsWith('#reasonPin') };
}

function explain(error: unknown, actor: string): unknown {
  if (!(error instanceof HttpError) || error.kind !== 'status') return error;
  let doc: Record<string, unknown> | undefined;
  try {
    doc = asRecord(JSON.parse(error.body ?? ''));
  } catch {
    doc = undefined;
  }
  const message = asString(doc?.message) ?? '';
  if (error.status === 400 && /not found|could not find|unable to resolve/i.test(message)) {
    return notFound(PLATFORM, `${LABEL} has no profile "${actor}" (${message})`, HINT);
  }
  if (error.status === 400 && /blocked|suspended|takendown|deactivated/i.test(message)) {
    return new HttpError(PLATFORM, 'refused', `${LABEL} does not show "${actor}": ${message}`, { url: error.url, status: 400, hint: 'vet a saved history with --from <file>' });
  }
  if (error.status === 401 || error.status === 403) {
    return new HttpError(PLATFORM, 'refused', `${LABEL} refused to show "${actor}" without a login (HTTP ${error.status})`, { url: error.url, status: error.status, hint: 'vet a saved history with --from <file>' });
  }
  return error;
}

export const bskySource: Source = {
  platform: PLATFORM,
  forms: ['bsky:<handle or did>'],
  async open(rest: string, ctx: SourceContext): Promise<FetchedHistory> {
    const actor = parseBskyHandle(rest);
    const base = endpoint(ctx, 'bsky', BSKY_APPVIEW);
    const client = new HttpClient({ platform: PLATFORM, label: LABEL, ctx, pacing: { concurrency: 4, minIntervalMs: 100 }, hints: { refused: 'vet a saved history with --from <file>' } });
    let profile: Record<string, unknown>;
    try {
      ({ value: profile } = await client.getJson<Record<string, unknown>>(buildUrl(base, '/xrpc/app.bsky.actor.getProfile', { actor }), { cache: true }));
    } catch (error) {
      throw explain(error, actor);
    }
    const handle = asString(profile.handle) ?? actor;
    const did = asString(profile.did) ?? actor;
    const displayName = asString(profile.displayName);
    const total = typeof profile.postsCount === 'number' ? profile.postsCount : undefined;
    const labels = asArray(profile.labels).map((l) => asString(asRecord(l)?.val));
    const coverage: Coverage = { postsRead: 0, partial: false, notes: [] };
    if (labels.includes('!no-unauthenticated')) {
      coverage.notes.push(`the author asked ${LABEL} apps not to show their posts to logged-out readers (!no-unauthenticated); the public AppView may still serve them`);
    }
    const maxPages = Math.ceil((ctx.limit ?? 2000) / 50) + 20;

    async function* pages(): AsyncGenerator<Page> {
      let cursor: string | undefined;
      for (let n = 0; n < maxPages; n++) {
        const url = buildUrl(base, '/xrpc/app.bsky.feed.getAuthorFeed', { actor: did, limit: 100, filter: 'posts_with_replies', includePins: false, cursor });
        let value: Record<string, unknown>;
        try {
          ({ value } = await client.getJson<Record<string, unknown>>(url, { cache: true }));
        } catch (error) {
          throw explain(error, actor);
        }
        const items = candidatesOf(asArray(value.feed), (item) => parseFeedItem(item, handle));
        const next = asString(value.cursor);
        const more = Boolean(next) && next !== cursor && items.length > 0;
        yield { items, more };
        if (!more) return;
        cursor = next;
      }
    }

    return {
      subject: { handle: `bsky:${handle}`, platform: PLATFORM, ...(displayName ? { displayName } : {}) },
      coverage,
      posts: streamHistory(pages(), {
        ctx,
        coverage,
        label: LABEL,
        onEnd: (reason) => {
          // postsCount counts only own posts; reposts in the feed make "read" larger, never a false alarm.
          if (reason === 'end' && shortOfTotal(coverage, total)) {
            coverage.partial = true;
            coverage.notes.unshift(`${LABEL} served ${coverage.postsRead} posts but the profile counts ${total}; some were not shown (deleted, taken down or hidden)`);
          }
        },
      }),
    };
  },
};
