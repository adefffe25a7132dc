import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient, type ClientOptions } from '../../src/http/client.js';
import { httpSettings } from '../../src/http/config.js';
import { HttpError } from '../../src/http/errors.js';
import { backoffMs, serverWaitMs } from '../../src/http/retry.js';
import { closedPort, fixtureText, startFixtureServer, type FixtureServer } from '../helpers/fixture-server.js';
import { testContext } from './context.js';

const COOKIE = 'SUB=_2A25Lsecretcookievalue123; SUBP=0033WrSXqPxfM725Ws9jqgMF55529P9D9W5secret';
const TOKEN = 'AAAAAAAAAAAAAAAAAAAAAsecretbearertoken%2Fxyz';

let server: FixtureServer;
let other: FixtureServer;

beforeAll(async () => {
  other = await startFixtureServer([{ path: /.*/, reply: { body: { ok: 1, from: 'other' } } }]);
  server = await startFixtureServer([
    { path: '/ok', reply: { body: { ok: 1 } } },
    { path: '/gzip', reply: { body: { ok: 1, zipped: true }, gzip: true } },
    { path: '/flaky', reply: [{ status: 500 }, { status: 503, body: 'busy' }, { body: { ok: 1, after: 'retries' } }] },
    { path: '/burst', reply: { status: 503, body: 'Service Unavailable' } },
    { path: '/rate', reply: [{ status: 429, headers: { 'retry-after': '0' }, body: { errors: [{ code: 88 }] } }, { body: { ok: 1 } }] },
    { path: '/rate-no-header', reply: [{ status: 429 }, { status: 418 }, { body: { ok: 1 } }] },
    { path: '/rate-long', reply: { status: 429, headers: { 'retry-after': '3600' } } },
    { path: '/rate-always', reply: { status: 429 } },
    { path: '/hang', reply: { fault: 'hang' } },
    { path: '/drip', reply: { body: 'x'.repeat(2000), fault: 'drip', dripMs: 20 } },
    { path: '/reset', reply: { fault: 'reset' } },
    { path: '/reset-mid', reply: { body: JSON.stringify({ ok: 1, pad: 'y'.repeat(5000) }), fault: 'reset-mid-body' } },
    { path: '/loop-a', reply: { status: 302, headers: { location: '/loop-b' } } },
    { path: '/loop-b', reply: { status: 302, headers: { location: '/loop-a' } } },
    { path: '/same-origin', reply: { status: 301, headers: { location: '/ok' } } },
    { path: '/cross', reply: () => ({ status: 302, headers: { location: `${other.url}/landing` } }) },
    { path: '/passport', reply: { status: 302, headers: { location: 'https://passport.weibo.com/visitor/visitor?entry=miniblog' } } },
    { path: '/html', reply: { file: 'weibo/login-page.html' } },
    { path: '/badjson', reply: { body: '{"ok":1,"data":{"cards":[' } },
    { path: '/bomb', reply: { body: gzipSync(Buffer.alloc(24 * 1024 * 1024)), headers: { 'content-encoding': 'gzip', 'content-type': 'application/json' } } },
    { path: '/big', reply: { body: 'z'.repeat(1536 * 1024) } },
    { path: '/echo-auth', reply: (req) => ({ body: { cookie: req.headers.cookie ?? null, authorization: req.headers.authorization ?? null } }) },
    { path: '/status-404', reply: { status: 404, body: { error: 'Record not found' } } },
  ]);
});

afterAll(async () => {
  await server.close();
  await other.close();
});

function client(overrides: Partial<ClientOptions> = {}, ctxOverrides: Parameters<typeof testContext>[0] = {}) {
  const ctx = testContext({ http: { timeoutMs: 400, retries: 2, retryBaseMs: 5, maxRetryWaitMs: 200 }, ...ctxOverrides });
  const c = new HttpClient({
    platform: 'weibo',
    label: 'Weibo',
    ctx,
    credentials: { origin: server.url, headers: { cookie: COOKIE } },
    hints: { refused: 'set VET_WEIBO_COOKIE, or use --from <file>' },
    ...overrides,
  });
  return { c, ctx };
}

