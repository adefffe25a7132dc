import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHistory } from '../../src/sources/index.js';
import { CONTEXT_MAX_CHARS } from '../../src/sources/context.js';
import type { Post } from '../../src/types.js';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.js';
import { readAll, testContext } from './context.js';

/**
 * Post.context from each adapter, against recorded-style answers on a local server: what a post replies to,
 * reposts or quotes, kept apart from the post's own words (the text findings quote).
 */

const getIndex = '/api/container/getIndex';
const TOKEN = 'AAAAAAAAAAAAAAAAAAAAAcontexttesttoken';
const BSKY_DID = 'did:plc:q6ctxsnarky00000000000000';

let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer([
    // Weibo, anonymous (m.weibo.cn) and with a cookie (weibo.com/ajax)
    { path: getIndex, query: { value: '2468013579', containerid: null }, reply: { file: 'weibo/context-profile.json' } },
    { path: getIndex, query: { value: '2468013579', containerid: '1076032468013579' }, reply: { file: 'weibo/context-timeline.json' } },
    { path: '/ajax/profile/info', query: { uid: '2468013579' }, reply: { file: 'weibo-web/context-profile-info.json' } },
    { path: '/ajax/statuses/mymblog', query: { uid: '2468013579', page: '1' }, reply: { file: 'weibo-web/context-mymblog.json' } },
    { path: '/ajax/statuses/mymblog', query: { uid: '2468013579' }, reply: { body: { ok: 1, data: { since_id: '', list: [], total: 1 } } } },
    // Bluesky
    { path: '/xrpc/app.bsky.actor.getProfile', query: { actor: 'snarky.bsky.social' }, reply: { file: 'bsky/context-getProfile.json' } },
    { path: '/xrpc/app.bsky.feed.getAuthorFeed', query: { actor: BSKY_DID }, reply: { file: 'bsky/context-getAuthorFeed.json' } },
    // Mastodon
    { path: '/api/v1/accounts/lookup', query: { acct: 'snarky@mastodon.example' }, reply: { file: 'mastodon/context-lookup.json' } },
    { path: '/api/v1/accounts/110200000000000001/statuses', reply: { file: 'mastodon/context-statuses.json' } },
    // X
    { path: '/2/users/by/username/snarky', reply: { file: 'x/context-user.json' } },
    { path: '/2/users/1600000000000000009/tweets', reply: { file: 'x/context-tweets.json' } },
  ]);
});

afterAll(() => server.close());

const byId = (posts: Post[]) => new Map(posts.map((p) => [p.id, p]));

describe('Weibo: a commented repost keeps its words as text and the original as context', () => {
  it('reads m.weibo.cn reposts: commented, plain, of a deleted original, and chain only', async () => {
    const posts = byId(await readAll(await openHistory('weibo:2468013579', testContext({ endpoints: { weibo: server.url } }))));
    expect(posts.get('5020000000000001')).toMatchObject({
      text: '这种厂也配[微笑]',
      isRepost: true,
      repostOf: '@小米公司',
      context: { kind: 'repost', text: '#新品发布会# 小米新品发布会定档下周，敬请期待！', author: '小米公司', url: 'https://weibo.com/1771925961/Porig0000' },
    });
    // A plain repost has no words of its own: its text is the original, as before, and it needs no context.
    const plain = posts.get('5020000000000002')!;
    expect(plain).toMatchObject({ text: '//@数码君: 新机上手一周，续航一般。', isRepost: true, repostOf: '@数码君' });
    expect(plain.context).toBeUndefined();
    // Weibo's "deleted" notice is not the original's words.
    const deleted = posts.get('5020000000000003')!;
    expect(deleted).toMatchObject({ text: '又是这个骗子', isRepost: true, repostOf: 'weibo:5019700000000000' });
    expect(deleted.context).toBeUndefined();
    // Only the //@ chain Weibo fills in: a plain repost of a repost.
    const chain = posts.get('5020000000000004')!;
    expect(chain.text).toBe('//@路人甲:同意\n//@数码君: 售后太慢了');
    expect(chain.context).toBeUndefined();
    expect(posts.get('5020000000000005')!.context).toBeUndefined();
  });

  it('reads weibo.com/ajax reposts the same way (text_raw)', async () => {
    const ctx = testContext({ endpoints: { 'weibo-web': server.url }, env: { VET_WEIBO_COOKIE: 'SUB=ctx; SUBP=ctx' } });
    const [post] = await readAll(await openHistory('weibo:2468013579', ctx));
    expect(post).toMatchObject({
      id: '5020000000000101',
      text: '这种厂也配//@数码君:定档了',
      context: { kind: 'repost', text: '#新品发布会# 小米新品发布会定档下周，敬请期待！', author: '小米公司', url: 'https://weibo.com/1771925961/Porig0000' },
    });
  });
});

