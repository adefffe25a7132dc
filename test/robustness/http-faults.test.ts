import { rm, writeFile, cp } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPort, fixtureText, startFixtureServer, type FixtureReply, type FixtureServer } from '../helpers/fixture-server.js';
import { expectCleanFailure, requireBuild, ROOT, vet, vetInProcess, workDir, type Run } from './helpers.js';

/**
 * HTTP faults through the real CLI: `vet weibo:<uid> --endpoint weibo=http://127.0.0.1:PORT` against a local
 * fault-injecting server. Every fault ends (the test timeout bounds it; nothing here asserts on time) with
 * exit 3, one message naming the platform, and a hint on what to do; the server's request count shows that
 * retries are bounded. test/sources/http.test.ts covers the same faults on the HTTP layer in-process.
 *
 * No outcome depends on how busy the machine is: only the timeout faults get a short HTTP timeout, and their
 * server never finishes (a hang, an endless drip), so the timeout fires however slow the run; every other case
 * gets a timeout no local answer comes near, so a loaded machine cannot turn a reset into a timeout. Endless
 * paging is stopped by the server's request count, not by a deadline.
 */

const T = { timeout: 30_000 };
const getIndex = '/api/container/getIndex';
const RETRIES = 2;
/**
 * Retries without waits worth the name. The HTTP timeout is far beyond any local answer, however loaded the
 * machine: only the cases about timeouts shorten it (TIMEOUT_ENV), against a server that never finishes.
 */
const FAULT_ENV = {
  VET_HTTP_TIMEOUT_MS: '30000',
  VET_HTTP_RETRIES: String(RETRIES),
  VET_HTTP_RETRY_BASE_MS: '5',
  VET_HTTP_MAX_WAIT_MS: '200',
  VET_HTTP_MAX_BYTES: String(1024 * 1024),
};
/** For a server that never answers, or never finishes: the timeout fires whenever it is set to. */
const TIMEOUT_ENV = { VET_HTTP_TIMEOUT_MS: '1500' };
/** Requests a run that pages for ever may make before the test stops it (a bounded run stops far sooner). */
const PAGING_LIMIT = 150;
/** Stops the endless-paging runs when the server has counted more requests than they may make. */
const pagingStops = { weibo: new AbortController(), bsky: new AbortController() };

let work: string;
let server: FixtureServer;
let elsewhere: FixtureServer;
let refusedPort: number;
const timings: string[] = [];

interface Fault {
  name: string;
  uid: string;
  reply: FixtureReply | FixtureReply[] | (() => FixtureReply);
  /** The message, after "vet: weibo: ". */
  message: RegExp;
  /** Requests the server may see for this uid (retries are bounded). */
  requests: [min: number, max: number];
  /**
   * Run as a real process (timeouts, hangs, bombs, what reaches the terminal); the other rows run the same
   * command in-process, which saves a Node start-up each and keeps the suite within its time budget.
   */
  spawn?: true;
  /** Extra environment: TIMEOUT_ENV for the faults about timeouts. */
  env?: Record<string, string>;
}

const profileOf = (uid: string) => fixtureText('weibo/hidden-profile.json').replaceAll('2222222222', uid);
const timelineOf = (uid: string) => fixtureText('weibo/hidden-timeline.json').replaceAll('2222222222', uid);

