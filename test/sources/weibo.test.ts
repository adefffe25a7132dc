import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SourceError } from '../../src/errors.js';
import { openHistory } from '../../src/sources/index.js';
import { fixtureJson, startFixtureServer, type FixtureRoute, type FixtureServer } from '../helpers/fixture-server.js';
import { readAll, testContext } from './context.js';
import { noteText } from '../../src/report/codes.js';

const COOKIE = 'SUB=_2A25Lsecretcookievalue123; SUBP=0033WrSXqPxfM725Ws9jqgMF55529P9D9W5secret';

/** A profile document for `uid` whose weibo tab is container 107603{uid}. */
function profileFor(uid: string, statuses = 10) {
  const doc = fixtureJson<{ data: { userInfo: Record<string, unknown>; tabsInfo: { tabs: Array<Record<string, unknown>> } } }>('weibo/profile.json');
  doc.data.userInfo.id = Number(uid);
  doc.data.userInfo.statuses_count = statuses;
  for (const tab of doc.data.tabsInfo.tabs) if (tab.tab_type === 'weibo') tab.containerid = `107603${uid}`;
  return doc;
}

const profile = (uid: string): FixtureRoute['query'] => ({ type: 'uid', value: uid, containerid: null });
const timeline = (uid: string, sinceId: string | null): FixtureRoute['query'] => ({ containerid: `107603${uid}`, since_id: sinceId });

let mobile: FixtureServer;
let web: FixtureServer;
let expiredWeb: FixtureServer;