describe('Bluesky: the reply parent the feed carries, and quote embeds', () => {
  it('fills replies, quotes (with media), reposts of quotes; nothing for a missing parent or a blocked quote', async () => {
    const posts = byId(await readAll(await openHistory('bsky:snarky.bsky.social', testContext({ endpoints: { bsky: server.url } }))));
    expect(posts.get('3lctxreply001')).toMatchObject({
      text: 'again with this scam',
      context: {
        kind: 'reply',
        text: 'Our new flagship ships on Friday. Pre-orders open now!',
        author: 'phonebrand.example.com',
        url: 'https://bsky.app/profile/phonebrand.example.com/post/3lctxparent01',
      },
    });
    expect(posts.get('3lctxreply002')!.context).toBeUndefined();
    // A repost's text is the reposted post; its context is what that post quotes.
    expect(posts.get('repost:3lctxrepost01')).toMatchObject({
      text: 'lol, as if',
      isRepost: true,
      context: { kind: 'quote', text: 'Best battery life of any phone, guaranteed.', author: 'phonebrand.example.com' },
    });
    // A reply that also quotes: the quote, which the post shows, is its context.
    expect(posts.get('3lctxquote001')).toMatchObject({
      text: 'this company, honestly',
      repostOf: '@phonebrand.example.com',
      context: { kind: 'quote', text: 'We hear you: support wait times are down 40%.', url: 'https://bsky.app/profile/phonebrand.example.com/post/3lctxbrand003' },
    });
    const blocked = posts.get('3lctxquote002')!;
    expect(blocked.text).toBe("can't see it, but I can guess");
    expect(blocked.context).toBeUndefined();
  });
});

describe('Mastodon: quotes (4.4+), in boosts too; a reply parent is not fetched', () => {
  it('fills accepted quotes only, and asks for nothing more than the timeline', async () => {
    const posts = byId(await readAll(await openHistory('mastodon:@snarky@mastodon.example', testContext({ endpoints: { mastodon: server.url } }))));
    expect(posts.get('114100000000000001')).toMatchObject({
      text: 'this company, honestly',
      repostOf: '@phonebrand@brand.example',
      context: { kind: 'quote', text: 'Best battery life of any phone, guaranteed.', author: '@phonebrand@brand.example', url: 'https://brand.example/@phonebrand/114000000000000009' },
    });
    expect(posts.get('114090000000000002')).toMatchObject({ text: 'gone already, figures' });
    expect(posts.get('114090000000000002')!.context).toBeUndefined();
    expect(posts.get('114080000000000003')).toMatchObject({
      text: 'lol, as if',
      isRepost: true,
      repostOf: '@friend@other.example',
      context: { kind: 'quote', text: 'Support wait times are down 40%.', author: '@phonebrand@brand.example' },
    });
    // in_reply_to_id names the parent but a status does not carry its text; vet does not fetch it.
    expect(posts.get('114060000000000004')!.context).toBeUndefined();
    expect(server.requestsTo(/^\/api\/v1\/statuses\//)).toHaveLength(0);
  });
});

describe('X: referenced tweets from the includes expansion', () => {
  it('fills replied_to and quoted (the quote first), a retweeted original\'s quote, and cuts a long context', async () => {
    const ctx = testContext({ endpoints: { x: server.url }, env: { VET_X_BEARER_TOKEN: TOKEN } });
    const posts = byId(await readAll(await openHistory('x:@snarky', ctx)));
    expect(posts.get('1898000000000000001')).toMatchObject({
      text: '@phonebrand again with this scam',
      context: { kind: 'reply', text: 'Our new flagship ships on Friday. Pre-orders open now!', author: '@phonebrand', url: 'https://x.com/phonebrand/status/1897900000000000000' },
    });
    expect(posts.get('1897800000000000002')).toMatchObject({
      text: '@phonebrand this company, honestly https://t.co/q1w2e3',
      context: { kind: 'quote', text: 'Best battery life of any phone, guaranteed.', author: '@phonebrand' },
    });
    // The parent X could not find (an `errors` entry, nothing in includes): no context.
    expect(posts.get('1897700000000000003')!.context).toBeUndefined();
    expect(posts.get('1897500000000000004')).toMatchObject({
      text: 'lol, as if https://t.co/z9x8c7',
      isRepost: true,
      repostOf: '@friend',
      context: { kind: 'quote', text: 'Best battery life of any phone, guaranteed.' },
    });
    // A 5,000-character note tweet as context is cut to the cap, marked with "…".
    const long = posts.get('1897300000000000005')!.context!;
    expect(long).toMatchObject({ kind: 'reply', author: '@phonebrand' });
    expect(long.text).toHaveLength(CONTEXT_MAX_CHARS);
    expect(long.text.startsWith('Our statement on the recall, in full.')).toBe(true);
    expect(long.text.endsWith('…')).toBe(true);
  });
});