const FAULTS: Fault[] = [
  { name: 'a reset before any answer', uid: '7000000001', reply: { fault: 'reset' }, message: /connection to 127\.0\.0\.1:\d+ was (closed before it answered|cut off)/, requests: [RETRIES + 1, RETRIES + 1] },
  { name: 'a reset mid-body', uid: '7000000002', reply: { body: JSON.stringify({ ok: 1, pad: 'y'.repeat(20_000) }), fault: 'reset-mid-body' }, message: /cut off mid-answer|closed before it answered/, requests: [RETRIES + 1, RETRIES + 1], spawn: true },
  { name: 'a connection closed without an answer', uid: '7000000003', reply: { fault: 'close' }, message: /closed before it answered|cut off/, requests: [RETRIES + 1, RETRIES + 1] },
  { name: 'a server that never answers (timeout)', uid: '7000000004', reply: { fault: 'hang' }, message: /did not answer within 1\.5 s/, requests: [1, 2], spawn: true, env: TIMEOUT_ENV },
  { name: 'a slow drip', uid: '7000000005', reply: { body: profileOf('7000000005'), fault: 'drip', dripMs: 40 }, message: /started answering but did not finish within 1\.5 s/, requests: [1, 2], spawn: true, env: TIMEOUT_ENV },
  { name: '429 with a Retry-After longer than vet waits', uid: '7000000006', reply: { status: 429, headers: { 'retry-after': '3600' } }, message: /limiting requests \(HTTP 429\) and asks vet to wait 3600 s/, requests: [1, 1], spawn: true },
  { name: '429 with a short Retry-After, every time', uid: '7000000007', reply: { status: 429, headers: { 'retry-after': '0' } }, message: /limiting requests \(HTTP 429, still after 3 attempts\)/, requests: [RETRIES + 1, RETRIES + 1] },
  { name: '429 without Retry-After, every time', uid: '7000000008', reply: { status: 429 }, message: /limiting requests \(HTTP 429, still after 3 attempts\)/, requests: [RETRIES + 1, RETRIES + 1] },
  { name: 'a burst of 5xx that does not end', uid: '7000000009', reply: [{ status: 500 }, { status: 502 }, { status: 503, body: 'Service Unavailable' }], message: /kept failing \(HTTP 503, 3 attempts\)/, requests: [RETRIES + 1, RETRIES + 1], spawn: true },
  { name: 'a redirect loop', uid: '7000000010', reply: { status: 302, headers: { location: '/loop?uid=7000000010' } }, message: /redirected in a loop or too many times/, requests: [1, 6], spawn: true },
  { name: 'a redirect to another host', uid: '7000000011', reply: () => ({ status: 302, headers: { location: `${elsewhere.url}/landing` } }), message: /redirected to another host \(127\.0\.0\.1:\d+\)/, requests: [1, 1], spawn: true },
  { name: 'a redirect to another scheme (https)', uid: '7000000012', reply: () => ({ status: 302, headers: { location: `https://127.0.0.1:${server.port}/secure` } }), message: /redirected to another host/, requests: [1, 1] },
  { name: 'a redirect to a file: URL', uid: '7000000013', reply: { status: 302, headers: { location: 'file:///etc/passwd' } }, message: /redirected to a file: address; vet does not follow it/, requests: [1, 1] },
  { name: 'an HTML login wall where JSON was expected', uid: '7000000014', reply: { file: 'weibo/login-page.html' }, message: /answered with a web page \("微博-随时随地发现新鲜事"\) where data was expected/, requests: [1, 1], spawn: true },
  { name: 'a captcha document', uid: '7000000015', reply: { file: 'weibo/captcha.json' }, message: /captcha or verification page/, requests: [1, 1] },
  { name: 'an HTML captcha page', uid: '7000000016', reply: { body: '<!doctype html><html><head><title>安全验证 - 请输入验证码</title></head><body>captcha</body></html>', headers: { 'content-type': 'text/html' } }, message: /answered with a web page \("安全验证 - 请输入验证码"\)/, requests: [1, 1] },
  { name: 'a web page whose title carries escape sequences', uid: '7000000022', reply: { body: '<html><head><title>\u001b]0;owned\u0007\u001b[2J\u202eLogin</title></head></html>', headers: { 'content-type': 'text/html' } }, message: /answered with a web page \("\\u\{001B\}\]0;owned\\u\{0007\}\\u\{001B\}\[2J\\u\{202E\}Login"\)/, requests: [1, 1], spawn: true },
  { name: 'invalid JSON', uid: '7000000017', reply: { body: '{"ok":1,"data":{"cards":[' }, message: /data vet cannot read \(invalid JSON/, requests: [1, 1] },
  { name: 'a gzip bomb', uid: '7000000018', reply: { body: gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20)), headers: { 'content-encoding': 'gzip', 'content-type': 'application/json' } }, message: /larger than 1 MB \(counted after decompression\)/, requests: [1, 1], spawn: true },
  { name: 'a body over the size limit', uid: '7000000019', reply: { body: `{"ok":1,"pad":"${'z'.repeat(1536 * 1024)}"}` }, message: /larger than 1 MB/, requests: [1, 1] },
];

