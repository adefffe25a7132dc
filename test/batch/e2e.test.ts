import { existsSync } from 'node:fs';
import { appendFile, cp, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureText, startFixtureServer, type FixtureRoute, type FixtureServer } from '../helpers/fixture-server.js';
import { CSV_HEADER } from '../../src/batch/format.js';
import { BATCH_FIXTURES, csvCore, inProcess, jsonLines, ROOT, start, until, vet } from './cli.js';

/**
 * `vet batch` end to end against `file:` histories (fixtures/batch) and recorded-style Weibo and Bluesky
 * responses on a local server (fixtures/http, read only). The built CLI is spawned (`vet`, `start`) where a
 * real process matters: exit codes, signals, files left behind; the other cases run the same command in
 * this process (`inProcess`), which saves a Node start-up each. Verdicts come from the rules, so these
 * tests assert on the shape of the output, the set of handles, error codes and exit codes.
 */

const T = { timeout: 30_000 };
const HANDLES = ['hostile-reviewer', 'food-blogger', 'honest-critic', 'fan-insulter', 'travel-vlogger', 'camera-nerd', 'doom-wisher', 'cook'].map(
  (name) => `file:histories/${name}.jsonl`,
);
const getIndex = '/api/container/getIndex';
const DID = 'did:plc:ewvi7nxzyoun6zhxrhs64oiz';

let work: string;
let server: FixtureServer;
let bsky: FixtureServer;
let slowServer: FixtureServer;

/** A Weibo account whose profile and timeline are the recorded "hidden" ones with its own uid. */
function weiboAccount(uid: string, delayMs = 0): FixtureRoute[] {
  return [
    { path: getIndex, query: { value: uid, containerid: null }, reply: { body: fixtureText('weibo/hidden-profile.json').replaceAll('2222222222', uid) } },
    { path: getIndex, query: { containerid: `107603${uid}` }, reply: { body: fixtureText('weibo/hidden-timeline.json').replaceAll('2222222222', uid), delayMs } },
  ];
}

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'commands', 'batch.js'))) throw new Error('run `npm run build` before the batch tests');
  work = await mkdtemp(join(tmpdir(), 'vet-batch-'));
  await cp(join(BATCH_FIXTURES, 'histories'), join(work, 'histories'), { recursive: true });
  server = await startFixtureServer([
    // The main recorded account: profile, three timeline pages, one long post.
    { path: getIndex, query: { value: '1234567890', containerid: null }, reply: { file: 'weibo/profile.json' } },
    { path: getIndex, query: { containerid: '1076031234567890', since_id: null }, reply: { file: 'weibo/timeline-1.json' } },
    { path: getIndex, query: { containerid: '1076031234567890', since_id: '5011900000000003' }, reply: { file: 'weibo/timeline-2.json' } },
    { path: getIndex, query: { containerid: '1076031234567890', since_id: '5011500000000006' }, reply: { file: 'weibo/timeline-3.json' } },
    { path: '/statuses/extend', reply: { file: 'weibo/extend.json' } },
    ...weiboAccount('2222222222'),
    // Faults: a login wall, a server that keeps failing, one that never answers, a 429 that clears.
    { path: getIndex, query: { value: '3333333333' }, reply: { status: 432 } },
    { path: getIndex, query: { value: '4444444444' }, reply: { status: 503, body: 'upstream down' } },
    { path: getIndex, query: { value: '6666666666' }, reply: { fault: 'hang' } },
    { path: getIndex, query: { value: '5555555555', containerid: null }, reply: [{ status: 429, headers: { 'retry-after': '0' } }, { body: fixtureText('weibo/hidden-profile.json').replaceAll('2222222222', '5555555555') }] },
    ...weiboAccount('5555555555').slice(1),
  ]);
  // Bluesky on its own host, as in real life (the HTTP layer paces and bounds requests per host).
  bsky = await startFixtureServer([
    { path: '/xrpc/app.bsky.actor.getProfile', query: { actor: 'hang.bsky.social' }, reply: { fault: 'hang' } },
    { path: '/xrpc/app.bsky.actor.getProfile', query: { actor: 'gadget-critic.bsky.social' }, reply: { file: 'bsky/getProfile.json' } },
    { path: '/xrpc/app.bsky.feed.getAuthorFeed', query: { actor: DID, cursor: null }, reply: { file: 'bsky/getAuthorFeed-1.json' } },
    { path: '/xrpc/app.bsky.feed.getAuthorFeed', query: { actor: DID, cursor: '2025-03-03T09:30:00.000Z' }, reply: { file: 'bsky/getAuthorFeed-2.json' } },
  ]);
  // Slow timelines, so a Ctrl-C lands while handles are in flight.
  slowServer = await startFixtureServer(['8000000001', '8000000002', '8000000003', '8000000004', '8000000005'].flatMap((uid) => weiboAccount(uid, 400)));
});

