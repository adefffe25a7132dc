import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.js';
import { everything, expectNoSecret as expectNoSecretIn, filesUnder, requireBuild, vet, vetInProcess, workDir } from './helpers.js';

/**
 * Secrets: the Weibo login cookie (VET_WEIBO_COOKIE) and the X bearer token (VET_X_BEARER_TOKEN) come from
 * the environment only (vet has no config file). They are sent only to their own platform's origin, never
 * on a redirect to another host, and never appear in standard output, messages, --verbose logs, the page
 * cache or an evidence bundle. Each check looks for the whole secret and for its distinctive parts.
 */

const T = { timeout: 30_000 };
const COOKIE = 'SUB=_2A25LsecretCookieValue0123456789; SUBP=0033WrSXqPxfM725Ws9jqgMF55529P9D9W5secretPart';
const COOKIE_PARTS = ['_2A25LsecretCookieValue0123456789', '0033WrSXqPxfM725Ws9jqgMF55529P9D9W5secretPart'];
const TOKEN = 'AAAAAAAAAAAAAAAAAAAAAsecretBearerToken%2Fxyz0123456789';
const PASSWORD = 'hunter2proxyPassw0rd';
const ALL_SECRETS = [COOKIE, ...COOKIE_PARTS, TOKEN, 'secretBearerToken', PASSWORD, 'secretCookieValue', 'secretPart'];

let work: string;
let web: FixtureServer;
let x: FixtureServer;
let elsewhere: FixtureServer;

beforeAll(async () => {
  requireBuild();
  work = await workDir('secrets');
  elsewhere = await startFixtureServer([{ path: /.*/, reply: (req) => ({ body: { ok: 1, sawCookie: req.headers.cookie ?? null, sawAuth: req.headers.authorization ?? null } }) }]);
  web = await startFixtureServer([
    // uid 1234567890: the recorded logged-in weibo.com history.
    { path: '/ajax/profile/info', query: { uid: '1234567890' }, reply: { file: 'weibo-web/profile-info.json' } },
    { path: '/ajax/statuses/mymblog', query: { uid: '1234567890', page: '1' }, reply: { file: 'weibo-web/mymblog-1.json' } },
    { path: '/ajax/statuses/mymblog', query: { uid: '1234567890', page: '2' }, reply: { file: 'weibo-web/mymblog-2.json' } },
    { path: '/ajax/statuses/mymblog', query: { uid: '1234567890' }, reply: { file: 'weibo-web/mymblog-end.json' } },
    { path: '/ajax/statuses/longtext', reply: { file: 'weibo-web/longtext.json' } },
    // uid 2000000001: a redirect to another host, as a hijacked or misconfigured endpoint might send.
    { path: '/ajax/profile/info', query: { uid: '2000000001' }, reply: () => ({ status: 302, headers: { location: `${elsewhere.url}/collect` } }) },
    // uid 2000000002: a page that echoes the cookie back where vet quotes the server (a web page's title).
    { path: '/ajax/profile/info', query: { uid: '2000000002' }, reply: (req) => ({ body: `<html><head><title>expired ${req.headers.cookie}</title></head></html>`, headers: { 'content-type': 'text/html' } }) },
    // uid 2000000003: a 5xx whose body echoes the cookie.
    { path: '/ajax/profile/info', query: { uid: '2000000003' }, reply: (req) => ({ status: 503, body: `upstream failed for ${req.headers.cookie}` }) },
  ]);
  x = await startFixtureServer([
    { path: '/2/users/by/username/gadgetcritic', reply: (req) => (req.headers.authorization === `Bearer ${TOKEN}` ? { file: 'x/user.json' } : { status: 401, file: 'x/unauthorized.json' }) },
    { path: '/2/users/1500000000000000001/tweets', query: { pagination_token: null }, reply: { file: 'x/tweets-1.json' } },
    { path: '/2/users/1500000000000000001/tweets', query: { pagination_token: '7140dibdnow9c7btw481s8m561gat797rboud5r80xvzm' }, reply: { file: 'x/tweets-2.json' } },
    { path: '/2/users/by/username/moved', reply: () => ({ status: 307, headers: { location: `${elsewhere.url}/2/users/by/username/moved` } }) },
  ]);
});

afterAll(async () => {
  await Promise.all([web?.close(), x?.close(), elsewhere?.close()]);
  if (work) await rm(work, { recursive: true, force: true });
});

const expectNoSecret = (text: string): void => expectNoSecretIn(text, ALL_SECRETS);