beforeAll(async () => {
  requireBuild();
  work = await workDir('http');
  await cp(join(ROOT, 'fixtures', 'histories', 'honest-critic.jsonl'), join(work, 'good.jsonl'));
  refusedPort = await closedPort();
  elsewhere = await startFixtureServer([{ path: /.*/, reply: { body: { ok: 1, data: {} } } }]);
  server = await startFixtureServer([
    ...FAULTS.map((f) => ({ path: getIndex, query: { value: f.uid }, reply: typeof f.reply === 'function' ? (f.reply as () => FixtureReply) : f.reply })),
    // The loop's other half sends the client back where it started.
    { path: getIndex, query: { value: '7000000020' }, reply: () => ({ status: 307, headers: { location: `${elsewhere.url}/steal` } }) },
    { path: getIndex, query: { value: '7000000021' }, reply: { status: 503 } },
    { path: '/loop', reply: (req) => ({ status: 302, headers: { location: `${getIndex}?type=uid&value=${req.query.uid}` } }) },
    // A burst of 5xx that clears: the run goes on and reads the whole (short) history.
    { path: getIndex, query: { value: '7100000001', containerid: null }, reply: [{ status: 500 }, { status: 503 }, { body: profileOf('7100000001') }] },
    { path: getIndex, query: { containerid: '1076037100000001' }, reply: { body: timelineOf('7100000001') } },
    // A history cut off after its first page: a partial history, said so in the verdict (documented).
    { path: getIndex, query: { value: '7300000001', containerid: null }, reply: { file: 'weibo/profile.json' } },
    { path: getIndex, query: { value: '7300000001', since_id: null }, reply: { file: 'weibo/timeline-1.json' } },
    { path: getIndex, query: { value: '7300000001' }, reply: { body: '{"ok":1,"data":{"cards":[', fault: 'reset-mid-body' } },
    { path: '/statuses/extend', reply: { file: 'weibo/extend.json' } },
    // Endless paging: every page brings a fresh cursor but no new post (no post at all; the same post again).
    { path: getIndex, query: { value: '7400000001', containerid: null }, reply: { body: profileOf('7400000001') } },
    { path: getIndex, query: { value: '7400000001' }, reply: (_req, n) => {
      if (n >= PAGING_LIMIT) pagingStops.weibo.abort();
      return { body: { ok: 1, data: { cardlistInfo: { since_id: String(5_000_000 + n) }, cards: [{ card_type: 58, name: 'advert' }] } } };
    } },
    { path: '/xrpc/app.bsky.actor.getProfile', reply: { file: 'bsky/getProfile.json' } },
    { path: '/xrpc/app.bsky.feed.getAuthorFeed', reply: (_req, n) => {
      if (n >= PAGING_LIMIT) pagingStops.bsky.abort();
      return { body: fixtureText('bsky/getAuthorFeed-1.json').replace('"cursor":"2025-03-03T09:30:00.000Z"', `"cursor":"page-${n}"`) };
    } },
    // A healthy account for the batch run.
    { path: getIndex, query: { value: '7200000001', containerid: null }, reply: { body: profileOf('7200000001') } },
    { path: getIndex, query: { containerid: '1076037200000001' }, reply: { body: timelineOf('7200000001') } },
  ]);
});

afterAll(async () => {
  await Promise.all([server?.close(), elsewhere?.close()]);
  if (work) await rm(work, { recursive: true, force: true });
  // Figures for the report (no assertion): how long each fault took, end to end, including Node start-up.
  if (timings.length) console.log(`http-faults timings:\n${timings.join('\n')}`);
});

function weibo(uid: string, extra: string[] = [], env: Record<string, string> = {}, port?: number, inProcess = false): Promise<Run> {
  const url = port ? `http://127.0.0.1:${port}` : server.url;
  return (inProcess ? vetInProcess : vet)([`weibo:${uid}`, '--endpoint', `weibo=${url}`, '--brand', 'xiaomi', '--no-cache', ...extra], { cwd: work, env: { ...FAULT_ENV, ...env } });
}

