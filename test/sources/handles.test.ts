import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import * as handles from '../../src/sources/handles.js';
import { checkHandle, handleProblem, openHistory } from '../../src/sources/index.js';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.js';
import { testContext } from './context.js';
import { NO_STORE_ENV } from '../helpers/store-env.js';

/**
 * Handle syntax: the registry's up-front check (handleProblem / checkHandle, used by `vet`, `vet export` and
 * the batch roster check) runs the adapters' own parsers (src/sources/handles.ts), so it accepts exactly what
 * the adapters accept, and refuses the rest before any module, file or request.
 */

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'vet.js');

/** Handles the adapters accept (read from each adapter's parser), one or more per form. */
const ACCEPTED = [
  'weibo:1234567890',
  'weibo:12345',
  'weibo:@萬能的大熊',
  'weibo:@abc',
  'weibo:@Some Reviewer',
  'weibo:https://weibo.com/u/1234567890',
  'weibo:https://m.weibo.cn/1234567890?from=x',
  'bsky:gadget-critic.bsky.social',
  'bsky:@Gadget-Critic.bsky.social',
  'bsky:did:plc:ewvi7nxzyoun6zhxrhs64oiz',
  'bsky:did:web:example.com',
  'bsky:https://bsky.app/profile/alice.bsky.social',
  'mastodon:@alice@mastodon.social',
  'mastodon:alice@mastodon.social',
  'mastodon:https://mastodon.social/@alice',
  'mastodon:@alice@localhost:3000',
  'x:@GadgetCritic',
  'x:gadget_critic',
  'x:https://x.com/gadgetcritic/status/1',
  'x:https://twitter.com/gadgetcritic',
  'rss:https://example.com/feed.xml',
  'rss:http://127.0.0.1:8080/feed?format=atom#top',
  'file:exports/reviewer.jsonl',
  'file:/tmp/history.csv',
  'FILE:history.json',
];

/** Malformed handles, and what the message must say is expected. */
const REJECTED: Array<[string, RegExp]> = [
  ['weibo:abc', /^"weibo:abc" is not a Weibo handle; write weibo:<uid> \(digits\) or weibo:@<screen name>; for the screen name "abc", write weibo:@abc$/],
  ['weibo:萬能的大熊', /for the screen name "萬能的大熊", write weibo:@萬能的大熊$/],
  ['weibo:123', /^"weibo:123" is not a Weibo handle; .*; a uid has 5 to 12 digits, "123" has 3$/],
  ['weibo:1234567890123', /a uid has 5 to 12 digits, "1234567890123" has 13$/],
  ['weibo:@', /^"weibo:@" is not a Weibo handle; write weibo:<uid> \(digits\) or weibo:@<screen name>$/],
  ['weibo:https://weibo.com/n/someone', /is not a Weibo handle/],
  ['bsky:alice', /^"bsky:alice" is not a Bluesky handle; write bsky:<handle> \(e\.g\. bsky:alice\.bsky\.social\) or bsky:<did>$/],
  ['bsky:alice_.bsky.social', /is not a Bluesky handle/],
  ['mastodon:@alice', /^"mastodon:@alice" is not a Mastodon handle; write mastodon:@user@instance/],
  ['mastodon:alice@mastodon', /is not a Mastodon handle/],
  ['x:@this-is-not-valid', /^"x:@this-is-not-valid" is not an X handle; write x:@name \(letters, digits and _, at most 15\)$/],
  ['x:@abcdefghijklmnop', /is not an X handle/],
  ['rss:example.com/feed.xml', /^"rss:example\.com\/feed\.xml" does not name a feed; write rss:<feed URL>/],
  ['rss:ftp://example.com/feed.xml', /does not name a feed/],
  ['file:', /^"file:" names no history file; write file:<path>/],
];

const split = (handle: string) => ({ platform: handle.slice(0, handle.indexOf(':')), rest: handle.slice(handle.indexOf(':') + 1) });

