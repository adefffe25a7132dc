import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureRoute, type FixtureServer } from '../helpers/fixture-server.js';
import { expectCleanFailure, filesUnder, requireBuild, ROOT, vet, vetInProcess, workDir } from './helpers.js';

/**
 * Nothing lost: reports, exports, evidence bundles and baselines are written atomically (temp file + rename,
 * so a failed run leaves neither a half file nor a stray temp file); an existing file is kept unless --force;
 * `vet batch --output` appends whole lines and refuses an existing file without --resume or --force; the
 * page cache survives a damaged entry by fetching that page again.
 */

const T = { timeout: 30_000 };
const getIndex = '/api/container/getIndex';
const KEEP = 'precious: written by a person, must survive\n';
let work: string;
let server: FixtureServer;

const WEIBO: FixtureRoute[] = [
  { path: getIndex, query: { value: '1234567890', containerid: null }, reply: { file: 'weibo/profile.json' } },
  { path: getIndex, query: { containerid: '1076031234567890', since_id: null }, reply: { file: 'weibo/timeline-1.json' } },
  { path: getIndex, query: { containerid: '1076031234567890', since_id: '5011900000000003' }, reply: { file: 'weibo/timeline-2.json' } },
  { path: getIndex, query: { containerid: '1076031234567890', since_id: '5011500000000006' }, reply: { file: 'weibo/timeline-3.json' } },
  { path: '/statuses/extend', reply: { file: 'weibo/extend.json' } },
];

beforeAll(async () => {
  requireBuild();
  work = await workDir('lost');
  await cp(join(ROOT, 'fixtures', 'histories', 'tech-reviewer-hostile.jsonl'), join(work, 'hostile.jsonl'));
  server = await startFixtureServer([
    // uid 9000000001 (first: routes match in order): the profile reads, then the timeline is cut off
    // mid-answer every time, before any post (a cut after some posts is a partial history instead).
    { path: getIndex, query: { value: '9000000001', containerid: null }, reply: { file: 'weibo/profile.json' } },
    { path: getIndex, query: { value: '9000000001' }, reply: { body: '{"ok":1,"data":{"cards":[', fault: 'reset-mid-body' } },
    ...WEIBO,
  ]);
});

