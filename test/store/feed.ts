import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.js';

/**
 * A Bluesky AppView on the fixture server whose accounts the tests can change between runs: drop posts,
 * edit them. Responses have the shapes of app.bsky.actor.getProfile and app.bsky.feed.getAuthorFeed
 * (as in fixtures/http/bsky/), 5 posts a page, the cursor being the next index.
 */
export interface FeedPost {
  rkey: string;
  text: string;
  createdAt: string;
}

export const PAGE = 5;

export async function startFeeds(accounts: Map<string, FeedPost[]>): Promise<FixtureServer> {
  const didOf = (handle: string) => `did:plc:${handle.replace(/[^a-z0-9]/g, '')}`;
  const handleOf = (did: string) => [...accounts.keys()].find((h) => didOf(h) === did);
  return startFixtureServer([
    {
      path: '/xrpc/app.bsky.actor.getProfile',
      reply: (req) => {
        const handle = req.query.actor!;
        return accounts.has(handle) ? { body: { did: didOf(handle), handle, displayName: handle, labels: [] } } : { status: 400, body: { error: 'InvalidRequest', message: 'Profile not found' } };
      },
    },
    {
      path: '/xrpc/app.bsky.feed.getAuthorFeed',
      reply: (req) => {
        const handle = handleOf(req.query.actor!)!;
        const posts = accounts.get(handle)!;
        const start = Number(req.query.cursor ?? 0);
        const slice = posts.slice(start, start + PAGE);
        const feed = slice.map((p) => ({
          post: {
            uri: `at://${didOf(handle)}/app.bsky.feed.post/${p.rkey}`,
            cid: `bafy${p.rkey}`,
            author: { did: didOf(handle), handle, labels: [] },
            record: { $type: 'app.bsky.feed.post', text: p.text, createdAt: p.createdAt, langs: ['zh'] },
            replyCount: 0,
            repostCount: 0,
            likeCount: 0,
            indexedAt: p.createdAt,
            labels: [],
          },
        }));
        return { body: start + PAGE < posts.length ? { feed, cursor: String(start + PAGE) } : { feed } };
      },
    },
  ]);
}

/** `count` posts, newest first, one a day back from 2026-11-01; `hostile` maps an index to its text. */
export function account(prefix: string, count: number, hostile: Record<number, string> = {}): FeedPost[] {
  return Array.from({ length: count }, (_, i) => ({
    rkey: `${prefix}${String(i).padStart(3, '0')}`,
    text: hostile[i] ?? `今天测了第${i}款耳机，音质还行。`,
    createdAt: new Date(Date.parse('2026-11-01T12:00:00Z') - i * 86_400_000).toISOString(),
  }));
}