describe('handleProblem / checkHandle', () => {
  it('accepts every form the adapters accept', () => {
    for (const handle of ACCEPTED) {
      const { platform, rest } = split(handle);
      expect(handleProblem(platform, rest), handle).toBeUndefined();
      expect(() => checkHandle(handle), handle).not.toThrow();
    }
  });

  it('refuses a malformed handle with a UsageError (exit 2) naming it and what was expected', () => {
    for (const [handle, message] of REJECTED) {
      const { platform, rest } = split(handle);
      const problem = handleProblem(platform, rest);
      expect(problem, handle).toBeInstanceOf(UsageError);
      expect(problem!.exitCode).toBe(2);
      expect(problem!.message, handle).toMatch(message);
      expect(() => checkHandle(handle), handle).toThrow(problem!.message);
    }
  });

  it('keeps the Weibo hint; an unknown platform gets the list of forms', () => {
    expect(handleProblem('weibo', 'abc')!.hint).toBe('the uid is the number in the profile address weibo.com/u/<uid>');
    expect(() => checkHandle('someone')).toThrow(/does not name a platform\. Write the handle in one of these forms: weibo:<uid>, .*file:<path>/);
    expect(handleProblem('nope', '1')!.message).toMatch(/"nope:1" does not name a platform/);
  });

  it('the adapters export the very same parsers, so the check and the adapters cannot drift', async () => {
    expect((await import('../../src/sources/weibo.js')).parseWeiboHandle).toBe(handles.parseWeiboHandle);
    expect((await import('../../src/sources/bsky.js')).parseBskyHandle).toBe(handles.parseBskyHandle);
    expect((await import('../../src/sources/mastodon.js')).parseMastodonHandle).toBe(handles.parseMastodonHandle);
    expect((await import('../../src/sources/x.js')).parseXHandle).toBe(handles.parseXHandle);
    expect((await import('../../src/sources/rss.js')).parseFeedHandle).toBe(handles.parseFeedHandle);
  });
});

describe('the adapters refuse the same handles, with the same message, before any request', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    // Answers anything: a request that got through would be recorded, not fail for lack of a route.
    server = await startFixtureServer([{ path: /.*/, reply: { body: { ok: 1 } } }]);
  });
  afterAll(() => server.close());

  it('each adapter’s open() rejects what handleProblem rejects', async () => {
    const adapters = {
      weibo: (await import('../../src/sources/weibo.js')).weiboSource,
      bsky: (await import('../../src/sources/bsky.js')).bskySource,
      mastodon: (await import('../../src/sources/mastodon.js')).mastodonSource,
      x: (await import('../../src/sources/x.js')).xSource,
      rss: (await import('../../src/sources/rss.js')).rssSource,
      file: (await import('../../src/sources/file.js')).fileSource,
    } as const;
    const endpoints = { weibo: server.url, 'weibo-web': server.url, bsky: server.url, mastodon: server.url, x: server.url };
    const ctx = testContext({ endpoints, env: { VET_X_BEARER_TOKEN: 'token', VET_WEIBO_COOKIE: 'SUB=x' } });
    for (const [handle] of REJECTED) {
      const { platform, rest } = split(handle);
      const expected = handleProblem(platform, rest)!;
      const adapter = adapters[platform as keyof typeof adapters];
      await expect(adapter.open(rest, ctx), handle).rejects.toThrow(expected.message);
      await expect(adapter.open(rest, ctx), handle).rejects.toBeInstanceOf(UsageError);
      await expect(openHistory(handle, ctx), handle).rejects.toThrow(expected.message);
    }
    expect(server.requests).toEqual([]);
  });
});

