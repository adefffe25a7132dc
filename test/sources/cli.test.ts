import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureRoute, type FixtureServer } from '../helpers/fixture-server.js';
import { NO_STORE_ENV } from '../helpers/store-env.js';

/**
 * The built CLI (`node bin/vet.js`, after `npm run build`) against recorded Weibo responses on a local
 * server, through --endpoint / VET_ENDPOINT_*. Findings depend on the rules, so these tests assert on
 * subject, coverage, postsScanned, files and exit codes.
 */

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'vet.js');
const COOKIE = 'SUB=_2A25Lsecretcookievalue123; SUBP=0033WrSXqPxfM725Ws9jqgMF55529P9D9W5secret';

let server: FixtureServer;
let web: FixtureServer;
let work: string;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** At most two vet processes at a time: tests run concurrently, the machine may have two cores. */
let running = 0;
const queue: Array<() => void> = [];
async function vet(args: string[], env: Record<string, string> = {}): Promise<Run> {
  if (running >= 2) await new Promise<void>((resolve) => queue.push(resolve));
  running++;
  try {
    return await spawnVet(args, env);
  } finally {
    running--;
    queue.shift()?.();
  }
}

function spawnVet(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: work,
      // A clean environment: no proxy variables, no real cache, tiny retry delays, no pacing.
      env: {
        ...NO_STORE_ENV,
        PATH: process.env.PATH ?? '',
        HOME: work,
        NO_COLOR: '1',
        VET_CACHE_DIR: join(work, 'cache'),
        VET_HTTP_MIN_INTERVAL_MS: '0',
        VET_HTTP_RETRY_BASE_MS: '5',
        VET_HTTP_TIMEOUT_MS: '3000',
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

const getIndex = '/api/container/getIndex';

/** The main test account (uid 1234567890): profile, three timeline pages, one long post. */
const WEIBO_ROUTES: FixtureRoute[] = [
  { path: getIndex, query: { value: '1234567890', containerid: null }, reply: { file: 'weibo/profile.json' } },
  { path: getIndex, query: { containerid: '1076031234567890', since_id: null }, reply: { file: 'weibo/timeline-1.json' } },
  { path: getIndex, query: { containerid: '1076031234567890', since_id: '5011900000000003' }, reply: { file: 'weibo/timeline-2.json' } },
  { path: getIndex, query: { containerid: '1076031234567890', since_id: '5011500000000006' }, reply: { file: 'weibo/timeline-3.json' } },
  { path: '/statuses/extend', reply: { file: 'weibo/extend.json' } },
];

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('run `npm run build` before the CLI tests');
  work = await mkdtemp(join(tmpdir(), 'vet-cli-'));
  server = await startFixtureServer([
    ...WEIBO_ROUTES,
    { path: '/n/万能的大熊', reply: { status: 302, headers: { location: '/u/1234567890' } } },
    { path: /^\/n\//, reply: { file: 'weibo/user-not-found.html' } },
    { path: getIndex, query: { value: '2222222222', containerid: null }, reply: { file: 'weibo/hidden-profile.json' } },
    { path: getIndex, query: { containerid: '1076032222222222' }, reply: { file: 'weibo/hidden-timeline.json' } },
    { path: getIndex, query: { value: '3333333333' }, reply: { status: 432 } },
    { path: getIndex, query: { value: '5555555555', containerid: null }, reply: [{ status: 429, headers: { 'retry-after': '0' } }, { file: 'weibo/hidden-profile.json' }] },
  ]);
  web = await startFixtureServer([
    { path: '/ajax/profile/info', reply: { file: 'weibo-web/profile-info.json' } },
    { path: '/ajax/statuses/mymblog', query: { page: '1' }, reply: { file: 'weibo-web/mymblog-1.json' } },
    { path: '/ajax/statuses/mymblog', query: { page: '2' }, reply: { file: 'weibo-web/mymblog-2.json' } },
    { path: '/ajax/statuses/mymblog', reply: { file: 'weibo-web/mymblog-end.json' } },
    { path: '/ajax/statuses/longtext', reply: { file: 'weibo-web/longtext.json' } },
  ]);
});

afterAll(async () => {
  await Promise.all([server?.close(), web?.close()]);
  if (work) await rm(work, { recursive: true, force: true });
});

const endpoint = () => ['--endpoint', `weibo=${server.url}`];

async function filesUnder(root: string): Promise<string[]> {
  if (!existsSync(root)) return [];
  return (await readdir(root, { withFileTypes: true, recursive: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

// Each run starts a Node process (~1 s); independent runs go concurrently.
const T = { timeout: 30_000 };

describe('vet <weibo handle> against a local server', () => {
  it.concurrent('reads the whole history and reports coverage', T, async () => {
    const run = await vet(['weibo:1234567890', ...endpoint(), '--brand', 'xiaomi', '--format', 'json', '--no-cache']);
    expect(run.stderr).not.toMatch(/unexpected error/);
    expect([0, 1], run.stderr).toContain(run.code);
    const report = JSON.parse(run.stdout);
    expect(report.subject).toEqual({ handle: 'weibo:1234567890', platform: 'weibo' });
    expect(report.window.postsScanned).toBe(10);
    expect(report.coverage).toMatchObject({ postsRead: 10, partial: false });
    expect(existsSync(join(work, 'cache'))).toBe(false); // --no-cache
  });

  it.concurrent('takes the endpoint from VET_ENDPOINT_WEIBO and resolves a screen name in the other script', T, async () => {
    const run = await vet(['weibo:@萬能的大熊', '--brand', 'xiaomi', '--format', 'json', '--no-cache'], { VET_ENDPOINT_WEIBO: server.url });
    expect([0, 1]).toContain(run.code);
    expect(JSON.parse(run.stdout).subject.handle).toBe('weibo:1234567890');
  });

  it.concurrent('says in the verdict when older posts were hidden', T, async () => {
    const run = await vet(['weibo:2222222222', ...endpoint(), '--brand', 'xiaomi', '--format', 'json', '--no-cache']);
    const report = JSON.parse(run.stdout);
    expect(report.coverage.partial).toBe(true);
    expect(report.verdict.reasons.join(' ')).toMatch(/did not show the whole history/);
    expect(report.verdict.level).not.toBe(undefined);
  });

  it.concurrent('turns a login wall into one message with what to do, exit 3', T, async () => {
    const run = await vet(['weibo:3333333333', ...endpoint(), '--brand', 'xiaomi', '--format', 'json', '--no-cache']);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^vet: weibo: Weibo refused the request \(HTTP 432\)/m);
    expect(run.stderr).toMatch(/^hint: set VET_WEIBO_COOKIE .* --from <file>/m);
  });

  it.concurrent('answers a rerun from the cache, and --refresh asks again', T, async () => {
    // Its own server, so concurrent tests do not disturb the request count.
    const own = await startFixtureServer(WEIBO_ROUTES);
    try {
      const cache = join(work, 'cache-rerun');
      const env = { VET_CACHE_DIR: cache };
      const args = ['weibo:1234567890', '--endpoint', `weibo=${own.url}`, '--brand', 'xiaomi', '--format', 'json'];
      await vet(args, env);
      expect(own.requests).toHaveLength(5);
      const again = await vet(args, env);
      expect(JSON.parse(again.stdout).window.postsScanned).toBe(10);
      expect(own.requests).toHaveLength(5);
      await vet([...args, '--refresh'], env);
      expect(own.requests).toHaveLength(10);
      expect((await filesUnder(cache)).length).toBe(5);
    } finally {
      await own.close();
    }
  });
});

describe('vet export', () => {
  it.concurrent('writes the history as JSON Lines that --from reads back; never replaces a file without --force', T, async () => {
    const run = await vet(['export', 'weibo:1234567890', ...endpoint(), '--output', 'history.jsonl', '--no-cache']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/exported 10 posts of weibo:1234567890, dated 2021-06-12 to \d{4}-\d{2}-\d{2} to history\.jsonl/);
    const all = (await readFile(join(work, 'history.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    // A metadata line first (whose history) and last (how much was read), the posts between.
    expect(all[0]).toMatchObject({ vetExport: 1, part: 'head', subject: { handle: 'weibo:1234567890', platform: 'weibo' }, vetVersion: expect.any(String) });
    expect(all.at(-1)).toMatchObject({ vetExport: 1, part: 'end', posts: 10, coverage: { postsRead: 10, partial: false } });
    const lines = all.slice(1, -1);
    expect(lines).toHaveLength(10);
    expect(lines[3]).toMatchObject({ id: '5012345678905678', platform: 'weibo', url: 'https://weibo.com/1234567890/Oabc12345' });
    const back = await vet(['--from', 'history.jsonl', '--brand', 'xiaomi', '--format', 'json']);
    expect([0, 1]).toContain(back.code);
    const report = JSON.parse(back.stdout);
    expect(report.window.postsScanned).toBe(10);
    expect(report.subject).toEqual({ handle: 'weibo:1234567890', platform: 'weibo' });
    expect(report.coverage.partial).toBe(false);
    const again = await vet(['export', 'weibo:1234567890', ...endpoint(), '--output', 'history.jsonl', '--no-cache']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/history\.jsonl: the file already exists; pass --force/);
  });
});

describe('vet export keeps coverage and the subject (issue 16 item 14)', () => {
  it.concurrent('a partial history exported and re-vetted keeps its caveat and its handle, not LOW without a word', T, async () => {
    const live = await vet(['weibo:2222222222', ...endpoint(), '--brand', 'xiaomi', '--format', 'json', '--no-cache']);
    const liveReport = JSON.parse(live.stdout);
    expect(liveReport.coverage.partial).toBe(true);
    const run = await vet(['export', 'weibo:2222222222', ...endpoint(), '--output', 'partial.jsonl', '--no-cache']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/the history is incomplete/);
    const back = await vet(['--from', 'partial.jsonl', '--brand', 'xiaomi', '--format', 'json']);
    const report = JSON.parse(back.stdout);
    expect(report.subject).toEqual(liveReport.subject);
    expect(report.coverage.partial).toBe(true);
    expect(report.coverage.noteCodes.map((n: { code: string }) => n.code)).toEqual(expect.arrayContaining(liveReport.coverage.noteCodes.map((n: { code: string }) => n.code)));
    expect(report.verdict.level).toBe(liveReport.verdict.level);
    expect(report.verdict.reasons.join(' ')).toMatch(/did not show the whole history/);
    const text = await vet(['--from', 'partial.jsonl', '--brand', 'xiaomi', '--format', 'text']);
    expect(text.stdout).toContain('weibo:2222222222');
    expect(text.stdout).toMatch(/did not show the whole history/);
    // Exported again from the file, it stays the same subject and keeps its caveat.
    const again = await vet(['export', 'file:partial.jsonl', '--output', 'again.jsonl']);
    expect(again.code, again.stderr).toBe(0);
    const lines = (await readFile(join(work, 'again.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0].subject).toEqual(liveReport.subject);
    expect(lines.at(-1).coverage.partial).toBe(true);
  });

  it.concurrent('to standard output too; a copy cut before its last line says it was cut short', T, async () => {
    const run = await vet(['export', 'weibo:1234567890', ...endpoint(), '--no-cache']);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({ vetExport: 1, part: 'head' });
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ vetExport: 1, part: 'end', posts: 10 });
    await writeFile(join(work, 'cut.jsonl'), `${lines.slice(0, 6).join('\n')}\n`);
    const back = await vet(['--from', 'cut.jsonl', '--brand', 'xiaomi', '--format', 'json']);
    const report = JSON.parse(back.stdout);
    expect(report.coverage.partial).toBe(true);
    expect(report.coverage.notes.join(' ')).toMatch(/the export of weibo:1234567890 has no closing line: it was cut short/);
    expect(report.verdict.level).not.toBe('low');
  });
});

describe('vet --save <dir> (evidence bundle)', () => {
  it.concurrent('writes the history, the report and a manifest with hashes; never a secret; never clobbers', T, async () => {
    const cache = join(work, 'cache-bundle');
    const run = await vet(['weibo:1234567890', '--endpoint', `weibo-web=${web.url}`, '--brand', 'xiaomi', '--format', 'json', '--save', 'evidence'], {
      VET_WEIBO_COOKIE: COOKIE,
      VET_CACHE_DIR: cache,
    });
    expect([0, 1], run.stderr).toContain(run.code);
    expect(run.stderr).toMatch(/evidence saved in evidence/);
    const dir = join(work, 'evidence');
    expect((await readdir(dir)).sort()).toEqual(['history.jsonl', 'manifest.json', 'report.json']);
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ bundleVersion: 1, handle: 'weibo:1234567890', postCount: 4, brand: { id: 'xiaomi', origin: 'built-in' } });
    expect(manifest.brand.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.vetVersion).toMatch(/^\d+\.\d+\.\d+/);
    for (const name of ['history.jsonl', 'report.json']) {
      const bytes = await readFile(join(dir, name));
      expect(manifest.files[name].sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    expect(JSON.parse(await readFile(join(dir, 'report.json'), 'utf8'))).toEqual(JSON.parse(run.stdout));
    expect((await readFile(join(dir, 'history.jsonl'), 'utf8')).trim().split('\n')).toHaveLength(4);
    // The cookie went to the weibo.com endpoint only, and is nowhere in output, bundle or cache.
    expect(web.requests.every((r) => r.headers.cookie === COOKIE)).toBe(true);
    const everything = [run.stdout, run.stderr];
    for (const file of [...(await filesUnder(dir)), ...(await filesUnder(cache))]) everything.push(file, await readFile(file, 'utf8'));
    expect(everything.join('\n')).not.toContain('secret');

    const again = await vet(['weibo:1234567890', ...endpoint(), '--brand', 'xiaomi', '--no-cache', '--save', 'evidence']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/evidence: already holds an evidence bundle .* pass --force/);
  });

  it.concurrent('leaves no half bundle when the source refuses', T, async () => {
    const run = await vet(['weibo:3333333333', ...endpoint(), '--brand', 'xiaomi', '--no-cache', '--save', 'refused']);
    expect(run.code).toBe(3);
    expect(await filesUnder(join(work, 'refused'))).toEqual([]);
  });
});
