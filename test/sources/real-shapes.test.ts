import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SourceError } from '../../src/errors.js';
import { noteText } from '../../src/report/codes.js';
import { openHistory } from '../../src/sources/index.js';
import type { VetReport } from '../../src/types.js';
import { startFixtureServer, type FixtureRoute, type FixtureServer } from '../helpers/fixture-server.js';
import { runInProcess } from '../helpers/in-process.js';
import { readAll, testContext } from './context.js';

/**
 * Issue 13: what the platforms really send. Every fixture body here is written for vet in the shape of the real
 * platforms' recorded answers (X v2 timelines, Atom/RSS feeds, Mastodon 4.4 quotes, Bluesky embed views,
 * m.weibo.cn containers with numbered pages and short dates, Weibo's refusals).
 */

const TOKEN = 'AAAAAAAAAAAAAAAAAAAAAshapesTestToken%2Fabc';
const getIndex = '/api/container/getIndex';
const profileOf = (uid: string, statuses?: number) => ({
  ok: 1,
  data: {
    userInfo: { id: Number(uid), screen_name: `user${uid}`, ...(statuses === undefined ? {} : { statuses_count: statuses }) },
    tabsInfo: { selectedTab: 1, tabs: [{ id: 2, tabKey: 'weibo', title: '微博', tab_type: 'weibo', containerid: `107603${uid}` }] },
  },
});
const profileQuery = (uid: string): FixtureRoute['query'] => ({ type: 'uid', value: uid, containerid: null });

let server: FixtureServer;
let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'vet-shapes-'));
  server = await startFixtureServer([
    // X
    { path: '/2/users/by/username/dealhunter', reply: { file: 'x/user-escapes.json' } },
    { path: '/2/users/1600000000000000002/tweets', reply: { file: 'x/tweets-escapes.json' } },
    // Feeds
    { path: '/atom.xml', reply: { file: 'rss/atom-typed.xml' } },
    { path: '/rss.xml', reply: { file: 'rss/rss-cdata-titles.xml' } },
    // Mastodon
    { path: '/api/v1/accounts/lookup', query: { acct: 'quoter@mastodon.example' }, reply: { file: 'mastodon/lookup-quoter.json' } },
    { path: '/api/v1/accounts/110000000000000042/statuses', reply: { file: 'mastodon/statuses-quotes.json' } },
    // Bluesky
    { path: '/xrpc/app.bsky.actor.getProfile', query: { actor: 'photo-critic.bsky.social' }, reply: { file: 'bsky/getProfile-embeds.json' } },
    { path: '/xrpc/app.bsky.feed.getAuthorFeed', query: { actor: 'did:plc:embedsembedsembedsembeds' }, reply: { file: 'bsky/getAuthorFeed-embeds.json' } },
    // Weibo: numbered pages (cardlistInfo.page, no since_id), short and relative dates.
    { path: getIndex, query: profileQuery('3030303030'), reply: { body: profileOf('3030303030') } },
    { path: getIndex, query: { containerid: '1076033030303030', page: null }, reply: { file: 'weibo/numbered-page-1.json' } },
    { path: getIndex, query: { containerid: '1076033030303030', page: '2' }, reply: { file: 'weibo/numbered-page-2.json' } },
    { path: getIndex, query: { containerid: '1076033030303030', page: '3' }, reply: { file: 'weibo/numbered-page-3.json' } },
    // Weibo: one page whose list counts 259 posts; the profile gives no count.
    { path: getIndex, query: profileQuery('3232323232'), reply: { body: profileOf('3232323232') } },
    { path: getIndex, query: { containerid: '1076033232323232' }, reply: { file: 'weibo/total-259-page.json' } },
    // Weibo refusals as sent: throttling inside ok:0, ok:-100 on the first timeline page, visitor pages as HTML 200.
    { path: getIndex, query: { value: '3434343434' }, reply: { file: 'weibo/ok-0-throttled.json' } },
    { path: getIndex, query: profileQuery('3535353535'), reply: { body: profileOf('3535353535', 40) } },
    { path: getIndex, query: { containerid: '1076033535353535' }, reply: { file: 'weibo/ok-minus-100.json' } },
    { path: getIndex, query: { value: '3636363636' }, reply: { file: 'weibo/ok-0-login.json' } },
    { path: '/n/访客页面', reply: { file: 'weibo/visitor-system.html' } },
    { path: '/n/被拦截', reply: { status: 432, body: '' } },
  ]);
});

afterAll(async () => {
  await server.close();
  await rm(work, { recursive: true, force: true });
});

const ctx = () => testContext({ endpoints: { x: server.url, bsky: server.url, mastodon: server.url, weibo: server.url }, env: { VET_X_BEARER_TOKEN: TOKEN } });

async function refusal(handle: string): Promise<SourceError> {
  try {
    await readAll(await openHistory(handle, ctx()));
  } catch (error) {
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).exitCode).toBe(3);
    return error as SourceError;
  }
  throw new Error(`expected ${handle} to be refused`);
}