afterAll(async () => {
  await Promise.all([server?.close(), bsky?.close(), slowServer?.close()]);
  if (work) await rm(work, { recursive: true, force: true });
});

async function roster(name: string, text: string): Promise<string> {
  await writeFile(join(work, name), text);
  return name;
}

const sorted = (lines: string[]) => [...lines].sort();
const linesOf = (text: string) => text.split('\n').filter(Boolean);

describe('vet batch over file: handles', () => {
  it.concurrent('a text roster: one line per handle, each the vet --format json document plus handle; exit 1', T, async () => {
    const run = await vet(['batch', join(BATCH_FIXTURES, 'handles.txt'), '--brand', 'xiaomi'], { cwd: work });
    expect(run.code).toBe(1);
    const lines = jsonLines(run.stdout);
    expect(lines.map((l) => l.handle).sort()).toEqual([...HANDLES].sort());
    const hostile = lines.find((l) => l.handle === 'file:histories/hostile-reviewer.jsonl')!;
    const single = await inProcess(['--from', join(BATCH_FIXTURES, 'histories', 'hostile-reviewer.jsonl'), '--brand', 'xiaomi', '--format', 'json'], { cwd: work });
    const { handle, ...rest } = hostile;
    expect(handle).toBe('file:histories/hostile-reviewer.jsonl');
    expect(rest).toEqual(JSON.parse(single.stdout));
    expect(Object.keys(hostile)[0]).toBe('handle');
    // Progress and the summary are on standard error (not a terminal here: plain lines).
    expect(run.stderr).toMatch(/^vet: batch: 8 handles to vet$/m);
    expect(run.stderr).toMatch(/^vet: batch done: 8 handles, 8 vetted, 0 failed in /m);
    expect(run.stderr).toMatch(/^ {2}critical 1 · high 2 · medium 0 · low 0 · insufficient-data 5 · failed 0/m);
    expect(run.stderr).toMatch(/^ {2}worst:\n {4}critical +\d+ +file:histories\/hostile-reviewer\.jsonl for xiaomi, 2 findings \(top: fan-doom-wish\)$/m);
    expect(run.stderr).not.toMatch(/\x1b/);
  });

  it.concurrent('a CSV roster with brand, from and name columns; --format csv writes the summary table', T, async () => {
    const csv = await inProcess(['batch', join(BATCH_FIXTURES, 'roster.csv'), '--brand', 'xiaomi', '--format', 'csv', '--quiet'], { cwd: work });
    expect(csv.code).toBe(1);
    expect(csv.stderr).toBe('');
    expect(sorted(await csvCore(csv.stdout))).toEqual(sorted([
      'handle,name,brand,level,score,findings,top_rule,error',
      'weibo:1234567890,Hostile Reviewer,xiaomi,critical,82,2,fan-doom-wish,',
      'file:histories/food-blogger.jsonl,"Food Blogger, Guilin",xiaomi,insufficient-data,0,0,,',
      'file:histories/honest-critic.jsonl,Honest Critic,xiaomi,insufficient-data,0,0,,',
      'file:histories/honest-critic.jsonl,Honest Critic,apple,insufficient-data,0,0,,',
    ]));
    expect(linesOf(csv.stdout)[0]).toBe(CSV_HEADER.join(','));
    // Without --brand, a row that names none is a roster error before anything runs.
    const noBrand = await inProcess(['batch', join(BATCH_FIXTURES, 'roster.csv')], { cwd: work });
    expect(noBrand.code).toBe(2);
    expect(noBrand.stdout).toBe('');
    expect(noBrand.stderr).toMatch(/roster\.csv:4: no brand for "file:histories\/food-blogger\.jsonl": pass --brand/);
  });

  it.concurrent('reads the roster from standard input; file: paths are then relative to the working folder', T, async () => {
    const run = await inProcess(['batch', '-', '--brand', 'xiaomi', '--quiet', '--fail-on', 'critical'], {
      cwd: work,
      stdin: '# two handles\nfile:histories/cook.jsonl\r\nfile:histories/fan-insulter.jsonl\n',
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(jsonLines(run.stdout).map((l) => [l.handle, (l.verdict as { level: string }).level]).sort()).toEqual([
      ['file:histories/cook.jsonl', 'insufficient-data'],
      ['file:histories/fan-insulter.jsonl', 'high'],
    ]);
  });

  it.concurrent('two shards split the roster deterministically and their outputs concatenate into the whole', T, async () => {
    const args = ['batch', join(BATCH_FIXTURES, 'handles.txt'), '--brand', 'xiaomi', '--quiet'];
    const [whole, one, two, oneAgain] = await Promise.all([
      inProcess(args, { cwd: work }),
      inProcess([...args, '--shard', '1/2'], { cwd: work }),
      inProcess([...args, '--shard', '2/2'], { cwd: work }),
      inProcess([...args, '--shard', '1/2'], { cwd: work }),
    ]);
    const [w, a, b, again] = [whole, one, two, oneAgain].map((r) => linesOf(r.stdout));
    expect(a!.length).toBeGreaterThan(0);
    expect(b!.length).toBeGreaterThan(0);
    expect(sorted([...a!, ...b!])).toEqual(sorted(w!));
    expect(sorted(again!)).toEqual(sorted(a!));
    const bad = await inProcess([...args, '--shard', '3/2'], { cwd: work });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--shard "3\/2" should be i\/n with 1 ≤ i ≤ n/);
  });
});

describe('vet batch --output and --resume', () => {
  it.concurrent('a resumed run skips the handles already in the output and appends the rest', T, async () => {
    const first = await roster('resume-half.txt', `${HANDLES.slice(0, 4).join('\n')}\n`);
    const full = await roster('resume-full.txt', `${HANDLES.join('\n')}\n`);
    const out = 'resume.jsonl';
    const run1 = await vet(['batch', first, '--brand', 'xiaomi', '--output', out], { cwd: work });
    expect(run1.code).toBe(1);
    expect(run1.stdout).toBe('');
    const before = await readFile(join(work, out), 'utf8');
    expect(jsonLines(before)).toHaveLength(4);

    // Without --resume or --force an existing output is never touched.
    const clobber = await inProcess(['batch', full, '--brand', 'xiaomi', '--output', out], { cwd: work });
    expect(clobber.code).toBe(2);
    expect(clobber.stderr).toMatch(/resume\.jsonl: the file already exists; pass --resume to continue it or --force to replace it/);
    expect(await readFile(join(work, out), 'utf8')).toBe(before);

    const run2 = await vet(['batch', full, '--brand', 'xiaomi', '--output', out, '--resume'], { cwd: work });
    expect(run2.code).toBe(1);
    expect(run2.stderr).toMatch(/^vet: batch: 4 handles to vet, 4 already in resume\.jsonl$/m);
    expect(run2.stderr).toMatch(/^vet: batch done: 8 handles, 8 vetted, 0 failed/m);
    expect(run2.stderr).toMatch(/4 of them were already in the output from an earlier run/);
    const after = await readFile(join(work, out), 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(jsonLines(after).map((l) => l.handle).sort()).toEqual([...HANDLES].sort());

    // A line cut off by a crash is dropped and its handle vetted again.
    const whole = Buffer.from(after);
    await truncate(join(work, out), whole.length - 40);
    const run3 = await inProcess(['batch', full, '--brand', 'xiaomi', '--output', out, '--resume'], { cwd: work });
    expect(run3.code).toBe(1);
    expect(run3.stderr).toMatch(/dropped a cut-off last line \(\d+ bytes\) left by an interrupted run; that handle runs again/);
    expect(run3.stderr).toMatch(/^vet: batch: 1 handle to vet, 7 already in resume\.jsonl$/m);
    const repaired = jsonLines(await readFile(join(work, out), 'utf8'));
    expect(repaired.map((l) => l.handle).sort()).toEqual([...HANDLES].sort());

    // Everything done: a rerun vets nothing and still exits by the recorded verdicts.
    const run4 = await inProcess(['batch', full, '--brand', 'xiaomi', '--output', out, '--resume', '--fail-on', 'critical'], { cwd: work });
    expect(run4.code).toBe(1);
    expect(run4.stderr).toMatch(/^vet: batch: 0 handles to vet, 8 already in resume\.jsonl$/m);

    // --force replaces; --resume refuses a file that is not batch output.
    const forced = await inProcess(['batch', first, '--brand', 'xiaomi', '--output', out, '--force', '--quiet'], { cwd: work });
    expect(forced.code).toBe(1);
    expect(jsonLines(await readFile(join(work, out), 'utf8'))).toHaveLength(4);
    await appendFile(join(work, out), 'not json\n');
    const wrong = await inProcess(['batch', full, '--brand', 'xiaomi', '--output', out, '--resume'], { cwd: work });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/resume\.jsonl:5: not a line of vet batch output \(not valid JSON\)/);
  });

  it.concurrent('--format csv resumes too, writing the header once', T, async () => {
    const first = await roster('csv-half.txt', `${HANDLES.slice(0, 3).join('\n')}\n`);
    const full = await roster('csv-full.txt', `${HANDLES.join('\n')}\n`);
    const args = ['--brand', 'xiaomi', '--output', 'resume.csv', '--format', 'csv', '--quiet'];
    expect((await inProcess(['batch', first, ...args], { cwd: work })).code).toBe(1);
    const run = await inProcess(['batch', full, ...args, '--resume'], { cwd: work });
    expect(run.code).toBe(1);
    const rows = linesOf(await readFile(join(work, 'resume.csv'), 'utf8'));
    expect(rows[0]).toBe(CSV_HEADER.join(','));
    expect(rows.filter((r) => r.startsWith('handle,'))).toHaveLength(1);
    expect(rows.slice(1).map((r) => r.split(',')[0]).sort()).toEqual([...HANDLES].sort());
  });
});

describe('vet batch against a local server', () => {
  it.concurrent('goes on past login walls, 5xx, hangs and 429s; failed handles get error lines; exit 3', { timeout: 60_000 }, async () => {
    const list = await roster('server.txt', [
      'weibo:1234567890',
      'weibo:2222222222',
      'weibo:3333333333',
      'weibo:4444444444',
      'bsky:hang.bsky.social',
      'weibo:5555555555',
      'bsky:gadget-critic.bsky.social',
      'file:histories/food-blogger.jsonl',
    ].join('\n'));
    // --timeout applies to every handle: the hanging one needs it to fire, the healthy ones must never near it,
    // however busy the machine (at 5 s a ten-post history timed out under load). 15 s: the hang costs 15 s.
    const run = await vet(
      ['batch', list, '--brand', 'xiaomi', '--endpoint', `weibo=${server.url}`, '--endpoint', `bsky=${bsky.url}`, '--no-cache', '--timeout', '15s', '--fail-on', 'critical'],
      { cwd: work, env: { VET_HTTP_TIMEOUT_MS: '20000' } },
    );
    expect(run.stderr).not.toMatch(/unexpected error|\n\s+at /);
    const lines = jsonLines(run.stdout);
    const byHandle = Object.fromEntries(lines.map((l) => [l.handle as string, l]));
    expect(Object.keys(byHandle).sort()).toEqual([
      'bsky:gadget-critic.bsky.social', 'bsky:hang.bsky.social', 'file:histories/food-blogger.jsonl',
      'weibo:1234567890', 'weibo:2222222222', 'weibo:3333333333', 'weibo:4444444444', 'weibo:5555555555',
    ]);
    expect(byHandle['weibo:1234567890']).toMatchObject({ subject: { handle: 'weibo:1234567890', platform: 'weibo' }, window: { postsScanned: 10 } });
    expect(byHandle['weibo:2222222222']).toMatchObject({ coverage: { partial: true } });
    expect(byHandle['weibo:5555555555']).toMatchObject({ window: { postsScanned: 2 } });
    expect(byHandle['bsky:gadget-critic.bsky.social']).toMatchObject({ subject: { platform: 'bsky' } });
    const error = (handle: string) => byHandle[handle]!.error as { code: string; message: string };
    expect(byHandle['weibo:3333333333']).toMatchObject({ brand: { id: 'xiaomi', name: 'Xiaomi' }, generatedAt: '2026-11-24T00:00:00.000Z' });
    expect(error('weibo:3333333333')).toMatchObject({ code: 'refused', message: expect.stringMatching(/^weibo: Weibo refused the request \(HTTP 432\)/) });
    expect(error('weibo:4444444444').code).toBe('server');
    expect(error('bsky:hang.bsky.social')).toMatchObject({ code: 'timeout', message: expect.stringMatching(/no result within 15 s \(--timeout\)/) });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^vet: batch done: 8 handles, 5 vetted, 3 failed/m);
    expect(run.stderr).toMatch(/^ {2}failed:\n(?: {4}.+\n){3}/m);
    expect(run.stderr).toMatch(/^ {4}bsky:hang\.bsky\.social for xiaomi: \[timeout\] no result within 15 s/m);
  });

  it.concurrent('Ctrl-C stops new handles, lets those in flight finish, leaves whole lines; --resume completes the set', T, async () => {
    const list = await roster('slow.txt', ['8000000001', '8000000002', '8000000003', '8000000004', '8000000005'].map((uid) => `weibo:${uid}`).join('\n'));
    const args = ['batch', list, '--brand', 'xiaomi', '--endpoint', `weibo=${slowServer.url}`, '--no-cache', '--output', 'slow.jsonl'];
    const out = join(work, 'slow.jsonl');
    const child = start(args, { cwd: work });
    await until(async () => existsSync(out) && (await readFile(out, 'utf8')).includes('\n'));
    child.child.kill('SIGINT');
    const run = await child.done;
    expect(run.code).toBe(130);
    expect(run.stderr).toMatch(/stopping: no new handles will start; waiting for \d+ in flight/);
    expect(run.stderr).toMatch(/stopped: \d+ handles? not vetted; run the same command with --resume to finish/);
    const partial = jsonLines(await readFile(out, 'utf8'));
    expect(partial.length).toBeGreaterThanOrEqual(1);
    expect(partial.length).toBeLessThan(5);
    const resumed = await inProcess([...args, '--resume'], { cwd: work });
    expect(resumed.code).toBe(0);
    const all = jsonLines(await readFile(out, 'utf8'));
    expect(all.map((l) => l.handle).sort()).toEqual(['8000000001', '8000000002', '8000000003', '8000000004', '8000000005'].map((uid) => `weibo:${uid}`));
  });

  it.concurrent('a second Ctrl-C abandons the handles in flight: no line for them, exit 130', T, async () => {
    const list = await roster('hang.txt', 'file:histories/cook.jsonl\nweibo:6666666666\n');
    const out = join(work, 'hang.jsonl');
    const child = start(['batch', list, '--brand', 'xiaomi', '--endpoint', `weibo=${server.url}`, '--no-cache', '--output', 'hang.jsonl'], {
      cwd: work,
      env: { VET_HTTP_TIMEOUT_MS: '20000' },
    });
    await until(async () => existsSync(out) && (await readFile(out, 'utf8')).includes('\n'));
    child.child.kill('SIGINT');
    await until(() => child.stderr().includes('stopping:'));
    child.child.kill('SIGINT');
    const run = await child.done;
    expect(run.code).toBe(130);
    expect(jsonLines(await readFile(out, 'utf8')).map((l) => l.handle)).toEqual(['file:histories/cook.jsonl']);
    expect(run.stderr).toMatch(/stopped: 1 handle not vetted/);
    expect(run.stderr).not.toMatch(/unexpected error/);
  });
});

