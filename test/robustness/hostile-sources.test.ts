import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VetReport } from '../../src/types.js';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.js';
import { everything, expectCleanFailure, expectNoSecret as expectNoSecretIn, filesUnder, requireBuild, vet, vetInProcess, workDir } from './helpers.js';

/**
 * Issue 17, items 4, 5, 8 and 10: what a hostile server (or a hostile post) tried against the source adapters.
 * - secrets echoed back (an X errors document quoting the Authorization header, a post quoting the cookie) are
 *   redacted in every message, report, batch line, cache entry and bundle; ids from a response stay one path segment;
 * - markup nested tens of thousands deep is read (or refused) cleanly, and in `vet check` one broken influencer is
 *   one error entry, never the whole run;
 * - a feed's redirects and next pages stay on its origin (scheme, host and port);
 * - ids past 2^53 sent as JSON numbers stay distinct; a repeated id with other text is noted in coverage.
 */

const T = { timeout: 60_000 };
const TOKEN = 'AAAAAAAAAAAAAAAAAAAAAhostileEchoToken%2Fq9w8e7r6';
const COOKIE = 'SUB=_2A25LhostileCookieValue9876543210; SUBP=0033WrSXqPxfM725Ws9jqgMF55529P9D9W5hostilePart';
const SECRETS = [TOKEN, 'hostileEchoToken', '_2A25LhostileCookieValue9876543210', '0033WrSXqPxfM725Ws9jqgMF55529P9D9W5hostilePart'];
const DEPTH_HTML = 50_000;
const DEPTH_CARDS = 60_000;

let work: string;
let x: FixtureServer;
let web: FixtureServer;
let deep: FixtureServer;
let feeds: FixtureServer;
let elsewhere: FixtureServer;

const xUser = (id: unknown, username: string) => ({ data: { id, name: username, username, protected: false, public_metrics: { tweet_count: 2 } } });
const tweet = (id: unknown, text: string, day: number) => ({ id, text, created_at: `2025-03-0${day}T10:00:00.000Z`, author_id: '1' });