async function failure(promise: Promise<unknown>): Promise<HttpError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(HttpError);
    const e = error as HttpError;
    // Every failure names the platform and says what to do, and never shows a secret.
    expect(e.message).toMatch(/^weibo: /);
    expect(e.hint).toBeTruthy();
    expect(e.exitCode).toBe(3);
    for (const text of [e.message, e.hint ?? '', e.body ?? '']) {
      expect(text).not.toContain('secret');
    }
    return e;
  }
  throw new Error('expected a failure');
}

describe('HTTP layer: success paths', () => {
  it('reads JSON, and decompresses gzip', async () => {
    const { c } = client();
    expect((await c.getJson(`${server.url}/ok`)).value).toEqual({ ok: 1 });
    expect((await c.getJson(`${server.url}/gzip`)).value).toEqual({ ok: 1, zipped: true });
  });

  it('retries 5xx with backoff until it succeeds', async () => {
    const { c, ctx } = client();
    expect((await c.getJson(`${server.url}/flaky`)).value).toEqual({ ok: 1, after: 'retries' });
    expect(ctx.logs.filter((l) => /retrying/.test(l))).toHaveLength(2);
  });

  it('honours Retry-After on 429, and backs off on 429/418 without it', async () => {
    const { c } = client();
    expect((await c.getJson(`${server.url}/rate`)).value).toEqual({ ok: 1 });
    expect((await c.getJson(`${server.url}/rate-no-header`)).value).toEqual({ ok: 1 });
  });

  it('follows same-origin redirects', async () => {
    const { c } = client();
    const { value, response } = await c.getJson(`${server.url}/same-origin`);
    expect(value).toEqual({ ok: 1 });
    expect(response.url).toBe(`${server.url}/ok`);
  });

  it('sends credentials to their own origin only, and never follows a redirect to another origin', async () => {
    const { c } = client();
    const asked = server.requestsTo('/echo-auth').length;
    // The server echoes the cookie back: it was sent, and what vet keeps of the answer has it redacted.
    expect((await c.getJson(`${server.url}/echo-auth`)).value).toEqual({ cookie: '[redacted]', authorization: null });
    expect(server.requestsTo('/echo-auth').slice(asked).map((r) => r.headers.cookie)).toEqual([COOKIE]);
    const before = other.requests.length;
    const e = await failure(c.getJson(`${server.url}/cross`));
    expect(e.kind).toBe('redirect');
    expect(e.message).toMatch(/redirected to another host/);
    expect(other.requests.slice(before)).toHaveLength(0);
  });

  it('returns statuses the caller allows', async () => {
    const { c } = client();
    const res = await c.get(`${server.url}/status-404`, { allowStatuses: [404] });
    expect(res.status).toBe(404);
  });
});

