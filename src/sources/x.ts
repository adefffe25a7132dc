import { UsageError } from '../errors.js';
import { buildUrl, HttpClient } from '../http/client.js';
import { HttpError } from '../http/errors.js';
import type { Coverage, Post, PostContext } from '../types.js';
import { postContext } from './context.js';
import { asArray, asRecord, asString, candidatesOf, endpoint, isoDate, metricsFrom, notFound, shortOfTotal, streamHistory, type Candidate, type Page } from './common.js';
import type { FetchedHistory, Source, SourceContext } from './types.js';
import { parseXHandle } from './handles.js';

/**
 * X through API v2 with an app bearer token (VET_X_BEARER_TOKEN; X's API is paid):
 * /2/users/by/username/:name, then /2/users/:id/tweets (100 a page, `meta.next_token`), with
 * referenced tweets expanded so retweets and quotes carry the original's text and author. Long posts
 * come whole in `note_tweet`. X serves only the latest 3,200 posts of a timeline.
 */

export const X_API = 'https://api.x.com';
const PLATFORM = 'x';
const LABEL = 'X';
const TIMELINE_CAP = 3200;
const TOKEN_HINT = 'set VET_X_BEARER_TOKEN to the bearer token of an X developer app with read access, or vet a saved history with --from <file>';

// Handle syntax lives in ./handles.ts, shared with the registry's up-front check.
export { parseXHandle };

interface Includes {
  tweets: Map<string, Record<string, unknown>>;
  users: Map<string, string>;
}

function includesOf(doc: Record<string, unknown>): Includes {
  const inc = asRecord(doc.includes);
  const tweets = new Map<string, Record<string, unknown>>();
  const users = new Map<string, string>();
  for (const t of asArray(inc?.tweets).map(asRecord)) if (t && asString(t.id)) tweets.set(asString(t.id)!, t);
  for (const u of asArray(inc?.users).map(asRecord)) if (u && asString(u.id) && asString(u.username)) users.set(asString(u.id)!, asString(u.username)!);
  return { tweets, users };
}

const fullText = (t: Record<string, unknown>) => asString(asRecord(t.note_tweet)?.text) ?? asString(t.text) ?? '';

/** What a tweet quotes or, failing that, replies to, when X sent that tweet in `includes` (nothing more is fetched). */
function contextOf(tweet: Record<string, unknown>, includes: Includes): PostContext | undefined {
  const refs = asArray(tweet.referenced_tweets).map(asRecord);
  for (const [type, kind] of [['quoted', 'quote'], ['replied_to', 'reply']] as const) {
    const refId = asString(refs.find((ref) => asString(ref?.type) === type)?.id);
    const original = refId ? includes.tweets.get(refId) : undefined;
    if (!original) continue;
    const authorId = asString(original.author_id);
    const author = authorId ? includes.users.get(authorId) : undefined;
    return postContext(kind, fullText(original), author ? `@${author}` : undefined, `https://x.com/${author ?? 'i'}/status/${refId}`);
  }
  return undefined;
}

/** One tweet of a timeline page to a Post; `includes` resolves referenced tweets and their authors. */
export function parseTweet(tweet: Record<string, unknown>, username: string, includes: Includes): Candidate | undefined {
  const id = asString(tweet.id);
  if (!id) return undefined;
  const post: Post = { id, text: fullText(tweet), platform: PLATFORM, url: `https://x.com/${username}/status/${id}`, author: `@${username}` };
  const createdAt = isoDate(tweet.created_at);
  if (createdAt) post.createdAt = createdAt;
  // A retweet shows the original: its context is what the original quotes or answers.
  let shown = tweet;
  for (const ref of asArray(tweet.referenced_tweets).map(asRecord)) {
    const type = asString(ref?.type);
    const refId = asString(ref?.id);
    if (!refId || (type !== 'retweeted' && type !== 'quoted')) continue;
    const original = includes.tweets.get(refId);
    const authorId = asString(original?.author_id);
    const author = authorId ? includes.users.get(authorId) : /^RT @([A-Za-z0-9_]+):/.exec(post.text)?.[1];
    if (type === 'retweeted') {
      post.isRepost = true;
      if (original) post.text = fullText(original);
      if (original) shown = original;
    }
    post.repostOf = author ? `@${author}` : `https://x.com/i/status/${refId}`;
  }
  const context = contextOf(shown, includes);
  if (context) post.context = context;
  const m = asRecord(tweet.public_metrics);
  const metrics = metricsFrom({ likes: m?.like_count, reposts: m?.retweet_count, comments: m?.reply_count, views: m?.impression_count });
  if (metrics) post.metrics = metrics;
  return { post };
}

/** X answers some failures with HTTP 200 and an `errors` array. */
function documentError(doc: Record<string, unknown>): string | undefined {
  const first = asRecord(asArray(doc.errors)[0]);
  if (!first || doc.data !== undefined) return undefined;
  return asString(first.detail) ?? asString(first.message) ?? asString(first.title) ?? 'unknown error';
}