beforeAll(async () => {
  requireBuild();
  work = await workDir('hostile-sources');
  elsewhere = await startFixtureServer([{ path: /.*/, reply: { body: '<?xml version="1.0"?><rss version="2.0"><channel><title>elsewhere</title><item><title>Boycott Apple now</title><guid>e1</guid></item></channel></rss>', headers: { 'content-type': 'application/rss+xml' } } }]);
  x = await startFixtureServer([
    // An errors document (HTTP 200, no data) quoting the request's Authorization header back.
    { path: '/2/users/by/username/echoer', reply: (req) => ({ body: { errors: [{ value: 'echoer', detail: `Could not find user with username: [echoer]. Request carried ${req.headers.authorization}`, title: 'Not Found Error', resource_type: 'user', parameter: 'username', type: 'https://api.twitter.com/2/problems/resource-not-found' }] } }) },
    // A user id that would climb out of /2/users/ if put into the path as is.
    { path: '/2/users/by/username/climber', reply: { body: xUser('1/../../../admin', 'climber') } },
    { path: /^\/2\/users\/1\/\.\.\/\.\.\/\.\.\/admin\/tweets$/, reply: { body: { data: [tweet('1897000000000000001', 'fine', 5)], meta: { result_count: 1 } } } },
    // Ids past 2^53 as JSON numbers (written raw below), and one id sent twice with different text.
    { path: '/2/users/by/username/bigids', reply: { body: xUser('1700000000000000001', 'bigids') } },
    {
      path: '/2/users/1700000000000000001/tweets',
      reply: {
        body:
          '{"data":[{"id":1897000000000000011,"text":"new phone day, all good","created_at":"2025-03-05T10:00:00.000Z"},' +
          '{"id":1897000000000000012,"text":"Boycott Apple, their fans are brainwashed idiots","created_at":"2025-03-04T10:00:00.000Z"},' +
          '{"id":"1897000000000000013","text":"first words","created_at":"2025-03-03T10:00:00.000Z"},' +
          '{"id":"1897000000000000013","text":"other words under the same id","created_at":"2025-03-03T10:00:00.000Z"}],"meta":{"result_count":4}}',
        headers: { 'content-type': 'application/json' },
      },
    },
  ]);
  web = await startFixtureServer([
    { path: '/ajax/profile/info', reply: { file: 'weibo-web/profile-info.json' } },
    // A post whose text quotes the cookie it was asked with.
    {
      path: '/ajax/statuses/mymblog',
      query: { page: '1' },
      reply: (req) => ({
        body: { ok: 1, data: { since_id: '', total: 1, list: [{ created_at: 'Sat Mar 08 22:10:00 +0800 2025', id: 5013000000000201, idstr: '5013000000000201', mblogid: 'Pecho0001', user: { id: 1234567890, idstr: '1234567890', screen_name: '万能的大熊' }, text_raw: `看看我的cookie: ${req.headers.cookie}`, isLongText: false, mblogtype: 0 }] } },
      }),
    },
    { path: '/ajax/statuses/mymblog', reply: { body: { ok: 1, data: { since_id: '', list: [] } } } },
  ]);
  const nestedHtml = `${'<div>'.repeat(DEPTH_HTML)}xiaomi fans are brainwashed idiots${'</div>'.repeat(DEPTH_HTML)}`;
  const nestedCards = `${'{"card_type":11,"card_group":['.repeat(DEPTH_CARDS)}${']}'.repeat(DEPTH_CARDS)}`;
  deep = await startFixtureServer([
    { path: '/api/v1/accounts/lookup', reply: { body: { id: '109000000000000001', username: 'deep', acct: 'deep', display_name: 'Deep', statuses_count: 1 } } },
    {
      path: '/api/v1/accounts/109000000000000001/statuses',
      reply: { body: [{ id: '114100000000000001', created_at: '2025-03-05T10:00:00.000Z', spoiler_text: '', visibility: 'public', uri: 'https://deep.example/1', url: 'https://deep.example/@deep/1', content: nestedHtml, reblog: null, quote: null, account: { id: '109000000000000001', acct: 'deep' } }] },
    },
    { path: '/api/container/getIndex', query: { containerid: null }, reply: { body: { ok: 1, data: { userInfo: { id: 3939393939, screen_name: '套娃', statuses_count: 1 }, tabsInfo: { tabs: [{ tab_type: 'weibo', containerid: '1076033939393939' }] } } } } },
    {
      path: '/api/container/getIndex',
      query: { containerid: '1076033939393939' },
      reply: { body: `{"ok":1,"data":{"cardlistInfo":{"containerid":"1076033939393939","total":1},"cards":[{"card_type":9,"mblog":{"id":"5013000000000301","created_at":"Tue Mar 04 21:15:02 +0800 2025","text":"米粉都是脑残","user":{"id":3939393939,"screen_name":"套娃"},"bid":"Pdeep0001"}},${nestedCards}]}}`, headers: { 'content-type': 'application/json' } },
    },
    { path: '/feed.xml', reply: { body: `<?xml version="1.0"?><rss version="2.0"><channel><title>deep</title>${'<x>'.repeat(DEPTH_HTML)}${'</x>'.repeat(DEPTH_HTML)}</channel></rss>`, headers: { 'content-type': 'application/rss+xml' } } },
  ]);
  feeds = await startFixtureServer([
    { path: '/feed.json', reply: { body: { version: 'https://jsonfeed.org/version/1.1', title: 'Paged', items: [{ id: 'p1', content_text: 'page one, nothing to see', date_published: '2025-03-05T10:00:00Z' }], next_url: `${elsewhere.url}/feed-2.json` } } },
    { path: '/moved.xml', reply: { status: 302, headers: { location: `${elsewhere.url}/feed.xml` } } },
  ]);
});

afterAll(async () => {
  await Promise.all([x?.close(), web?.close(), deep?.close(), feeds?.close(), elsewhere?.close()]);
  if (work) await rm(work, { recursive: true, force: true });
});

const expectNoSecret = (text: string): void => expectNoSecretIn(text, SECRETS);