afterAll(async () => {
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

async function folder(name: string): Promise<string> {
  const dir = join(work, name);
  await mkdir(dir, { recursive: true });
  await cp(join(work, 'hostile.jsonl'), join(dir, 'hostile.jsonl'));
  return dir;
}

/** No temp file left behind anywhere under the folder. */
async function expectNoTemp(dir: string): Promise<void> {
  const names = (await readdir(dir, { recursive: true })).map(String);
  expect(names.filter((n) => /\.tmp$/.test(n))).toEqual([]);
}

const endpoint = () => ['--endpoint', `weibo=${server.url}`];

describe('vet --output', () => {
  it.concurrent('writes the report, keeps an existing file without --force, replaces it with --force', T, async () => {
    const dir = await folder('output');
    await writeFile(join(dir, 'kept.txt'), KEEP);
    const first = await vet(['--from', 'hostile.jsonl', '--brand', 'xiaomi', '--output', 'report.txt'], { cwd: dir });
    expect(first.code, first.stderr).toBe(1);
    expect(first.stdout).toBe('');
    expect(first.stderr).toMatch(/^vet: report written to report\.txt \(verdict: critical\)$/m);
    expect(await readFile(join(dir, 'report.txt'), 'utf8')).toMatch(/^vet: example_tech_reviewer/);

    const kept = await vetInProcess(['--from', 'hostile.jsonl', '--brand', 'xiaomi', '--output', 'kept.txt'], { cwd: dir });
    expectCleanFailure(kept, 2);
    expect(kept.stderr).toMatch(/^vet: kept\.txt: the file already exists; pass --force to replace it$/m);
    expect(await readFile(join(dir, 'kept.txt'), 'utf8')).toBe(KEEP);

    const forced = await vetInProcess(['--from', 'hostile.jsonl', '--brand', 'xiaomi', '--output', 'kept.txt', '--force', '--format', 'json'], { cwd: dir });
    expect(forced.code, forced.stderr).toBe(1);
    expect(JSON.parse(await readFile(join(dir, 'kept.txt'), 'utf8')).verdict.level).toBe('critical');
    await expectNoTemp(dir);
  });

  it.concurrent('refuses an existing --output before fetching anything', T, async () => {
    const dir = await folder('output-first');
    await writeFile(join(dir, 'kept.txt'), KEEP);
    const kept = await vetInProcess(['weibo:9000000002', ...endpoint(), '--brand', 'xiaomi', '--no-cache', '--output', 'kept.txt'], { cwd: dir });
    expectCleanFailure(kept, 2);
    expect(kept.stderr).toMatch(/^vet: kept\.txt: the file already exists; pass --force to replace it$/m);
    // A uid no other test asks for: the server must never have heard of it.
    expect(server.requests.filter((r) => JSON.stringify(r).includes('9000000002'))).toEqual([]);
    expect(await readFile(join(dir, 'kept.txt'), 'utf8')).toBe(KEEP);
  });

  it.concurrent('a run that fails leaves no report and no temp file', T, async () => {
    const dir = await folder('output-fail');
    const run = await vet(['weibo:9000000001', ...endpoint(), '--brand', 'xiaomi', '--no-cache', '--output', 'report.txt'], { cwd: dir, env: { VET_HTTP_RETRIES: '0' } });
    expectCleanFailure(run, 3);
    expect(await readdir(dir)).toEqual(['hostile.jsonl']);
  });

  it.concurrent('an output path that is a folder, or runs through a file: one message, exit 2', T, async () => {
    const dir = await folder('output-odd');
    await mkdir(join(dir, 'a-folder'));
    const intoFolder = await vetInProcess(['--from', 'hostile.jsonl', '--brand', 'xiaomi', '--output', 'a-folder', '--force'], { cwd: dir });
    expectCleanFailure(intoFolder, 2);
    expect(intoFolder.stderr).toMatch(/^vet: a-folder: cannot write the file \(it is a folder\)$/m);
    // Without --force too: not "already exists; pass --force", which could not help.
    const noForce = await vetInProcess(['--from', 'hostile.jsonl', '--brand', 'xiaomi', '--output', 'a-folder'], { cwd: dir });
    expectCleanFailure(noForce, 2);
    expect(noForce.stderr).toMatch(/^vet: a-folder: cannot write the file \(it is a folder\)$/m);
    const throughFile = await vetInProcess(['--from', 'hostile.jsonl', '--brand', 'xiaomi', '--output', 'hostile.jsonl/report.txt'], { cwd: dir });
    expectCleanFailure(throughFile, 2);
    expect(throughFile.stderr).toMatch(/^vet: hostile\.jsonl\/report\.txt: cannot write the file/m);
    await expectNoTemp(dir);
    expect((await readFile(join(dir, 'hostile.jsonl'), 'utf8')).length).toBeGreaterThan(100);
  });
});

describe('vet --save (evidence bundle)', () => {
  it.concurrent('keeps an existing bundle without --force; replaces it with --force; a failed fetch leaves no half bundle', T, async () => {
    const dir = await folder('save');
    const first = await vetInProcess(['--from', 'hostile.jsonl', '--brand', 'xiaomi', '--save', 'evidence'], { cwd: dir });
    expect(first.code, first.stderr).toBe(1);
    const before = await readFile(join(dir, 'evidence', 'manifest.json'), 'utf8');

    const kept = await vetInProcess(['--from', 'hostile.jsonl', '--brand', 'apple', '--save', 'evidence'], { cwd: dir });
    expectCleanFailure(kept, 2);
    expect(kept.stderr).toMatch(/^vet: evidence: already holds an evidence bundle .*pass --force/m);
    expect(await readFile(join(dir, 'evidence', 'manifest.json'), 'utf8')).toBe(before);

    const forced = await vetInProcess(['--from', 'hostile.jsonl', '--brand', 'apple', '--save', 'evidence', '--force'], { cwd: dir });
    expect([0, 1], forced.stderr).toContain(forced.code);
    expect(JSON.parse(await readFile(join(dir, 'evidence', 'manifest.json'), 'utf8')).brand.id).toBe('apple');

    const failed = await vet(['weibo:9000000001', ...endpoint(), '--brand', 'xiaomi', '--no-cache', '--save', 'partial'], { cwd: dir, env: { VET_HTTP_RETRIES: '0' } });
    expectCleanFailure(failed, 3);
    expect(await filesUnder(join(dir, 'partial'))).toEqual([]);
    await expectNoTemp(dir);
  });
});

describe('vet export --output', () => {
  it.concurrent('keeps an existing file without --force; a fetch that fails leaves no file and no temp file', T, async () => {
    const dir = await folder('export');
    await writeFile(join(dir, 'history.jsonl'), KEEP);
    const kept = await vetInProcess(['export', 'weibo:1234567890', ...endpoint(), '--no-cache', '--output', 'history.jsonl'], { cwd: dir });
    expectCleanFailure(kept, 2);
    expect(kept.stderr).toMatch(/^vet: history\.jsonl: the file already exists; pass --force/m);
    expect(await readFile(join(dir, 'history.jsonl'), 'utf8')).toBe(KEEP);
    // Nothing was fetched for a file that could not be written.
    expect(server.requests.filter((r) => r.query.value === '1234567890' && !r.query.containerid).length).toBeLessThanOrEqual(1);

    const cut = await vet(['export', 'weibo:9000000001', ...endpoint(), '--no-cache', '--output', 'cut.jsonl'], { cwd: dir, env: { VET_HTTP_RETRIES: '0' } });
    expectCleanFailure(cut, 3);
    expect((await readdir(dir)).sort()).toEqual(['history.jsonl', 'hostile.jsonl']);

    const forced = await vetInProcess(['export', 'weibo:1234567890', ...endpoint(), '--no-cache', '--output', 'history.jsonl', '--force'], { cwd: dir });
    expect(forced.code, forced.stderr).toBe(0);
    // Ten posts between the export's head and end lines.
    expect((await readFile(join(dir, 'history.jsonl'), 'utf8')).trim().split('\n')).toHaveLength(12);
    await expectNoTemp(dir);
  });
});

describe('vet batch --output', () => {
  it.concurrent('refuses an existing file without --resume or --force; --force replaces it', T, async () => {
    const dir = await folder('batch');
    await writeFile(join(dir, 'roster.txt'), 'file:hostile.jsonl\n');
    await writeFile(join(dir, 'out.jsonl'), KEEP);
    const kept = await vetInProcess(['batch', 'roster.txt', '--brand', 'xiaomi', '--output', 'out.jsonl', '--quiet'], { cwd: dir });
    expectCleanFailure(kept, 2);
    expect(kept.stderr).toMatch(/^vet: out\.jsonl: the file already exists; pass --resume to continue it or --force to replace it$/m);
    expect(await readFile(join(dir, 'out.jsonl'), 'utf8')).toBe(KEEP);
    const forced = await vetInProcess(['batch', 'roster.txt', '--brand', 'xiaomi', '--output', 'out.jsonl', '--quiet', '--force'], { cwd: dir });
    expect(forced.code, forced.stderr).toBe(1);
    const lines = (await readFile(join(dir, 'out.jsonl'), 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!).handle).toBe('file:hostile.jsonl');
  });
});

describe('vet check --output and --write-baseline', () => {
  it.concurrent('keep existing files without --force', T, async () => {
    const dir = await folder('check');
    await writeFile(join(dir, 'proposal.yaml'), 'brand: xiaomi\ninfluencers:\n  - name: Reviewer\n    from: hostile.jsonl\n');
    await writeFile(join(dir, 'results.sarif'), KEEP);
    const kept = await vetInProcess(['check', 'proposal.yaml', '--format', 'sarif', '--output', 'results.sarif'], { cwd: dir });
    expectCleanFailure(kept, 2);
    expect(kept.stderr).toMatch(/^vet: results\.sarif: the file already exists; pass --force to replace it$/m);
    expect(await readFile(join(dir, 'results.sarif'), 'utf8')).toBe(KEEP);
    const forced = await vetInProcess(['check', 'proposal.yaml', '--format', 'sarif', '--output', 'results.sarif', '--force'], { cwd: dir });
    expect(forced.code, forced.stderr).toBe(1);
    expect(JSON.parse(await readFile(join(dir, 'results.sarif'), 'utf8')).version).toBe('2.1.0');

    await writeFile(join(dir, '.vetignore'), '# reviewed by hand\n[]\n');
    const baseline = await vetInProcess(['check', 'proposal.yaml', '--write-baseline'], { cwd: dir });
    expectCleanFailure(baseline, 2);
    expect(baseline.stderr).toMatch(/^vet: \.vetignore: the file already exists; pass --force/m);
    expect(await readFile(join(dir, '.vetignore'), 'utf8')).toBe('# reviewed by hand\n[]\n');
    const written = await vetInProcess(['check', 'proposal.yaml', '--write-baseline', '--force'], { cwd: dir, env: { VET_REVIEWER: 'robustness' } });
    expect(written.code, written.stderr).toBe(0);
    expect(await readFile(join(dir, '.vetignore'), 'utf8')).toMatch(/^- fingerprint: weibo:\d+:fan-doom-wish:/m);
    await expectNoTemp(dir);
  });
});

describe('the page cache', () => {
  it.concurrent('survives damaged entries by fetching those pages again', T, async () => {
    const own = await startFixtureServer(WEIBO);
    try {
      const dir = await folder('cache');
      const cache = join(dir, 'cache');
      const args = ['weibo:1234567890', '--endpoint', `weibo=${own.url}`, '--brand', 'xiaomi', '--format', 'json'];
      const first = await vet(args, { cwd: dir, env: { VET_CACHE_DIR: cache } });
      expect([0, 1], first.stderr).toContain(first.code);
      expect(own.requests).toHaveLength(5);
      const entries = (await filesUnder(cache)).sort();
      expect(entries).toHaveLength(5);
      // Damage three entries three ways: garbage, a cut-off write, valid JSON of the wrong shape.
      await writeFile(entries[0]!, '\u0000\u0001 not json');
      await writeFile(entries[1]!, (await readFile(entries[1]!, 'utf8')).slice(0, 40));
      await writeFile(entries[2]!, '{"v":1,"body":42}');
      const again = await vet([...args, '--verbose'], { cwd: dir, env: { VET_CACHE_DIR: cache } });
      expect(again.code).toBe(first.code);
      expect(JSON.parse(again.stdout).findings).toEqual(JSON.parse(first.stdout).findings);
      expect(own.requests).toHaveLength(8);
      expect(again.stderr.match(/cache: ignoring a damaged entry/g)).toHaveLength(3);
      // The damaged entries were replaced by good ones: a third run asks nothing.
      const third = await vetInProcess(args, { cwd: dir, env: { VET_CACHE_DIR: cache } });
      expect(third.code).toBe(first.code);
      expect(own.requests).toHaveLength(8);
      await expectNoTemp(cache);
    } finally {
      await own.close();
    }
  });

  it.concurrent('a cache that cannot be written (its folder is a file) costs a refetch, never the run', T, async () => {
    const dir = await folder('cache-blocked');
    await writeFile(join(dir, 'not-a-folder'), KEEP);
    const run = await vetInProcess(['weibo:1234567890', ...endpoint(), '--brand', 'xiaomi', '--format', 'json', '--verbose'], { cwd: dir, env: { VET_CACHE_DIR: join(dir, 'not-a-folder') } });
    expect([0, 1], run.stderr).toContain(run.code);
    expect(JSON.parse(run.stdout).window.postsScanned).toBe(10);
    expect(run.stderr).toMatch(/cache: could not write .*; continuing without it/);
    expect(await readFile(join(dir, 'not-a-folder'), 'utf8')).toBe(KEEP);
  });
});

describe('an output that is one of the inputs', () => {
  it.concurrent('is refused by every command, even with --force, and the input is kept', T, async () => {
    const dir = await folder('input-as-output');
    const history = await readFile(join(dir, 'hostile.jsonl'), 'utf8');
    await writeFile(join(dir, 'roster.txt'), 'file:hostile.jsonl\n');
    await writeFile(join(dir, 'proposal.yaml'), 'brand: xiaomi\ninfluencers:\n  - name: A\n    from: hostile.jsonl\n');
    const cases: Array<[string[], RegExp]> = [
      [['--from', 'hostile.jsonl', '--brand', 'xiaomi', '--output', 'hostile.jsonl', '--force'], /^vet: hostile\.jsonl: this is the history being read; write the output to another file$/m],
      [['file:./hostile.jsonl', '--brand', 'xiaomi', '--output', 'hostile.jsonl', '--force'], /this is the history being read/],
      [['export', 'file:hostile.jsonl', '--output', './hostile.jsonl', '--force'], /this is the history being read/],
      [['batch', 'roster.txt', '--brand', 'xiaomi', '--output', 'roster.txt', '--force'], /^vet: roster\.txt: this is the roster being read/m],
      [['check', 'proposal.yaml', '--output', 'proposal.yaml', '--force'], /^vet: proposal\.yaml: this is the proposal being read/m],
    ];
    for (const [args, message] of cases) {
      const run = await vetInProcess(args, { cwd: dir });
      expectCleanFailure(run, 2);
      expect(run.stderr).toMatch(message);
    }
    expect(await readFile(join(dir, 'hostile.jsonl'), 'utf8')).toBe(history);
    expect(await readFile(join(dir, 'roster.txt'), 'utf8')).toBe('file:hostile.jsonl\n');
    expect(await readFile(join(dir, 'proposal.yaml'), 'utf8')).toMatch(/^brand: xiaomi/);
  });
});
