import { buildUrl, HttpClient } from '../http/client.js';
import { HttpError } from '../http/errors.js';
import type { Coverage, Post, PostContext } from '../types.js';
import { postContext } from './context.js';
import { asRecord, asString, candidatesOf, isoDate, metricsFrom, notFound, shortOfTotal, streamHistory, type Candidate, type Page } from './common.js';
import { htmlToText } from './html-text.js';
import type { FetchedHistory, Source, SourceContext } from './types.js';
import { parseMastodonHandle } from './handles.js';

/**
 * Mastodon (and compatible servers): /api/v1/accounts/lookup?acct=, then
 * /api/v1/accounts/:id/statuses (40 a page) following the `Link: <…max_id=…>; rel="next"` header.
 * The account's home server holds its full public history; `--endpoint mastodon=<url>` replaces that
 * server's base (a mirror or a test server).
 */

const PLATFORM = 'mastodon';
const LABEL = 'Mastodon';

// Handle syntax lives in ./handles.ts, shared with the registry's up-front check.
export { parseMastodonHandle };

/** The max_id of the `rel="next"` link, or undefined at the end. */
export function nextMaxId(link: string | undefined): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(/,(?=\s*<)/)) {
    const m = /<([^>]+)>\s*;(.*)/.exec(part.trim());
    if (!m || !/rel="?next"?/i.test(m[2]!)) continue;
    try {
      return new URL(m[1]!).searchParams.get('max_id') ?? undefined;
    } catch {
      return /[?&]max_id=([^&]+)/.exec(m[1]!)?.[1];
    }
  }
  return undefined;
}

function statusText(status: Record<string, unknown>): string {
  const warning = asString(status.spoiler_text)?.trim();
  const body = htmlToText(asString(status.content) ?? '');
  // The content warning is the author's words too, and often the sharpest part.
  return warning ? `${warning}\n${body}`.trim() : body;
}

/** https://instance/@user/id for `@user@instance`, when a status carries no URL of its own. */
function fallbackUrl(owner: string, id: string): string {
  const [, user, instance] = /^@?([^@]+)@(.+)$/.exec(owner) ?? [];
  return user && instance ? `https://${instance}/@${user}/${id}` : `https://${owner}/${id}`;
}

/**
 * What the shown status quotes (4.4+ `quote.quoted_status` once accepted; `quote_status` on older forks). A
 * reply's parent is only an id (`in_reply_to_id`) in a status, and vet does not fetch it.
 */
function contextOf(shown: Record<string, unknown>): PostContext | undefined {
  const quoted = asRecord(asRecord(shown.quote)?.quoted_status) ?? asRecord(shown.quote_status);
  if (!quoted) return undefined;
  const acct = asString(asRecord(quoted.account)?.acct);
  return postContext('quote', statusText(quoted), acct ? `@${acct}` : undefined, asString(quoted.url) ?? asString(quoted.uri));
}

/** One status to a Post. Boosts (`reblog`) are reposts; 4.4+ quotes (`quote.quoted_status`) keep the quoted author. */
export function parseStatus(status: Record<string, unknown>, owner: string): Candidate | undefined {
  const id = asString(status.id);
  if (!id) return undefined;
  const reblog = asRecord(status.reblog);
  const shown = reblog ?? status;
  const post: Post = {
    id,
    text: statusText(shown),
    platform: PLATFORM,
    url: asString(shown.url) ?? asString(shown.uri) ?? asString(status.uri) ?? fallbackUrl(owner, id),
    author: owner,
  };
  const createdAt = isoDate(status.created_at);
  if (createdAt) post.createdAt = createdAt;
  if (reblog) {
    post.isRepost = true;
    const acct = asString(asRecord(reblog.account)?.acct);
    post.repostOf = acct ? `@${acct}` : (asString(reblog.url) ?? asString(reblog.uri) ?? 'a boosted post');
  } else {
    const quote = asRecord(status.quote);
    const quoted = asRecord(quote?.quoted_status) ?? asRecord(status.quote_status);
    if (quoted) {
      const acct = asString(asRecord(quoted.account)?.acct);
      post.repostOf = acct ? `@${acct}` : (asString(quoted.url) ?? 'a quoted post');
    }
  }
  const context = contextOf(shown);
  if (context) post.context = context;
  const metrics = metricsFrom({ likes: shown.favourites_count, reposts: shown.reblogs_count, comments: shown.replies_count });
  if (metrics) post.metrics = metrics;
  return { post, pinned: status.pinned === true };
}