describe('1. X: the three HTML escapes of tweet text are decoded, and only those', () => {
  it('decodes &amp; &lt; &gt; in text, note_tweet and quoted tweets; leaves other entities as typed', async () => {
    const posts = await readAll(await openHistory('x:@dealhunter', ctx()));
    expect(posts.map((p) => p.text)).toEqual([
      'Price check: phone & charger for <$500 > last year\'s deal. &quot;as is&quot; &amp; done',
      'Long take: support & repairs are slow, and the <warranty> page hides the fine print.',
      'this > that https://t.co/q1w2e3',
    ]);
    // The quoted tweet is the post's context, decoded the same way.
    expect(posts[2]!.context).toMatchObject({ kind: 'quote', text: 'Q&A tonight: fans & critics welcome', author: '@brandevents' });
  });
});

describe('2. Feeds: titles, summaries and content are decoded by their declared type', () => {
  it('Atom type="html" and type="xhtml" titles and content read as a person sees them; type="text" as written', async () => {
    const history = await openHistory(`rss:${server.url}/atom.xml`, ctx());
    const posts = await readAll(history);
    expect(history.subject.displayName).toBe('Tech & Gadgets blog');
    expect(posts.map((p) => p.text)).toEqual([
      'Security & Privacy: what the update changes\nFans & critics agree: the update is fine.',
      'Ads everywhere & nowhere to hide\nThe settings app shows ads & offers.\n\nSecond paragraph.',
      'Plain <title> stays as written\nText content with <angle brackets> kept.',
    ]);
  });

  it('RSS titles holding entities in CDATA, or escaped twice, are decoded', async () => {
    const history = await openHistory(`rss:${server.url}/rss.xml`, ctx());
    const posts = await readAll(history);
    expect(history.subject.displayName).toBe('Phones & Co.');
    expect(posts.map((p) => p.text.split('\n')[0])).toEqual(['Google\'s new phone: "meh" & overpriced', 'Apple\'s event & what we expect']);
  });
});

describe('3. Mastodon 4.4 quotes: the quote appears once', () => {
  it('drops the server\'s "RE: <url>" fallback when the status carries its quote, and keeps it when it does not', async () => {
    const posts = await readAll(await openHistory('mastodon:@quoter@mastodon.example', ctx()));
    expect(posts[0]).toMatchObject({
      text: 'exactly what I said last week',
      repostOf: '@bob@other.example',
      context: { kind: 'quote', text: 'the new phone\'s ads are unbearable', author: '@bob@other.example' },
    });
    // The quoted post was deleted (quote.state "deleted", no quoted_status): the fallback link is all there is.
    expect(posts[1]!.text).toBe('RE: https://gone.example/@carol/113980000000000009\n\nquoting a post that was since deleted');
  });
});

describe('4. Bluesky: alt text and link cards are read, and say where the words came from', () => {
  it('reads image alt text (an image-only post is not empty), cards\' title and description, and media beside a quote', async () => {
    const posts = await readAll(await openHistory('bsky:photo-critic.bsky.social', ctx()));
    const [image, card, withMedia] = posts;
    expect(posts).toHaveLength(4);
    expect(image).toMatchObject({ text: 'A protest sign that reads: Boycott Apple', segments: [{ from: 'alt', start: 0, end: 40 }] });
    expect(card!.text).toBe('worth a read\nWhy everyone should boycott Apple this year\nA long rant about prices and repairs.');
    expect(card!.segments).toEqual([{ from: 'card', start: 13, end: card!.text.length }]);
    expect(withMedia!.text).toBe('this, with a picture\nscreenshot of the settings app full of ads');
    expect(withMedia!.context).toMatchObject({ kind: 'quote', text: 'phone makers keep adding ads' });
    expect(withMedia!.segments).toEqual([{ from: 'alt', start: 21, end: 63 }]);
    expect(withMedia!.repostOf).toBe('@ads-watch.bsky.social');
  });

  it('a finding in alt text or a card says so in the report (`from`)', async () => {
    const run = await runInProcess(['bsky:photo-critic.bsky.social', '--endpoint', `bsky=${server.url}`, '--brand', 'apple', '--format', 'json', '--no-cache'], {
      cwd: work,
      env: { PATH: process.env.PATH, HOME: work, VET_NOW: '2025-03-10T04:00:00Z', VET_HTTP_MIN_INTERVAL_MS: '0' },
    });
    expect([0, 1], run.stderr).toContain(run.code);
    const report = JSON.parse(run.stdout) as VetReport;
    const byPost = Object.fromEntries(report.findings.map((f) => [f.postId, f.from ?? 'body']));
    expect(byPost).toMatchObject({ '3lkimgonly0001': 'alt', '3lkcard000002': 'card' });
  });

  it('an exported history keeps the segments, so re-vetting it with --from says the same', async () => {
    const env = { PATH: process.env.PATH, HOME: work, VET_NOW: '2025-03-10T04:00:00Z', VET_HTTP_MIN_INTERVAL_MS: '0' };
    const exported = await runInProcess(['export', 'bsky:photo-critic.bsky.social', '--endpoint', `bsky=${server.url}`, '--output', 'photo.jsonl', '--no-cache'], { cwd: work, env });
    expect(exported.code, exported.stderr).toBe(0);
    const run = await runInProcess(['--from', 'photo.jsonl', '--brand', 'apple', '--format', 'json'], { cwd: work, env });
    const report = JSON.parse(run.stdout) as VetReport;
    expect(Object.fromEntries(report.findings.map((f) => [f.postId, f.from ?? 'body']))).toMatchObject({ '3lkimgonly0001': 'alt', '3lkcard000002': 'card' });
  });
});