function explain(error: unknown, name: string): unknown {
  if (!(error instanceof HttpError) || error.kind !== 'status') return error;
  if (error.status === 401) return new HttpError(PLATFORM, 'refused', `${LABEL} did not accept the bearer token (HTTP 401)`, { url: error.url, status: 401, hint: TOKEN_HINT });
  if (error.status === 403) {
    return new HttpError(PLATFORM, 'refused', `${LABEL} refused the request (HTTP 403): the app's access level does not include reading timelines, or @${name} is protected`, {
      url: error.url,
      status: 403,
      hint: 'check the access level of the X developer app, or vet a saved history with --from <file>',
    });
  }
  if (error.status === 404) return notFound(PLATFORM, `${LABEL} has no user @${name}`, 'check the handle (x:@name)');
  return error;
}

export const xSource: Source = {
  platform: PLATFORM,
  forms: ['x:@name'],
  async open(rest: string, ctx: SourceContext): Promise<FetchedHistory> {
    const name = parseXHandle(rest);
    const token = ctx.env.VET_X_BEARER_TOKEN?.trim().replace(/^Bearer\s+/i, '');
    if (!token) throw new UsageError(`reading ${LABEL} needs an API bearer token`, { hint: TOKEN_HINT });
    if (/[\r\n]/.test(token)) throw new UsageError('VET_X_BEARER_TOKEN must be one line');
    const base = endpoint(ctx, 'x', X_API);
    const client = new HttpClient({
      platform: PLATFORM,
      label: LABEL,
      ctx,
      credentials: { origin: base, headers: { authorization: `Bearer ${token}` } },
      pacing: { concurrency: 1, minIntervalMs: 1000 },
      hints: { refused: TOKEN_HINT, rateLimited: `${LABEL} limits reads per 15 minutes and per month; wait and run vet again (pages already read are cached), or use --from <file>` },
      cacheVariant: 'token',
    });
    let user: Record<string, unknown> | undefined;
    try {
      const { value } = await client.getJson<Record<string, unknown>>(buildUrl(base, `/2/users/by/username/${name}`, { 'user.fields': 'public_metrics,protected' }), { cache: true });
      const problem = documentError(value);
      if (problem) throw notFound(PLATFORM, `${LABEL} has no user @${name} (${problem})`, 'check the handle (x:@name)');
      user = asRecord(value.data);
    } catch (error) {
      throw explain(error, name);
    }
    const id = asString(user?.id);
    if (!id) throw notFound(PLATFORM, `${LABEL} did not return an id for @${name}`, 'check the handle (x:@name)');
    const username = asString(user?.username) ?? name;
    const displayName = asString(user?.name);
    const total = asRecord(user?.public_metrics)?.tweet_count;
    const coverage: Coverage = { postsRead: 0, partial: false, notes: [] };

    async function* pages(): AsyncGenerator<Page> {
      let token: string | undefined;
      for (let n = 0; n < 40; n++) {
        const url = buildUrl(base, `/2/users/${id}/tweets`, {
          max_results: 100,
          'tweet.fields': 'created_at,public_metrics,referenced_tweets,note_tweet,author_id',
          expansions: 'referenced_tweets.id,referenced_tweets.id.author_id',
          'user.fields': 'username',
          start_time: ctx.since?.toISOString().replace(/\.\d{3}Z$/, 'Z'),
          pagination_token: token,
        });
        let value: Record<string, unknown>;
        try {
          ({ value } = await client.getJson<Record<string, unknown>>(url, { cache: true }));
        } catch (error) {
          throw explain(error, name);
        }
        const includes = includesOf(value);
        const items = candidatesOf(asArray(value.data), (tweet) => parseTweet(tweet, username, includes));
        const next = asString(asRecord(value.meta)?.next_token);
        const more = Boolean(next) && next !== token && items.length > 0;
        yield { items, more };
        if (!more) return;
        token = next;
      }
    }

    return {
      subject: { handle: `x:@${username}`, platform: PLATFORM, ...(displayName ? { displayName } : {}) },
      coverage,
      posts: streamHistory(pages(), {
        ctx,
        coverage,
        label: LABEL,
        onEnd: (reason) => {
          if (reason !== 'end' || ctx.since || typeof total !== 'number' || !shortOfTotal(coverage, total)) return;
          coverage.partial = true;
          coverage.notes.unshift(
            coverage.postsRead >= TIMELINE_CAP * 0.9
              ? `${LABEL}'s API serves only the latest ${TIMELINE_CAP} posts; the profile counts ${total}, so older posts were not read`
              : `${LABEL} served ${coverage.postsRead} posts but the profile counts ${total}; the rest were not shown (deleted or withheld)`,
          );
        },
      }),
    };
  },
};