describe('HTTP layer: every fault ends with a clear message', () => {
  it('connection refused', async () => {
    const port = await closedPort();
    const e = await failure(client().c.get(`http://127.0.0.1:${port}/x`));
    expect(e.kind).toBe('connect');
    expect(e.message).toMatch(/could not connect to 127\.0\.0\.1:\d+ \(connection refused\)/);
  });

  it('a server that never answers', async () => {
    const e = await failure(client({}, { http: { timeoutMs: 150, retries: 1 } }).c.get(`${server.url}/hang`));
    expect(e.kind).toBe('timeout');
    expect(e.message).toMatch(/did not answer within 150 ms/);
  });

  it('a slow drip (body deadline)', async () => {
    const e = await failure(client({}, { http: { timeoutMs: 200, retries: 0 } }).c.get(`${server.url}/drip`));
    expect(e.kind).toBe('timeout');
    expect(e.message).toMatch(/started answering but did not finish within 200 ms/);
  });

  it('a reset before the answer and mid-body', async () => {
    const before = await failure(client().c.get(`${server.url}/reset`));
    expect(before.kind).toBe('reset');
    const mid = await failure(client().c.get(`${server.url}/reset-mid`));
    expect(mid.kind).toBe('reset');
    expect(mid.message).toMatch(/cut off mid-answer|closed before it answered/);
    // Retried before giving up: 3 attempts (retries 2).
    expect(server.requestsTo('/reset-mid')).toHaveLength(3);
  });

  it('a burst of 5xx', async () => {
    const e = await failure(client().c.get(`${server.url}/burst`));
    expect(e.kind).toBe('server');
    expect(e.message).toMatch(/kept failing \(HTTP 503, 3 attempts\)/);
  });

  it('429 with a Retry-After longer than vet waits fails at once', async () => {
    const e = await failure(client().c.get(`${server.url}/rate-long`));
    expect(e.kind).toBe('rate-limited');
    expect(e.message).toMatch(/asks vet to wait 3600 s, longer than vet waits/);
    expect(server.requestsTo('/rate-long')).toHaveLength(1);
  });

  it('429 that never lifts', async () => {
    const e = await failure(client().c.get(`${server.url}/rate-always`));
    expect(e.kind).toBe('rate-limited');
    expect(e.message).toMatch(/still after 3 attempts/);
  });

  it('a redirect loop', async () => {
    const e = await failure(client().c.get(`${server.url}/loop-a`));
    expect(e.kind).toBe('redirect');
    expect(e.message).toMatch(/loop/);
  });

  it('a redirect to another host is not followed (nothing leaves the host)', async () => {
    const before = other.requests.length;
    const e = await failure(client().c.get(`${server.url}/cross`));
    expect(e.kind).toBe('redirect');
    expect(e.message).toMatch(/redirected to another host/);
    expect(other.requests.length).toBe(before);
  });

  it('a redirect to a login page is a refusal', async () => {
    const e = await failure(client({ loginRedirect: /passport\.weibo\.com/ }).c.get(`${server.url}/passport`));
    expect(e.kind).toBe('refused');
    expect(e.message).toMatch(/login or visitor page \(passport\.weibo\.com\)/);
    expect(e.hint).toMatch(/VET_WEIBO_COOKIE/);
  });

  it('an HTML login page where JSON was expected', async () => {
    const e = await failure(client().c.getJson(`${server.url}/html`));
    expect(e.kind).toBe('refused');
    expect(e.message).toMatch(/answered with a web page \("微博-随时随地发现新鲜事"\) where data was expected/);
  });

  it('invalid JSON', async () => {
    const e = await failure(client().c.getJson(`${server.url}/badjson`));
    expect(e.kind).toBe('bad-json');
  });

  it('a gzip bomb stops at the decompressed size cap', async () => {
    const e = await failure(client({}, { http: { maxBytes: 1024 * 1024 } }).c.get(`${server.url}/bomb`));
    expect(e.kind).toBe('too-large');
    expect(e.message).toMatch(/larger than 1 MB \(counted after decompression\)/);
  });

  it('a body over the size limit', async () => {
    const e = await failure(client({}, { http: { maxBytes: 1024 * 1024 } }).c.get(`${server.url}/big`));
    expect(e.kind).toBe('too-large');
    expect(e.hint).toMatch(/VET_HTTP_MAX_BYTES/);
  });

  it('a user abort', async () => {
    const controller = new AbortController();
    const before = server.requestsTo('/hang').length;
    const pending = failure(client({}, { signal: controller.signal, http: { timeoutMs: 60_000 } }).c.get(`${server.url}/hang`));
    // Abort once the server holds the request (a count, not a clock): a busy machine cannot turn this into a timeout.
    while (server.requestsTo('/hang').length === before) await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    expect((await pending).kind).toBe('aborted');
  });

  it('keeps secrets out of logs', async () => {
    const { c, ctx } = client();
    await c.getJson(`${server.url}/echo-auth`);
    await c.get(`${server.url}/burst`).catch(() => {});
    expect(ctx.logs.length).toBeGreaterThan(0);
    expect(ctx.logs.join('\n')).not.toContain('secret');
    expect(c.redact(`cookie was ${COOKIE}`)).not.toContain('secret');
    const x = new HttpClient({ platform: 'x', label: 'X', ctx, credentials: { origin: server.url, headers: { authorization: `Bearer ${TOKEN}` } } });
    expect(x.redact(`token ${TOKEN}`)).toBe('token [redacted]');
  });
});