describe('Context read beside alt text: a reply answering the brand', () => {
  it('a reply whose own words name no brand is judged with what it answers (the engine reads the context)', async () => {
    const run = await runInProcess(['bsky:photo-critic.bsky.social', '--endpoint', `bsky=${server.url}`, '--brand', 'apple', '--format', 'json', '--no-cache'], {
      cwd: work,
      env: { PATH: process.env.PATH, HOME: work, VET_NOW: '2025-03-10T04:00:00Z', VET_HTTP_MIN_INTERVAL_MS: '0' },
    });
    const report = JSON.parse(run.stdout) as VetReport;
    expect(report.findings.filter((f) => f.postId === '3lkreply00004').map((f) => f.targetFrom)).toContain('context');
  });
});

describe('5. Weibo mobile, numbered pages and the list total', () => {
  it('follows cardlistInfo.page when there is no since_id, to the end', async () => {
    const history = await openHistory('weibo:3030303030', ctx());
    const posts = await readAll(history);
    expect(posts.map((p) => p.id)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08'].map((n) => `43879333626234${n}`));
    expect(server.requestsTo(getIndex).filter((r) => r.query.containerid === '1076033030303030').map((r) => r.query.page ?? null)).toEqual([null, '2', '3']);
    expect(history.coverage.partial).toBe(false);
  });

  it('compares what was read with cardlistInfo.total: 3 read of 259 is a partial history', async () => {
    const history = await openHistory('weibo:3232323232', ctx());
    expect(await readAll(history)).toHaveLength(3);
    expect(history.coverage.partial).toBe(true);
    expect(noteText(history.coverage.notes[0]!)).toMatch(/did not show the whole history; the profile counts 259 posts and 3 were shown/);
  });
});

describe('6. Weibo short and relative dates', () => {
  it('dates "MM-DD" later than today in the previous year, and says in coverage that dates were inferred', async () => {
    // The clock: 2025-03-10 12:00 in Beijing.
    const history = await openHistory('weibo:3030303030', ctx());
    const posts = await readAll(history);
    expect(posts.slice(0, 5).map((p) => p.createdAt)).toEqual([
      '2025-03-09T21:00:00+08:00', // 15小时前
      '2025-03-09T12:30:00+08:00', // 昨天 12:30
      '2024-03-11T00:00:00+08:00', // 03-11: tomorrow's date, so last year
      '2025-02-20T00:00:00+08:00', // 02-20
      '2024-12-31T00:00:00+08:00', // a full date is not inferred
    ]);
    expect(history.coverage.notes.map(noteText)).toContain(
      '4 Weibo posts were dated only in a short or relative form ("15小时前", "昨天 12:30", "06-14"); vet worked the dates out from the time of reading (a month and day later than today is taken as last year)',
    );
  });
});

describe('7. Weibo refusals as Weibo sends them: one clear message, exit 3', () => {
  it('throttling inside ok:0 (errno 100005) is a rate limit, not "no such user"', async () => {
    const e = await refusal('weibo:3434343434');
    expect(e.message).toBe('weibo: Weibo is limiting requests ("请求过于频繁,歇歇吧")');
    expect(e.hint).toMatch(/wait a few minutes/);
  });

  it('ok:0 asking for a login is a refusal with the cookie hint', async () => {
    const e = await refusal('weibo:3636363636');
    expect(e.message).toMatch(/asks for a login or a visitor check before it shows this \("请先登录"\)/);
    expect(e.hint).toMatch(/VET_WEIBO_COOKIE/);
  });

  it('ok:-100 on the first timeline page is a refusal, not an empty history', async () => {
    const e = await refusal('weibo:3535353535');
    expect(e.message).toMatch(/asks for a login or a visitor check before it shows this \(ok:-100\)/);
  });

  it('the visitor page served as HTML with status 200, or HTTP 432, while looking up a name is a refusal, not "no such user"', { timeout: 30_000 }, async () => {
    const visitor = await refusal('weibo:@访客页面');
    expect(visitor.message).toBe('weibo: Weibo answered with its visitor or login page ("Sina Visitor System") instead of the profile');
    expect(visitor.hint).toMatch(/VET_WEIBO_COOKIE/);
    const blocked = await refusal('weibo:@被拦截');
    expect(blocked.message).toMatch(/HTTP 432/);
  });
});