function expectSourceFailure(run: Run, message: RegExp): void {
  expectCleanFailure(run, 3);
  expect(run.stdout).toBe('');
  // A server's words reach the terminal as text, never as escape sequences or bidi overrides.
  expect(run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  expect(run.stderr).toMatch(/^vet: weibo: /m);
  const [first] = run.stderr.split('\n');
  expect(first!.replace(/^vet: weibo: /, '')).toMatch(message);
  // What to do next, on its own line.
  expect(run.stderr).toMatch(/^hint: \S.{10,}/m);
}

describe('vet weibo:<uid> against a faulty server: exit 3, the platform named, a hint, bounded retries', () => {
  it.concurrent('connection refused', T, async () => {
    const run = await weibo('7000000000', [], {}, refusedPort);
    timings.push(`  connection refused: ${run.ms} ms`);
    expectSourceFailure(run, /could not connect to 127\.0\.0\.1:\d+ \(connection refused\)/);
  });

  it.concurrent.each(FAULTS)('$name', async (fault) => {
    const run = await weibo(fault.uid, [], fault.env ?? {}, undefined, !fault.spawn);
    timings.push(`  ${fault.name}${fault.spawn ? '' : ' (in-process)'}: ${run.ms} ms`);
    expectSourceFailure(run, fault.message);
    const asked = server.requests.filter((r) => r.query.value === fault.uid || r.query.uid === fault.uid).length;
    expect(asked).toBeGreaterThanOrEqual(fault.requests[0]);
    expect(asked).toBeLessThanOrEqual(fault.requests[1]);
  }, 30_000);

  it.concurrent('nothing is sent to the host a redirect points at', T, async () => {
    const run = await weibo('7000000020');
    expectSourceFailure(run, /redirected to another host/);
    expect(elsewhere.requests).toHaveLength(0);
  });

  it.concurrent('a burst of 5xx that clears: vet retries and reads the whole history', T, async () => {
    const run = await weibo('7100000001', ['--format', 'json']);
    expect([0, 1], run.stderr).toContain(run.code);
    const report = JSON.parse(run.stdout);
    expect(report.subject.handle).toBe('weibo:7100000001');
    expect(report.window.postsScanned).toBeGreaterThan(0);
    expect(server.requests.filter((r) => r.query.value === '7100000001' && !r.query.containerid)).toHaveLength(3);
  });

  it.concurrent('a history cut off part-way: the posts read are vetted and the verdict says the history is partial (documented)', T, async () => {
    const run = await weibo('7300000001', ['--format', 'json']);
    expect([0, 1], run.stderr).toContain(run.code);
    const report = JSON.parse(run.stdout);
    expect(report.coverage.partial).toBe(true);
    expect(report.window.postsScanned).toBeGreaterThan(0);
    expect(report.verdict.reasons.join(' ')).toMatch(/Only part of the history could be read \(Weibo stopped answering after \d+ posts.*cut off mid-answer/);
    const asked = server.requests.filter((r) => r.query.value === '7300000001' && r.query.since_id);
    expect(asked).toHaveLength(RETRIES + 1);
  });

  // A server that keeps answering with pages that hold nothing new must not keep vet reading for ever: paging
  // stops (a partial history, or a message) after a bounded number of requests. When the server has counted
  // PAGING_LIMIT requests the run is killed, which fails the test, instead of running on.
  it.concurrent.each([
    ['weibo', 'pages without posts', ['weibo:7400000001'], (r: { query: Record<string, string> }) => r.query.value === '7400000001'],
    ['bsky', 'the same posts on every page', ['bsky:gadget-critic.bsky.social', '--endpoint', 'bsky=ORIGIN'], (r: { path: string }) => r.path === '/xrpc/app.bsky.feed.getAuthorFeed'],
  ] as const)('%s: a server that sends %s with a fresh cursor for ever: paging stops', async (platform, _what, handle, counted) => {
    const args = handle.map((a) => a.replace('ORIGIN', server.url));
    const run = await vet([...args, '--endpoint', `weibo=${server.url}`, '--brand', 'xiaomi', '--no-cache', '--limit', '50'], { cwd: work, env: FAULT_ENV, signal: pagingStops[platform].signal });
    const asked = server.requests.filter((r) => counted(r as never)).length;
    expect(run.code, `still paging after ${PAGING_LIMIT} requests (stopped by the test)`).not.toBeNull();
    expect(run.stderr).not.toMatch(/unexpected error|^\s+at /m);
    expect(asked).toBeLessThanOrEqual(100);
  }, 30_000);

  it.concurrent('VET_HTTP_RETRIES=0: one request, then the message', T, async () => {
    const run = await weibo('7000000021', [], { VET_HTTP_RETRIES: '0' });
    expectSourceFailure(run, /kept failing \(HTTP 503, 1 attempts?\)/);
    expect(server.requests.filter((r) => r.query.value === '7000000021')).toHaveLength(1);
  });
});

describe('vet batch goes on past a faulty handle', () => {
  it.concurrent('one handle faults, the others are vetted; each gets its line; exit 3', T, async () => {
    await writeFile(join(work, 'roster.txt'), 'weibo:7200000001\nweibo:7000000009\nfile:good.jsonl\nweibo:7000000004\n');
    // One environment for the whole run: the hanging handle needs a timeout that fires, and the healthy ones get
    // the same 3 s, which a local answer does not near even on a loaded machine (it was 400 ms, which did).
    const run = await vet(['batch', 'roster.txt', '--brand', 'xiaomi', '--endpoint', `weibo=${server.url}`, '--no-cache', '--quiet'], { cwd: work, env: { ...FAULT_ENV, VET_HTTP_TIMEOUT_MS: '3000' } });
    expect(run.code, run.stderr).toBe(3);
    expect(run.stderr).not.toMatch(/unexpected error|^\s+at /m);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { handle: string; error?: { code: string; message: string }; verdict?: { level: string } });
    const byHandle = Object.fromEntries(lines.map((l) => [l.handle, l]));
    expect(Object.keys(byHandle).sort()).toEqual(['file:good.jsonl', 'weibo:7000000004', 'weibo:7000000009', 'weibo:7200000001']);
    expect(byHandle['weibo:7200000001']!.verdict?.level).toBeDefined();
    expect(byHandle['file:good.jsonl']!.verdict?.level).toBe('low');
    expect(byHandle['weibo:7000000009']!.error).toMatchObject({ code: 'server', message: expect.stringMatching(/^weibo: .*kept failing/) });
    expect(byHandle['weibo:7000000004']!.error).toMatchObject({ code: 'timeout', message: expect.stringMatching(/^weibo: .*did not answer/) });
  });
});