describe('HTTP layer: proxies and per-host limits', () => {
  it('routes through HTTP_PROXY, except for NO_PROXY hosts', async () => {
    const proxyPort = await closedPort();
    const env = { HTTP_PROXY: `http://127.0.0.1:${proxyPort}` };
    const viaProxy = new HttpClient({ platform: 'rss', label: 'Feed', ctx: testContext({ env, http: { retries: 0 } }) });
    const e = await viaProxy.get(`${server.url}/ok`).catch((error: unknown) => error as HttpError);
    expect(e).toBeInstanceOf(HttpError);
    expect((e as HttpError).kind).toBe('connect');
    const bypass = new HttpClient({ platform: 'rss', label: 'Feed', ctx: testContext({ env: { ...env, NO_PROXY: '127.0.0.1' }, http: { retries: 0 } }) });
    expect((await bypass.getJson(`${server.url}/ok`)).value).toEqual({ ok: 1 });
  });

  it('keeps at most `concurrency` requests in flight per host', async () => {
    let inFlight = 0;
    let most = 0;
    const gated = await startFixtureServer([
      {
        path: '/slow',
        reply: async () => {
          inFlight++;
          most = Math.max(most, inFlight);
          await new Promise((r) => setTimeout(r, 20));
          inFlight--;
          return { body: { ok: 1 } };
        },
      },
    ]);
    try {
      const c = new HttpClient({ platform: 'weibo', label: 'Weibo', ctx: testContext({ http: { minIntervalMs: undefined } }), pacing: { concurrency: 1, minIntervalMs: 0 } });
      await Promise.all([1, 2, 3, 4].map((n) => c.getJson(`${gated.url}/slow?n=${n}`)));
      expect(gated.requests).toHaveLength(4);
      expect(most).toBe(1);
    } finally {
      await gated.close();
    }
  });
});

describe('HTTP settings and retry arithmetic', () => {
  it('reads VET_HTTP_* variables, explicit overrides winning', () => {
    const s = httpSettings({ VET_HTTP_TIMEOUT_MS: '1500', VET_HTTP_RETRIES: '0', VET_HTTP_RETRY_BASE_MS: '10', VET_HTTP_MAX_BYTES: '2048', HTTPS_PROXY: 'http://proxy.corp:3128', no_proxy: 'localhost' }, { retries: 4 });
    expect(s).toMatchObject({ timeoutMs: 1500, connectTimeoutMs: 1500, retries: 4, retryBaseMs: 10, maxBytes: 2048, proxy: { https: 'http://proxy.corp:3128', noProxy: 'localhost' } });
    expect(() => httpSettings({ VET_HTTP_RETRIES: 'many' })).toThrow(/VET_HTTP_RETRIES="many" is not a whole number/);
  });

  it('computes waits from Retry-After and rate-limit reset headers', () => {
    const now = Date.parse('2025-03-10T00:00:00Z');
    expect(serverWaitMs({ 'retry-after': '7' }, now)).toBe(7000);
    expect(serverWaitMs({ 'retry-after': 'Mon, 10 Mar 2025 00:00:30 GMT' }, now)).toBe(30_000);
    expect(serverWaitMs({ 'x-rate-limit-reset': String(now / 1000 + 60) }, now)).toBe(60_000);
    expect(serverWaitMs({ 'x-ratelimit-reset': '2025-03-10T00:05:00.000Z' }, now)).toBe(300_000);
    expect(serverWaitMs({}, now)).toBeUndefined();
  });

  it('backs off exponentially with jitter, capped', () => {
    expect(backoffMs(0, 1000, 60_000, () => 0)).toBe(500);
    expect(backoffMs(3, 1000, 60_000, () => 1)).toBe(8000);
    expect(backoffMs(10, 1000, 60_000, () => 1)).toBe(60_000);
  });

  it('serves fixtures with {{origin}} placeholders', () => {
    expect(fixtureText('rss/jsonfeed.json')).toContain('{{origin}}');
  });
});