describe('vet batch refuses a bad roster before any work (exit 2, file:line)', () => {
  it.concurrent('lists every bad row of a text roster', T, async () => {
    const list = await roster('bad.txt', ['weibo:1234567890', 'foo:bar', 'weibo:', 'file:histories/missing.jsonl', 'weibo:1 xiaomi'].join('\n'));
    const run = await inProcess(['batch', list, '--brand', 'xiaomi', '--output', 'never.jsonl'], { cwd: work });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('vet: bad.txt:2: "foo:bar" does not start with a platform vet knows; write it as one of weibo:<uid>');
    expect(run.stderr).toContain('vet: bad.txt:3: the handle "weibo:" names no account after "weibo:"');
    expect(run.stderr).toMatch(/vet: bad\.txt:4: the history file histories\/missing\.jsonl of "file:histories\/missing\.jsonl" does not exist/);
    expect(run.stderr).toContain('vet: bad.txt:5: expected one handle a line, got "weibo:1 xiaomi"');
    expect(run.stderr).toMatch(/^vet: bad\.txt: 4 problems in the roster \(above\); nothing was vetted$/m);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(work, 'never.jsonl'))).toBe(false);
  });

  it.concurrent('names the CSV row of an empty handle, an unknown brand, a missing from file; and bad CSV', T, async () => {
    const list = await roster('bad.csv', 'handle,brand,from,name\nweibo:1234567890,xiaomi,,A\n,xiaomi,,B\nweibo:2222222222,nokia,,C\nweibo:3,,histories/nope.jsonl,D\n');
    const run = await inProcess(['batch', list, '--brand', 'xiaomi'], { cwd: work });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('vet: bad.csv:3: the handle is empty');
    expect(run.stderr).toMatch(/vet: bad\.csv:4: brand: unknown brand "nokia"\. Built-in brands: apple, google, huawei, samsung, xiaomi/);
    expect(run.stderr).toMatch(/vet: bad\.csv:5: from: the history file histories\/nope\.jsonl does not exist/);

    const broken = await roster('broken.csv', 'handle,brand\nweibo:1,xiaomi\n"weibo:2,xiaomi\n');
    const bad = await inProcess(['batch', broken, '--brand', 'xiaomi'], { cwd: work });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^vet: broken\.csv:\d+: not valid CSV/m);

    const missing = await inProcess(['batch', 'no-such-roster.txt', '--brand', 'xiaomi'], { cwd: work });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^vet: no-such-roster\.txt: cannot read the roster \(no such file\)$/m);

    const noOutput = await inProcess(['batch', list, '--brand', 'xiaomi', '--resume'], { cwd: work });
    expect(noOutput.code).toBe(2);
    expect(noOutput.stderr).toMatch(/--resume needs --output <file>/);
  });
});
