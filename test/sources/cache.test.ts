import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDir, PageCache } from '../../src/cache.js';
import { HttpClient } from '../../src/http/client.js';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.js';
import { testContext } from './context.js';

let dir: string;
let server: FixtureServer;
const COOKIE = 'SUB=_2A25Lsecretcookievalue123';

async function filesUnder(root: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(root, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(join(entry.parentPath, entry.name));
  }
  return out;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vet-cache-'));
  server = await startFixtureServer([
    { path: '/page', reply: (_req, nth) => ({ body: { ok: 1, served: nth }, headers: { link: '<{{origin}}/page?max_id=1>; rel="next"' } }) },
    { path: '/refusal', reply: { body: { ok: -100, url: 'https://passport.weibo.com/visitor' } } },
  ]);
});

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('page cache', () => {
  it('finds its folder: explicit, VET_CACHE_DIR, XDG_CACHE_HOME, then ~/.cache', () => {
    expect(cacheDir({ VET_CACHE_DIR: '/tmp/a', XDG_CACHE_HOME: '/tmp/x' }, '/explicit')).toBe('/explicit');
    expect(cacheDir({ VET_CACHE_DIR: '/tmp/a', XDG_CACHE_HOME: '/tmp/x' })).toBe('/tmp/a');
    expect(cacheDir({ XDG_CACHE_HOME: '/tmp/x' })).toBe(join('/tmp/x', 'vet'));
    expect(cacheDir({ HOME: '/home/u' })).toBe(join('/home/u', '.cache', 'vet'));
  });

  it('stores pages with their Link header, answers reruns from disk, and keeps secrets out', async () => {
    const cacheRoot = join(dir, 'roundtrip');
    const ctx = testContext({ env: { VET_CACHE_DIR: cacheRoot }, cache: { enabled: true, refresh: false } });
    const client = new HttpClient({ platform: 'weibo', label: 'Weibo', ctx, credentials: { origin: server.url, headers: { cookie: COOKIE } }, cacheVariant: 'login' });
    const first = await client.getJson(`${server.url}/page?uid=1`, { cache: true });
    const again = await client.getJson(`${server.url}/page?uid=1`, { cache: true });
    expect(first.value).toEqual({ ok: 1, served: 0 });
    expect(again.value).toEqual({ ok: 1, served: 0 });
    expect(again.response.fromCache).toBe(true);
    expect(again.response.headers.link).toBe(`<${server.url}/page?max_id=1>; rel="next"`);
    expect(server.requestsTo('/page')).toHaveLength(1);

    const files = await filesUnder(cacheRoot);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/pages\/weibo\/[0-9a-f]{2}\/[0-9a-f]{64}\.json$/);
    expect(files[0]).not.toContain('secret');
    const entry = await readFile(files[0]!, 'utf8');
    expect(entry).not.toContain('secret');
    expect(entry).not.toMatch(/cookie/i);
    expect(files.some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('--refresh fetches again and rewrites; --no-cache neither reads nor writes', async () => {
    const cacheRoot = join(dir, 'refresh');
    const make = (cache: { enabled: boolean; refresh: boolean }) =>
      new HttpClient({ platform: 'bsky', label: 'Bluesky', ctx: testContext({ env: { VET_CACHE_DIR: cacheRoot }, cache }) });
    const before = server.requestsTo('/page').length;
    await make({ enabled: true, refresh: false }).getJson(`${server.url}/page?refresh=1`, { cache: true });
    await make({ enabled: true, refresh: true }).getJson(`${server.url}/page?refresh=1`, { cache: true });
    await make({ enabled: false, refresh: false }).getJson(`${server.url}/page?refresh=1`, { cache: true });
    expect(server.requestsTo('/page').length - before).toBe(3);
    const cached = await make({ enabled: true, refresh: false }).getJson<{ served: number }>(`${server.url}/page?refresh=1`, { cache: true });
    expect(cached.response.fromCache).toBe(true);
    expect(cached.value.served).toBe(before + 1); // the --refresh run's answer
    expect(await filesUnder(join(cacheRoot))).toHaveLength(1);
  });

  it('ignores and replaces a corrupted entry', async () => {
    const cacheRoot = join(dir, 'corrupt');
    const ctx = testContext({ env: { VET_CACHE_DIR: cacheRoot }, cache: { enabled: true, refresh: false } });
    const client = new HttpClient({ platform: 'rss', label: 'Feed', ctx });
    await client.get(`${server.url}/page?corrupt=1`, { cache: true });
    const [file] = await filesUnder(cacheRoot);
    await writeFile(file!, '{"v":1,"url":"http://x","status":200,"bo');
    const before = server.requestsTo('/page').length;
    const res = await client.get(`${server.url}/page?corrupt=1`, { cache: true });
    expect(res.fromCache).toBe(false);
    expect(server.requestsTo('/page').length).toBe(before + 1);
    expect(JSON.parse(await readFile(file!, 'utf8')).v).toBe(1);
    expect(ctx.logs.some((l) => /damaged entry/.test(l))).toBe(true);
  });

  it('expires entries', async () => {
    const cache = new PageCache({ dir: join(dir, 'expiry'), enabled: true, ttlMs: 1000 });
    const key = PageCache.key('x', 'https://api.x.com/2/users/1/tweets');
    await cache.set('x', key, { url: 'https://api.x.com/2/users/1/tweets', status: 200, headers: {}, body: '{}' }, 0);
    expect(await cache.get('x', key, 500)).toBeDefined();
    expect(await cache.get('x', key, 1500)).toBeUndefined();
  });

  it('never caches a refusal', async () => {
    const cacheRoot = join(dir, 'refusal');
    const ctx = testContext({ env: { VET_CACHE_DIR: cacheRoot }, cache: { enabled: true, refresh: false } });
    const client = new HttpClient({ platform: 'weibo', label: 'Weibo', ctx });
    const validate = (v: unknown) => {
      if ((v as { ok: number }).ok !== 1) throw client.refused('wall', server.url);
    };
    await expect(client.getJson(`${server.url}/refusal`, { cache: true, validate })).rejects.toThrow(/wall/);
    await expect(readdir(cacheRoot)).rejects.toThrow();
  });

  it('keys differ by platform and variant, and hold no URL credentials', () => {
    const a = PageCache.key('weibo', 'https://weibo.com/ajax/x', 'login');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(a).not.toBe(PageCache.key('weibo', 'https://weibo.com/ajax/x', 'anonymous'));
    expect(PageCache.key('rss', 'https://user:secret@feeds.example/a')).toBe(PageCache.key('rss', 'https://feeds.example/a'));
  });
});