function explain(error: unknown, acct: string, host: string): unknown {
  if (!(error instanceof HttpError) || error.kind !== 'status') return error;
  if (error.status === 404) return notFound(PLATFORM, `${host} has no account ${acct}`, 'check the handle (mastodon:@user@instance), and that the instance is the account\'s home server');
  if (error.status === 410) return notFound(PLATFORM, `the account ${acct} is gone from ${host} (HTTP 410: suspended or deleted)`, 'vet a saved history with --from <file>');
  if (error.status === 401 || error.status === 403) {
    return new HttpError(PLATFORM, 'refused', `${host} requires a login to read its API (HTTP ${error.status}; the server restricts unauthenticated access)`, {
      url: error.url,
      status: error.status,
      hint: 'this server does not serve public timelines to visitors; vet a saved history with --from <file>',
    });
  }
  return error;
}

export const mastodonSource: Source = {
  platform: PLATFORM,
  forms: ['mastodon:@user@instance'],
  async open(rest: string, ctx: SourceContext): Promise<FetchedHistory> {
    const { user, instance } = parseMastodonHandle(rest);
    const acct = `${user}@${instance}`;
    const base = (ctx.endpoints.mastodon ?? `https://${instance}`).replace(/\/+$/, '');
    const client = new HttpClient({ platform: PLATFORM, label: LABEL, ctx, pacing: { concurrency: 2, minIntervalMs: 200 }, hints: { refused: 'vet a saved history with --from <file>' } });
    let account: Record<string, unknown>;
    try {
      ({ value: account } = await client.getJson<Record<string, unknown>>(buildUrl(base, '/api/v1/accounts/lookup', { acct }), { cache: true }));
    } catch (error) {
      throw explain(error, `@${acct}`, instance);
    }
    const id = asString(account.id);
    if (!id) throw notFound(PLATFORM, `${instance} did not return an account id for @${acct}`, 'check the handle (mastodon:@user@instance)');
    const displayName = asString(account.display_name) || undefined;
    const total = typeof account.statuses_count === 'number' ? account.statuses_count : undefined;
    const coverage: Coverage = { postsRead: 0, partial: false, notes: [] };
    const maxPages = Math.ceil((ctx.limit ?? 2000) / 20) + 20;

    async function* pages(): AsyncGenerator<Page> {
      let maxId: string | undefined;
      for (let n = 0; n < maxPages; n++) {
        // The next page is rebuilt from max_id on our base, so a mirror's Link pointing at the real host is not followed.
        const url = buildUrl(base, `/api/v1/accounts/${encodeURIComponent(id!)}/statuses`, { limit: 40, max_id: maxId });
        let value: unknown;
        let link: string | undefined;
        try {
          const result = await client.getJson<unknown>(url, { cache: true });
          value = result.value;
          link = result.response.headers.link;
        } catch (error) {
          throw explain(error, `@${acct}`, instance);
        }
        const statuses = Array.isArray(value) ? value : [];
        const items = candidatesOf(statuses, (status) => parseStatus(status, `@${acct}`));
        const next = nextMaxId(link);
        const more = Boolean(next) && next !== maxId && items.length > 0;
        yield { items, more };
        if (!more) return;
        maxId = next;
      }
    }

    return {
      subject: { handle: `mastodon:@${acct}`, platform: PLATFORM, ...(displayName ? { displayName } : {}) },
      coverage,
      posts: streamHistory(pages(), {
        ctx,
        coverage,
        label: LABEL,
        onEnd: (reason) => {
          if (reason === 'end' && shortOfTotal(coverage, total)) {
            coverage.partial = true;
            coverage.notes.unshift(`${instance} served ${coverage.postsRead} public posts but the account counts ${total}; the rest are private, deleted or older than the server keeps`);
          }
        },
      }),
    };
  },
};