beforeAll(async () => {
  const getIndex = '/api/container/getIndex';
  mobile = await startFixtureServer([
    // The main account: three pages to the end, one long post.
    { path: getIndex, query: profile('1234567890'), reply: { file: 'weibo/profile.json' } },
    { path: getIndex, query: timeline('1234567890', null), reply: { file: 'weibo/timeline-1.json' } },
    { path: getIndex, query: timeline('1234567890', '5011900000000003'), reply: { file: 'weibo/timeline-2.json' } },
    { path: getIndex, query: timeline('1234567890', '5011500000000006'), reply: { file: 'weibo/timeline-3.json' } },
    { path: '/statuses/extend', query: { id: '5012345678905678' }, reply: { file: 'weibo/extend.json' } },
    // Screen names: Weibo holds the simplified form.
    { path: '/n/万能的大熊', reply: { status: 302, headers: { location: '/u/1234567890' } } },
    { path: /^\/n\//, reply: { file: 'weibo/user-not-found.html' } },
    // Hidden older posts: the profile counts 5210, the visitor sees 2 and a visibility notice.
    { path: getIndex, query: profile('2222222222'), reply: { file: 'weibo/hidden-profile.json' } },
    { path: getIndex, query: timeline('2222222222', null), reply: { file: 'weibo/hidden-timeline.json' } },
    // Refusals.
    { path: getIndex, query: { value: '3333333333' }, reply: { status: 432, body: '' } },
    { path: getIndex, query: { value: '4444444444' }, reply: { file: 'weibo/ok-minus-100.json' } },
    { path: getIndex, query: { value: '7777777777' }, reply: { file: 'weibo/captcha.json' } },
    { path: getIndex, query: { value: '8888888888' }, reply: { file: 'weibo/login-page.html' } },
    { path: getIndex, query: { value: '9999999999' }, reply: { file: 'weibo/ok-0-empty.json' } },
    { path: getIndex, query: { value: '1212121212', containerid: null }, reply: { status: 302, headers: { location: 'https://passport.weibo.com/visitor/visitor?entry=miniblog' } } },
    // Every post hidden: the profile counts 5210, the timeline answers "nothing here".
    { path: getIndex, query: profile('1313131313'), reply: { body: profileFor('1313131313', 5210) } },
    { path: getIndex, query: timeline('1313131313', null), reply: { file: 'weibo/ok-0-empty.json' } },
    // Rate limiting: 429 with Retry-After, then 418 (Weibo's "too fast"), then the page.
    { path: getIndex, query: profile('5555555555'), reply: [{ status: 429, headers: { 'retry-after': '0' } }, { status: 418 }, { body: profileFor('5555555555', 3) }] },
    { path: getIndex, query: timeline('5555555555', null), reply: { file: 'weibo/timeline-3.json' } },
    // A wall after the first page: the history is partial, not an error.
    { path: getIndex, query: profile('6666666666'), reply: { body: profileFor('6666666666') } },
    { path: getIndex, query: timeline('6666666666', null), reply: { file: 'weibo/timeline-1.json' } },
    { path: getIndex, query: { containerid: '1076036666666666' }, reply: { status: 432 } },
    { path: '/statuses/extend', reply: { file: 'weibo/extend.json' } },
  ]);

  web = await startFixtureServer([
    { path: '/ajax/profile/info', query: { screen_name: '万能的大熊' }, reply: { file: 'weibo-web/profile-info.json' } },
    { path: '/ajax/profile/info', query: { screen_name: '萬能的大熊' }, reply: { body: { ok: 0, msg: '用户不存在' } } },
    { path: '/ajax/profile/info', query: { uid: '1234567890' }, reply: { file: 'weibo-web/profile-info.json' } },
    { path: '/ajax/statuses/mymblog', query: { uid: '1234567890', page: '1', since_id: null }, reply: { file: 'weibo-web/mymblog-1.json' } },
    { path: '/ajax/statuses/mymblog', query: { uid: '1234567890', page: '2', since_id: '5012345678905678kp1' }, reply: { file: 'weibo-web/mymblog-2.json' } },
    { path: '/ajax/statuses/mymblog', query: { uid: '1234567890', page: '3' }, reply: { file: 'weibo-web/mymblog-end.json' } },
    { path: '/ajax/statuses/longtext', query: { id: 'Pweb00101' }, reply: { file: 'weibo-web/longtext.json' } },
  ]);
  expiredWeb = await startFixtureServer([{ path: /^\/ajax\//, reply: { file: 'weibo-web/not-logged-in.json' } }]);
});

afterAll(async () => {
  await Promise.all([mobile.close(), web.close(), expiredWeb.close()]);
});

const ctxFor = (overrides: Parameters<typeof testContext>[0] = {}) => testContext({ endpoints: { weibo: mobile.url }, ...overrides });

async function refusal(handle: string, ctx = ctxFor()): Promise<SourceError> {
  try {
    await readAll(await openHistory(handle, ctx));
  } catch (error) {
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).exitCode).toBe(3);
    return error as SourceError;
  }
  throw new Error('expected a refusal');
}

describe('Weibo, anonymous mobile API', () => {
  it('pages through since_id to the end, expanding long text and keeping pinned and reposted posts', async () => {
    const ctx = ctxFor();
    const history = await openHistory('weibo:1234567890', ctx);
    expect(history.subject).toEqual({ handle: 'weibo:1234567890', platform: 'weibo', displayName: '万能的大熊' });
    const posts = await readAll(history);
    expect(posts.map((p) => p.id)).toEqual([
      '4645000000000001', '5013100000000001', '5013000000000002', '5012345678905678', '5012000000000002',
      '5011900000000003', '5011800000000004', '5011600000000005', '5011500000000006', '5008000000000007',
    ]);
    const long = posts.find((p) => p.id === '5012345678905678')!;
    expect(long.text).toBe('小米新机续航测试，说实话[doge] 续航表现一般，充电倒是很快。\n完整测评结论：系统里的广告太多，这点必须吐槽。');
    expect(posts.find((p) => p.id === '5011800000000004')).toMatchObject({ isRepost: true, repostOf: '@数码君' });
    for (const post of posts) {
      expect(post.platform).toBe('weibo');
      expect(post.url).toMatch(/^https:\/\/weibo\.com\/1234567890\/\w+$/);
      expect(post.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
    }
    expect(history.coverage).toEqual({
      postsRead: 10,
      partial: false,
      notes: [{ code: 'dates-inferred', args: { source: 'Weibo', posts: 3 } }, { code: 'date-range', args: { source: 'Weibo', posts: 10, from: '2021-06-12', to: '2025-03-10' } }],
    });
    expect(history.coverage.notes.map(noteText)).toEqual([
      '3 Weibo posts were dated only in a short or relative form ("15小时前", "昨天 12:30", "06-14"); vet worked the dates out from the time of reading (a month and day later than today is taken as last year)',
      'read 10 Weibo posts dated 2021-06-12 to 2025-03-10',
    ]);
    // Mobile-API headers, and the real site as Referer.
    const first = mobile.requestsTo('/api/container/getIndex')[0]!;
    expect(first.headers['mweibo-pwa']).toBe('1');
    expect(first.headers['user-agent']).toMatch(/^vet\//);
  });

  it('stops at --since (a pinned old post does not end the window) without reading further pages', async () => {
    const before = mobile.requests.length;
    const history = await openHistory('weibo:1234567890', ctxFor({ since: new Date('2025-03-01T00:00:00+08:00') }));
    const posts = await readAll(history);
    expect(posts.map((p) => p.id)).toEqual(['5013100000000001', '5013000000000002', '5012345678905678', '5012000000000002', '5011900000000003']);
    expect(history.coverage.partial).toBe(false);
    const asked = mobile.requests.slice(before).map((r) => r.query.since_id).filter(Boolean);
    expect(asked).toEqual(['5011900000000003']);
  });

  it('stops at --limit and says the history is partial', async () => {
    const history = await openHistory('weibo:1234567890', ctxFor({ limit: 4 }));
    expect(await readAll(history)).toHaveLength(4);
    expect(history.coverage.partial).toBe(true);
    expect(noteText(history.coverage.notes[0]!)).toMatch(/stopped after --limit 4 posts/);
  });

  it('resolves a screen name, trying the other script', async () => {
    const before = mobile.requestsTo(/^\/n\//).length;
    const history = await openHistory('weibo:@萬能的大熊', ctxFor());
    expect(history.subject.handle).toBe('weibo:1234567890');
    expect(mobile.requestsTo(/^\/n\//).slice(before).map((r) => r.path)).toEqual(['/n/萬能的大熊', '/n/万能的大熊']);
  });

  it('says so when no user has the name', async () => {
    const e = await refusal('weibo:@没有这个人');
    expect(e.message).toMatch(/no Weibo user is named "没有这个人" \(also tried "沒有這個人"\)/);
    expect(e.hint).toMatch(/weibo:<uid>/);
  });

  it('says so when the uid does not exist (ok:0)', async () => {
    const e = await refusal('weibo:9999999999');
    expect(e.message).toMatch(/Weibo has no user with uid 9999999999/);
  });

  it('marks hidden older posts as partial coverage', async () => {
    const history = await openHistory('weibo:2222222222', ctxFor());
    expect(await readAll(history)).toHaveLength(2);
    expect(history.coverage.partial).toBe(true);
    expect(noteText(history.coverage.notes[0]!)).toMatch(/did not show the whole history \(the author limits who sees older posts\); the profile counts 5,210 posts and 2 were shown\. Set VET_WEIBO_COOKIE/);
  });

  it('refuses to call a history empty when the profile counts posts but none are shown', async () => {
    const e = await refusal('weibo:1313131313');
    expect(e.message).toBe('weibo: Weibo showed none of the 5210 posts its profile counts for uid 1313131313 to an anonymous reader');
    expect(e.hint).toMatch(/VET_WEIBO_COOKIE/);
  });

  it('waits out 429 (Retry-After) and 418, then reads', async () => {
    const history = await openHistory('weibo:5555555555', ctxFor());
    expect(await readAll(history)).toHaveLength(1);
    expect(mobile.requestsTo('/api/container/getIndex').filter((r) => r.query.value === '5555555555' && !r.query.containerid)).toHaveLength(3);
  });

  it('turns the login walls into one clear message (exit 3)', async () => {
    const e432 = await refusal('weibo:3333333333');
    expect(e432.message).toBe('weibo: Weibo refused the request (HTTP 432): it blocks readers without visitor or login cookies');
    expect(e432.hint).toMatch(/VET_WEIBO_COOKIE.*--from <file>/);
    expect((await refusal('weibo:4444444444')).message).toMatch(/asks for a login or a visitor check before it shows this \(ok:-100\)/);
    expect((await refusal('weibo:7777777777')).message).toMatch(/captcha or verification page/);
    expect((await refusal('weibo:8888888888')).message).toMatch(/answered with a web page .* where data was expected/);
    expect((await refusal('weibo:1212121212')).message).toMatch(/redirected to its login or visitor page \(passport\.weibo\.com\)/);
  });

  it('keeps what it read when a wall comes up mid-history, and says the history is partial', async () => {
    const history = await openHistory('weibo:6666666666', ctxFor());
    const posts = await readAll(history);
    expect(posts).toHaveLength(6);
    expect(history.coverage.partial).toBe(true);
    expect(noteText(history.coverage.notes[0]!)).toMatch(/^Weibo stopped answering after 6 posts, so older posts were not read: Weibo refused the request \(HTTP 432\)/);
  });

  it('rejects a malformed handle as a usage error', async () => {
    await expect(openHistory('weibo:not-a-uid', ctxFor())).rejects.toMatchObject({ exitCode: 2 });
  });
});

describe('Weibo with a login cookie (weibo.com/ajax)', () => {
  it('reads the fuller history, expanding long text, and sends the cookie to weibo.com only', async () => {
    const ctx = ctxFor({ endpoints: { weibo: mobile.url, 'weibo-web': web.url }, env: { VET_WEIBO_COOKIE: COOKIE } });
    const mobileBefore = mobile.requests.length;
    const history = await openHistory('weibo:@萬能的大熊', ctx);
    const posts = await readAll(history);
    expect(history.subject).toEqual({ handle: 'weibo:1234567890', platform: 'weibo', displayName: '万能的大熊' });
    expect(posts.map((p) => p.id)).toEqual(['5013000000000101', '5012900000000102', '5011000000000103', '5010000000000104']);
    expect(posts[0]!.text).toBe('长文：一加和小米这代怎么选？先说结论：看重影像选小米，看重系统选一加。\n详细对比见下文，欢迎讨论。');
    expect(posts[1]).toMatchObject({ isRepost: true, repostOf: '@路人甲', url: 'https://weibo.com/1234567890/Pweb00102' });
    expect(history.coverage.partial).toBe(false);
    expect(web.requests.every((r) => r.headers.cookie === COOKIE)).toBe(true);
    expect(web.requests[0]!.headers['x-requested-with']).toBe('XMLHttpRequest');
    expect(mobile.requests.slice(mobileBefore)).toHaveLength(0);
    expect(ctx.logs.join('\n')).not.toContain('secret');
  });

  it('says the cookie expired when weibo.com answers ok:-100', async () => {
    const ctx = ctxFor({ endpoints: { 'weibo-web': expiredWeb.url }, env: { VET_WEIBO_COOKIE: COOKIE } });
    const e = await refusal('weibo:1234567890', ctx);
    expect(e.message).toMatch(/asks for a login or a visitor check/);
    expect(e.hint).toMatch(/may have expired.*fresh Cookie header/);
    expect(`${e.message} ${e.hint}`).not.toContain('secret');
  });

  it('refuses a cookie with line breaks', async () => {
    await expect(openHistory('weibo:1234567890', ctxFor({ env: { VET_WEIBO_COOKIE: 'SUB=a\nInjected: b' } }))).rejects.toMatchObject({ exitCode: 2 });
  });
});