describe('secrets from the environment', () => {
  it.concurrent('the Weibo cookie goes to weibo.com only, and is nowhere in output, --verbose logs, the cache or the evidence bundle', T, async () => {
    const cache = join(work, 'cache-weibo');
    const bundle = join(work, 'bundle-weibo');
    const run = await vet(['weibo:1234567890', '--endpoint', `weibo-web=${web.url}`, '--brand', 'xiaomi', '--format', 'json', '--verbose', '--save', bundle], {
      cwd: work,
      env: { VET_WEIBO_COOKIE: COOKIE, VET_CACHE_DIR: cache },
    });
    expect([0, 1], run.stderr).toContain(run.code);
    expect(run.stderr).toMatch(/from weibo\.com with the login cookie/);
    const sent = web.requests.filter((r) => r.query.uid === '1234567890' || r.path === '/ajax/statuses/longtext');
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((r) => r.headers.cookie === COOKIE)).toBe(true);
    expect((await filesUnder(cache)).length).toBeGreaterThan(0);
    expect((await filesUnder(bundle)).map((f) => f.slice(bundle.length + 1)).sort()).toEqual(['history.jsonl', 'manifest.json', 'report.json']);
    expectNoSecret(await everything(run, cache, bundle));
  });

  it.concurrent('cached pages are private to the user (folders 0700, files 0600)', T, async () => {
    const cache = join(work, 'cache-modes');
    const run = await vetInProcess(['weibo:1234567890', '--endpoint', `weibo-web=${web.url}`, '--brand', 'xiaomi', '--format', 'json'], {
      cwd: work,
      env: { VET_WEIBO_COOKIE: COOKIE, VET_CACHE_DIR: cache },
    });
    expect([0, 1], run.stderr).toContain(run.code);
    const files = await filesUnder(cache);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(((await stat(file)).mode & 0o777).toString(8), file).toBe('600');
      expect(((await stat(join(file, '..'))).mode & 0o077).toString(8), `${file}/..`).toBe('0');
    }
  });

  it.concurrent('a redirect to another host is not followed: the cookie never leaves its origin', T, async () => {
    const run = await vet(['weibo:2000000001', '--endpoint', `weibo-web=${web.url}`, '--brand', 'xiaomi', '--no-cache', '--verbose'], {
      cwd: work,
      env: { VET_WEIBO_COOKIE: COOKIE },
    });
    expect(run.code, run.stderr).toBe(3);
    expect(run.stderr).toMatch(/^vet: weibo: .*redirected to another host/m);
    expect(elsewhere.requests.filter((r) => r.path === '/collect')).toHaveLength(0);
    expectNoSecret(await everything(run));
  });

  it.concurrent('a server that echoes the cookie back: the message quotes it redacted', T, async () => {
    for (const uid of ['2000000002', '2000000003']) {
      const run = await vetInProcess([`weibo:${uid}`, '--endpoint', `weibo-web=${web.url}`, '--brand', 'xiaomi', '--no-cache', '--verbose'], {
        cwd: work,
        env: { VET_WEIBO_COOKIE: COOKIE, VET_HTTP_RETRIES: '0' },
      });
      expect(run.code, run.stderr).toBe(3);
      expect(run.stderr).toMatch(/^vet: weibo: /m);
      expectNoSecret(await everything(run));
    }
  });

  it.concurrent('the X bearer token goes to the X API only, and is nowhere in output, logs, cache or bundle', T, async () => {
    const cache = join(work, 'cache-x');
    const bundle = join(work, 'bundle-x');
    const run = await vet(['x:@gadgetcritic', '--endpoint', `x=${x.url}`, '--brand', 'apple', '--format', 'json', '--verbose', '--save', bundle], {
      cwd: work,
      env: { VET_X_BEARER_TOKEN: TOKEN, VET_CACHE_DIR: cache },
    });
    expect([0, 1], run.stderr).toContain(run.code);
    expect(x.requests.filter((r) => r.path.startsWith('/2/users/')).every((r) => r.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
    expectNoSecret(await everything(run, cache, bundle));

    const moved = await vet(['x:@moved', '--endpoint', `x=${x.url}`, '--brand', 'apple', '--no-cache', '--verbose'], { cwd: work, env: { VET_X_BEARER_TOKEN: TOKEN } });
    expect(moved.code, moved.stderr).toBe(3);
    expect(moved.stderr).toMatch(/^vet: x: /m);
    expect(elsewhere.requests.filter((r) => r.path.includes('moved'))).toHaveLength(0);
    expectNoSecret(await everything(moved));
  });

  it.concurrent('a password in an --endpoint URL or a proxy URL never reaches output, logs or the cache', T, async () => {
    const cache = join(work, 'cache-userinfo');
    const endpoint = web.url.replace('http://', `http://reader:${PASSWORD}@`);
    const run = await vetInProcess(['weibo:1234567890', '--endpoint', `weibo-web=${endpoint}`, '--brand', 'xiaomi', '--format', 'json', '--verbose'], {
      cwd: work,
      // A proxy that refuses connections, except for the fixture host: its password must not show either.
      env: { VET_WEIBO_COOKIE: COOKIE, VET_CACHE_DIR: cache, HTTPS_PROXY: `http://corp:${PASSWORD}@127.0.0.1:9`, NO_PROXY: '127.0.0.1' },
    });
    expect([0, 1, 3], run.stderr).toContain(run.code);
    expect(run.stderr).not.toMatch(/unexpected error|^\s+at /m);
    expectNoSecret(await everything(run, cache));
  });

  it.concurrent('a cookie with a line break is refused without echoing it', T, async () => {
    const run = await vetInProcess(['weibo:1234567890', '--endpoint', `weibo-web=${web.url}`, '--brand', 'xiaomi', '--no-cache'], {
      cwd: work,
      env: { VET_WEIBO_COOKIE: `${COOKIE}\r\nX-Injected: 1` },
    });
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/VET_WEIBO_COOKIE must be one line/);
    expectNoSecret(await everything(run));
  });
});