describe('vet <handle> and vet export <handle> refuse a malformed handle first', () => {
  let work: string;
  let server: FixtureServer;
  let traceHook: string;

  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'dist', 'sources', 'handles.js'))) throw new Error('run `npm run build` before these tests');
    work = await mkdtemp(join(tmpdir(), 'vet-handles-'));
    server = await startFixtureServer([{ path: /.*/, reply: { body: { ok: 1 } } }]);
    // Records every module the CLI loads (a module.register hook), to show which adapters were imported.
    await writeFile(join(work, 'hooks.mjs'), 'let port;\nexport function initialize(data) { port = data.port; }\nexport async function load(url, context, next) { port.postMessage(url); return next(url, context); }\n');
    traceHook = join(work, 'trace.mjs');
    await writeFile(
      traceHook,
      [
        "import { register } from 'node:module';",
        "import { MessageChannel } from 'node:worker_threads';",
        "import { appendFileSync, writeFileSync } from 'node:fs';",
        'const { port1, port2 } = new MessageChannel();',
        'writeFileSync(process.env.TRACE_FILE, "");',
        "port1.on('message', (url) => appendFileSync(process.env.TRACE_FILE, url + '\\n'));",
        'port1.unref();',
        "register(new URL('./hooks.mjs', import.meta.url), { data: { port: port2 }, transferList: [port2] });",
      ].join('\n'),
    );
  });
  afterAll(async () => {
    await server?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  /** Runs the built CLI in `work`; returns its exit code, output and the modules it loaded. */
  function vet(args: string[], name: string): Promise<{ code: number | null; stdout: string; stderr: string; loaded: string[] }> {
    const traceFile = join(work, `${name}.trace`);
    return new Promise((done, fail) => {
      const child = spawn(process.execPath, ['--import', traceHook, BIN, ...args], {
        cwd: work,
        env: { ...NO_STORE_ENV, PATH: process.env.PATH ?? '', HOME: work, NO_COLOR: '1', VET_CACHE_DIR: join(work, 'cache'), VET_ENDPOINT_WEIBO: server.url, VET_ENDPOINT_MASTODON: server.url, TRACE_FILE: traceFile },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      child.on('error', fail);
      child.on('close', async (code) => {
        clearTimeout(timer);
        const loaded = (await readFile(traceFile, 'utf8')).split('\n').filter(Boolean);
        done({ code, stdout, stderr, loaded });
      });
    });
  }

  const ADAPTERS = /\/sources\/(weibo|bsky|mastodon|rss|x)\.js$|\/node_modules\/(undici|cheerio|opencc-js)\//;

  it('vet weibo:abc: exit 2 with what was expected; no adapter, undici or cheerio loaded; nothing saved or fetched', { timeout: 30_000 }, async () => {
    const run = await vet(['weibo:abc', '--brand', 'xiaomi', '--save', 'evidence'], 'vet');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'vet: "weibo:abc" is not a Weibo handle; write weibo:<uid> (digits) or weibo:@<screen name>; for the screen name "abc", write weibo:@abc\n' +
        'hint: the uid is the number in the profile address weibo.com/u/<uid>\n',
    );
    expect(run.loaded.some((url) => url.endsWith('/dist/sources/handles.js'))).toBe(true);
    expect(run.loaded.filter((url) => ADAPTERS.test(url))).toEqual([]);
    expect(existsSync(join(work, 'evidence'))).toBe(false);
    expect(server.requests).toEqual([]);
  });

  it('vet export mastodon:@alice: exit 2 before the --output file exists', { timeout: 30_000 }, async () => {
    const before = await readdir(work);
    const run = await vet(['export', 'mastodon:@alice', '--output', 'alice.jsonl'], 'export');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^vet: "mastodon:@alice" is not a Mastodon handle; write mastodon:@user@instance/);
    expect(run.loaded.filter((url) => ADAPTERS.test(url))).toEqual([]);
    expect((await readdir(work)).filter((f) => !before.includes(f) && !f.endsWith('.trace'))).toEqual([]);
  });

  it('a well-formed handle still reaches its adapter (the trace does see adapters), and vet --version loads none', { timeout: 30_000 }, async () => {
    const ok = await vet(['weibo:1234567890', '--brand', 'xiaomi', '--no-cache'], 'ok');
    expect(ok.stderr).not.toMatch(/is not a Weibo handle/);
    expect(ok.loaded.some((url) => url.endsWith('/dist/sources/weibo.js'))).toBe(true);
    expect(server.requestsTo('/api/container/getIndex').length).toBeGreaterThan(0);
    const version = await vet(['--version'], 'version');
    expect(version.code).toBe(0);
    expect(version.loaded.filter((url) => ADAPTERS.test(url) || url.includes('/dist/sources/'))).toEqual([]);
  });
});