describe('17.4 secrets echoed back are redacted everywhere; ids stay one path segment', () => {
  it('an X errors document quoting the bearer token: redacted on stderr and in the batch JSON line', T, async () => {
    const run = await vet(['x:@echoer', '--endpoint', `x=${x.url}`, '--brand', 'apple', '--no-cache', '--verbose'], { cwd: work, env: { VET_X_BEARER_TOKEN: TOKEN } });
    expectCleanFailure(run, 3);
    expect(run.stderr).toMatch(/X has no user @echoer \(Could not find user with username: \[echoer\]\. Request carried \[redacted\]\)/);
    expectNoSecret(await everything(run));

    await writeFile(join(work, 'roster.txt'), 'x:@echoer\n');
    const out = join(work, 'batch-out');
    const batch = await vetInProcess(['batch', 'roster.txt', '--brand', 'apple', '--endpoint', `x=${x.url}`, '--output', join(out, 'results.jsonl'), '--quiet', '--no-cache'], {
      cwd: work,
      env: { VET_X_BEARER_TOKEN: TOKEN },
    });
    const line = JSON.parse((await readFile(join(out, 'results.jsonl'), 'utf8')).trim().split('\n')[0]!) as { error: { code: string; message: string } };
    expect(line.error.message).toMatch(/Request carried \[redacted\]/);
    expectNoSecret(await everything(batch, out));
  });

  it('a post quoting the login cookie: redacted in the report, the cache and the evidence bundle', T, async () => {
    const cache = join(work, 'cache-echo');
    const bundle = join(work, 'bundle-echo');
    const run = await vetInProcess(['weibo:1234567890', '--endpoint', `weibo-web=${web.url}`, '--brand', 'xiaomi', '--format', 'json', '--save', bundle], {
      cwd: work,
      env: { VET_WEIBO_COOKIE: COOKIE, VET_CACHE_DIR: cache },
    });
    expect([0, 1], run.stderr).toContain(run.code);
    expect((await filesUnder(cache)).length).toBeGreaterThan(0);
    expect(await readFile(join(bundle, 'history.jsonl'), 'utf8')).toContain('看看我的cookie: [redacted]');
    expectNoSecret(await everything(run, cache, bundle));
  });

  it('an X user id from the response is encoded into the path: it cannot climb out of /2/users/', T, async () => {
    const run = await vetInProcess(['x:@climber', '--endpoint', `x=${x.url}`, '--brand', 'apple', '--no-cache'], { cwd: work, env: { VET_X_BEARER_TOKEN: TOKEN } });
    const asked = x.requests.filter((r) => r.url.includes('tweets'));
    expect(asked.length, run.stderr).toBeGreaterThan(0);
    for (const r of asked) expect(r.url).toMatch(/^\/2\/users\/1%2F\.\.%2F\.\.%2F\.\.%2Fadmin\/tweets\?/);
    expect(x.requests.filter((r) => r.path.startsWith('/admin'))).toHaveLength(0);
  });
});

