import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SourceError } from '../../src/errors.js';
import { handleForms, openHistory } from '../../src/sources/index.js';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.js';
import { readAll, testContext } from './context.js';

const TOKEN = 'AAAAAAAAAAAAAAAAAAAAAsecretbearertoken%2Fxyz';
const DID = 'did:plc:ewvi7nxzyoun6zhxrhs64oiz';

let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer([
    // Bluesky AppView
    { path: '/xrpc/app.bsky.actor.getProfile', query: { actor: 'gadget-critic.bsky.social' }, reply: { file: 'bsky/getProfile.json' } },
    { path: '/xrpc/app.bsky.actor.getProfile', query: { actor: 'busy.bsky.social' }, reply: [{ status: 429, headers: { 'ratelimit-limit': '3000', 'ratelimit-remaining': '0', 'retry-after': '0' }, body: { error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' } }, { file: 'bsky/getProfile.json' }] },
    { path: '/xrpc/app.bsky.actor.getProfile', reply: { status: 400, file: 'bsky/profile-not-found.json' } },
    { path: '/xrpc/app.bsky.feed.getAuthorFeed', query: { actor: DID, cursor: null }, reply: { file: 'bsky/getAuthorFeed-1.json' } },
    { path: '/xrpc/app.bsky.feed.getAuthorFeed', query: { actor: DID, cursor: '2025-03-03T09:30:00.000Z' }, reply: { file: 'bsky/getAuthorFeed-2.json' } },
    // Mastodon
    { path: '/api/v1/accounts/lookup', query: { acct: 'alice@mastodon.example' }, reply: { file: 'mastodon/lookup.json' } },
    { path: '/api/v1/accounts/lookup', query: { acct: 'locked@closed.example' }, reply: { status: 401, file: 'mastodon/unauthenticated.json' } },
    { path: '/api/v1/accounts/lookup', reply: { status: 404, file: 'mastodon/not-found.json' } },
    {
      path: '/api/v1/accounts/109876543210987654/statuses',
      query: { max_id: null },
      reply: {
        file: 'mastodon/statuses-1.json',
        // The real server links to itself; vet rebuilds the next page on its own base from max_id.
        headers: { link: '<https://mastodon.example/api/v1/accounts/109876543210987654/statuses?limit=40&max_id=113980000000000001>; rel="next", <https://mastodon.example/api/v1/accounts/109876543210987654/statuses?limit=40&min_id=113987654321098765>; rel="prev"' },
      },
    },
    {
      path: '/api/v1/accounts/109876543210987654/statuses',
      query: { max_id: '113980000000000001' },
      reply: { file: 'mastodon/statuses-2.json', headers: { link: '<https://mastodon.example/api/v1/accounts/109876543210987654/statuses?limit=40&min_id=113900000000000002>; rel="prev"' } },
    },
    // X API v2
    { path: '/2/users/by/username/gadgetcritic', reply: (req) => (req.headers.authorization === `Bearer ${TOKEN}` ? { file: 'x/user.json' } : { status: 401, file: 'x/unauthorized.json' }) },
    { path: '/2/users/by/username/nosuchuser', reply: { file: 'x/user-not-found.json' } },
    { path: '/2/users/1500000000000000001/tweets', query: { pagination_token: null }, reply: [{ status: 429, headers: { 'x-rate-limit-remaining': '0', 'retry-after': '0' }, file: 'x/too-many-requests.json' }, { file: 'x/tweets-1.json' }] },
    { path: '/2/users/1500000000000000001/tweets', query: { pagination_token: '7140dibdnow9c7btw481s8m561gat797rboud5r80xvzm' }, reply: { file: 'x/tweets-2.json' } },
    // Feeds
    { path: '/weibo/user/1234567890', reply: { file: 'rss/rsshub-weibo.xml' } },
    { path: '/feeds/videos.xml', query: { channel_id: 'UCexampleChannel00000000' }, reply: { file: 'rss/youtube.xml', gzip: true } },
    { path: '/feed.json', reply: { file: 'rss/jsonfeed.json' } },
    { path: '/feed-2.json', reply: { file: 'rss/jsonfeed-2.json' } },
    { path: '/moved.xml', reply: { status: 301, headers: { location: '/weibo/user/1234567890' } } },
    { path: '/home', reply: { file: 'rss/not-a-feed.html' } },
  ]);
});

afterAll(() => server.close());

async function failure(handle: string, ctx: ReturnType<typeof testContext>): Promise<SourceError> {
  try {
    await readAll(await openHistory(handle, ctx));
  } catch (error) {
    expect(error).toBeInstanceOf(SourceError);
    return error as SourceError;
  }
  throw new Error('expected a failure');
}

describe('registry', () => {
  it('lists every handle form', () => {
    expect(handleForms()).toEqual(['weibo:<uid>', 'weibo:@<screen name>', 'bsky:<handle or did>', 'mastodon:@user@instance', 'rss:<feed URL>', 'x:@name', 'file:<path>']);
  });
});

describe('Bluesky (public AppView)', () => {
  const ctx = () => testContext({ endpoints: { bsky: server.url } });

  it('resolves the handle, pages through cursors to the end, and marks reposts and quotes', async () => {
    const history = await openHistory('bsky:@gadget-critic.bsky.social', ctx());
    expect(history.subject).toEqual({ handle: 'bsky:gadget-critic.bsky.social', platform: 'bsky', displayName: 'Gadget Critic' });
    const posts = await readAll(history);
    expect(posts.map((p) => [p.id, p.isRepost ?? false, p.repostOf ?? null])).toEqual([
      ['3lk2xyzabc22a', false, null],
      ['repost:3lk1rep000000', true, '@angry-fan.bsky.social'],
      ['3ljquote00000', false, '@brand-watcher.bsky.social'],
      ['3lireply00000', false, null],
    ]);
    expect(posts.every((p) => p.platform === 'bsky' && p.url?.startsWith('https://bsky.app/profile/'))).toBe(true);
    expect(history.coverage).toEqual({ postsRead: 4, partial: false, notes: ['read 4 Bluesky posts dated 2025-01-15 to 2025-03-04'] });
    const feedCalls = server.requestsTo('/xrpc/app.bsky.feed.getAuthorFeed');
    expect(feedCalls[0]!.query).toMatchObject({ actor: DID, limit: '100', includePins: 'false' });
  });

  it('waits out a 429 with Retry-After', async () => {
    const history = await openHistory('bsky:busy.bsky.social', ctx());
    expect(history.subject.handle).toBe('bsky:gadget-critic.bsky.social');
  });

  it('reports an unknown profile (400 "Profile not found")', async () => {
    const e = await failure('bsky:nobody.bsky.social', ctx());
    expect(e.message).toBe('bsky: Bluesky has no profile "nobody.bsky.social" (Profile not found)');
  });
});

describe('Mastodon', () => {
  const ctx = () => testContext({ endpoints: { mastodon: server.url } });

  it('looks the account up, then follows Link rel="next" on its own base', async () => {
    const history = await openHistory('mastodon:@alice@mastodon.example', ctx());
    expect(history.subject).toEqual({ handle: 'mastodon:@alice@mastodon.example', platform: 'mastodon', displayName: 'Alice Reviews' });
    const posts = await readAll(history);
    expect(posts.map((p) => p.id)).toEqual(['113987654321098765', '113980000000000001', '113900000000000002', '113800000000000003']);
    expect(posts[1]).toMatchObject({ isRepost: true, repostOf: '@bob@other.example' });
    expect(posts[3]!.text).toBe('@bob fair point\nwill test it');
    expect(history.coverage.partial).toBe(false);
    expect(server.requestsTo('/api/v1/accounts/109876543210987654/statuses').map((r) => r.query.max_id ?? null)).toEqual([null, '113980000000000001']);
  });

  it('explains a server that requires login, and an unknown account', async () => {
    const locked = await failure('mastodon:@locked@closed.example', ctx());
    expect(locked.message).toMatch(/closed\.example requires a login to read its API \(HTTP 401/);
    const missing = await failure('mastodon:@ghost@mastodon.example', ctx());
    expect(missing.message).toBe('mastodon: mastodon.example has no account @ghost@mastodon.example');
  });
});

describe('X (API v2, bearer token)', () => {
  const ctx = (env: Record<string, string> = { VET_X_BEARER_TOKEN: TOKEN }) => testContext({ endpoints: { x: server.url }, env });

  it('needs the token', async () => {
    await expect(openHistory('x:@gadgetcritic', ctx({}))).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(/needs an API bearer token/) });
  });

  it('reads the timeline through pagination tokens, after a 429, with retweets and quotes', async () => {
    const c = ctx();
    const history = await openHistory('x:@gadgetcritic', c);
    const posts = await readAll(history);
    expect(posts.map((p) => p.id)).toEqual(['1897000000000000001', '1896500000000000002', '1893000000000000003', '1879000000000000004']);
    expect(posts[1]).toMatchObject({ isRepost: true, repostOf: '@angryfan' });
    expect(posts[2]).toMatchObject({ repostOf: '@brandwatcher', text: 'this aged well https://t.co/xyz789', context: { kind: 'quote', text: 'their flagship will outsell everyone this year', author: '@brandwatcher' } });
    expect(server.requestsTo(/^\/2\//).every((r) => r.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
    expect(c.logs.join('\n')).not.toContain('secret');
  });

  it('refuses a wrong token without echoing it', async () => {
    const e = await failure('x:@gadgetcritic', ctx({ VET_X_BEARER_TOKEN: 'wrong-token-secret-000' }));
    expect(e.message).toBe('x: X did not accept the bearer token (HTTP 401)');
    expect(`${e.message} ${e.hint}`).not.toContain('secret');
  });

  it('reports an unknown user', async () => {
    expect((await failure('x:@nosuchuser', ctx())).message).toMatch(/X has no user @nosuchuser \(Could not find user/);
  });
});

describe('feeds (RSS 2.0, Atom, JSON Feed)', () => {
  it('reads an RSSHub Weibo feed, following a same-site redirect, and says a feed is only the latest entries', async () => {
    const history = await openHistory(`rss:${server.url}/moved.xml`, testContext());
    const posts = await readAll(history);
    expect(history.subject).toMatchObject({ platform: 'rss', displayName: '万能的大熊的微博' });
    expect(posts).toHaveLength(2);
    expect(posts[1]).toMatchObject({ isRepost: true, repostOf: '@数码君', url: 'https://weibo.com/1234567890/Orep00004' });
    expect(history.coverage.partial).toBe(true);
    expect(history.coverage.notes[0]).toMatch(/the feed carries only its latest 2 entries/);
  });

  it('reads a gzipped YouTube channel feed', async () => {
    const posts = await readAll(await openHistory(`rss:${server.url}/feeds/videos.xml?channel_id=UCexampleChannel00000000`, testContext()));
    expect(posts.map((p) => p.url)).toEqual(['https://www.youtube.com/watch?v=dQw4w9WgXc1', 'https://www.youtube.com/watch?v=aBcDeFgHiJ2']);
  });

  it('follows a JSON Feed next_url; a reached --since makes it complete', async () => {
    const all = await openHistory(`rss:${server.url}/feed.json`, testContext());
    expect((await readAll(all)).map((p) => p.createdAt)).toEqual(['2025-03-04T13:15:02+01:00', '2025-02-10T09:00:00Z', '2024-12-31T12:00:00Z']);
    const windowed = await openHistory(`rss:${server.url}/feed.json`, testContext({ since: new Date('2025-01-01T00:00:00Z') }));
    expect(await readAll(windowed)).toHaveLength(2);
    expect(windowed.coverage.partial).toBe(false);
  });

  it('says a web page is not a feed', async () => {
    const e = await failure(`rss:${server.url}/home`, testContext());
    expect(e.message).toMatch(/is a web page, not a feed/);
    expect(e.hint).toMatch(/address of the feed itself/);
  });
});