describe('17.5 deep nesting never crashes a run; in vet check one failing influencer is one entry', () => {
  it('Mastodon HTML nested 50,000 deep is read: its hostile words are found', T, async () => {
    const run = await vet(['mastodon:@deep@deep.example', '--endpoint', `mastodon=${deep.url}`, '--brand', 'xiaomi', '--format', 'json', '--no-cache'], { cwd: work });
    expect([0, 1], run.stderr).toContain(run.code);
    const report = JSON.parse(run.stdout) as VetReport;
    expect(report.findings.map((f) => f.postId)).toContain('114100000000000001');
  });

  it('Weibo cards nested 60,000 deep are read without a crash; a feed nested 50,000 deep is refused cleanly (exit 3)', T, async () => {
    const weibo = await vetInProcess(['weibo:3939393939', '--endpoint', `weibo=${deep.url}`, '--brand', 'xiaomi', '--format', 'json', '--no-cache'], { cwd: work });
    expect([0, 1], weibo.stderr).toContain(weibo.code);
    expect((JSON.parse(weibo.stdout) as VetReport).findings.map((f) => f.postId)).toContain('5013000000000301');
    const feed = await vetInProcess([`rss:${deep.url}/feed.xml`, '--brand', 'xiaomi', '--no-cache'], { cwd: work });
    expectCleanFailure(feed, 3);
    expect(feed.stderr).toMatch(/nested more than 500 levels deep/);
  });

  it('vet check with the deep influencers and an unreachable one still reports every influencer, one entry each', T, async () => {
    await writeFile(join(work, 'history.jsonl'), '{"id":"1","text":"小米新机还不错","createdAt":"2025-03-01T00:00:00Z"}\n');
    await writeFile(
      join(work, 'deep.yaml'),
      [
        'brand: xiaomi',
        'influencers:',
        '  - name: Deep Mastodon',
        '    handles: [mastodon:@deep@deep.example]',
        '  - name: Deep Weibo',
        '    handles: [weibo:3939393939]',
        '  - name: Unreachable',
        '    handles: [rss:http://127.0.0.1:9/feed.xml]',
        '  - name: Saved',
        '    from: history.jsonl',
        '',
      ].join('\n'),
    );
    const out = join(work, 'check.json');
    const run = await vet(['check', 'deep.yaml', '--format', 'json', '-o', out, '--endpoint', `mastodon=${deep.url}`, '--endpoint', `weibo=${deep.url}`, '--no-cache'], { cwd: work, env: { VET_HTTP_RETRIES: '0' } });
    expect(run.code, run.stderr).toBe(3);
    const doc = JSON.parse(await readFile(out, 'utf8')) as { proposals: Array<{ influencers: Array<{ name: string; report?: VetReport; error?: { message: string } }> }> };
    const entries = doc.proposals[0]!.influencers;
    expect(entries.map((e) => [e.name, e.report ? 'report' : 'error'])).toEqual([
      ['Deep Mastodon', 'report'],
      ['Deep Weibo', 'report'],
      ['Unreachable', 'error'],
      ['Saved', 'report'],
    ]);
    expect(entries[0]!.report!.findings.length).toBeGreaterThan(0);
  });
});

describe('17.8 a feed stays on its origin', () => {
  it('a next page on another origin is not read, and the coverage says so', T, async () => {
    const before = elsewhere.requests.length;
    const run = await vetInProcess([`rss:${feeds.url}/feed.json`, '--brand', 'apple', '--format', 'json', '--no-cache'], { cwd: work });
    expect([0, 1], run.stderr).toContain(run.code);
    expect(elsewhere.requests.slice(before)).toHaveLength(0);
    const report = JSON.parse(run.stdout) as VetReport;
    expect(report.findings).toHaveLength(0);
    expect(report.coverage?.notes.join('\n')).toMatch(/next page is on another site .*vet reads a feed on its own origin only/);
  });

  it('a redirect to another origin is refused (exit 3) without a request there', T, async () => {
    const before = elsewhere.requests.length;
    const run = await vetInProcess([`rss:${feeds.url}/moved.xml`, '--brand', 'apple', '--no-cache'], { cwd: work });
    expectCleanFailure(run, 3);
    expect(run.stderr).toMatch(/redirected to another host/);
    expect(elsewhere.requests.slice(before)).toHaveLength(0);
  });
});

describe('17.10 ids are read exactly', () => {
  it('ids past 2^53 sent as JSON numbers stay distinct (the hostile one is not lost); a repeated id with other text is noted', T, async () => {
    const run = await vetInProcess(['x:@bigids', '--endpoint', `x=${x.url}`, '--brand', 'apple', '--format', 'json', '--no-cache'], { cwd: work, env: { VET_X_BEARER_TOKEN: TOKEN } });
    expect([0, 1], run.stderr).toContain(run.code);
    const report = JSON.parse(run.stdout) as VetReport;
    expect(report.window.postsScanned).toBe(3);
    expect(report.findings.map((f) => f.postId)).toContain('1897000000000000012');
    expect(report.coverage?.notes).toContain('X sent one post id twice with different text (1897000000000000013); vet kept the first text read');
  });
});
