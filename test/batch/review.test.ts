import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchReviewNotes } from '../../src/batch/review.js';
import { describeReviewNotes, loadReviewFile } from '../../src/review/ignore-file.js';
import { BATCH_FIXTURES, inProcess, jsonLines } from './cli.js';

/**
 * `vet batch` honours reviewed findings (--ignore-file, else .vetignore in the working folder) as `vet`
 * does: accepted findings are marked and do not count toward the verdict. Stale entries are reported once,
 * at the end, and "unused" means no handle of the whole batch matched the entry.
 *
 * For xiaomi the fixture histories give: hostile-reviewer post 3 fan-doom-wish (critical) and post 2
 * fan-insult (high); fan-insulter post 1 fan-insult; doom-wisher post 1 fan-doom-wish; food-blogger nothing.
 */

const T = { timeout: 30_000 };
const VETIGNORE = `# reviewed findings for the autumn roster
- fingerprint: weibo:3:fan-doom-wish:ef85c4c9c422
  reason: quoted a hater to criticise him
  by: alice
- fingerprint: weibo:1:fan-insult:067088f11c60
  reason: satire account, PR agreed
  by: bob
- post: "99"
  rule: fan-slur
  reason: the post is gone
  by: carol
- post: "1"
  rule: fan-doom-wish
  reason: reviewed last year
  by: dave
  expires: 2026-01-01
`;
// Line 2 is used only by hostile-reviewer, line 5 only by fan-insulter: neither is unused in the batch.
const UNUSED_8 = '.vetignore:8: entry post 99 rule fan-slur matched no finding in this run; remove it if the post is gone or the rule no longer fires';
const EXPIRED_12 = '.vetignore:12: entry post 1 rule fan-doom-wish expired on 2026-01-01; 1 finding(s) it accepted count again; review it again or remove it';
const ROSTER = ['hostile-reviewer', 'fan-insulter', 'doom-wisher', 'food-blogger'].map((h) => `file:histories/${h}.jsonl`).join('\n') + '\n';

let work: string;
let plain: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'vet-batch-review-'));
  await cp(join(BATCH_FIXTURES, 'histories'), join(work, 'histories'), { recursive: true });
  await writeFile(join(work, '.vetignore'), VETIGNORE);
  await writeFile(join(work, 'roster.txt'), ROSTER);
  await writeFile(join(work, 'histories', 'empty.jsonl'), '\n');
  // A folder without a .vetignore, for --ignore-file.
  plain = join(work, 'plain');
  await mkdir(join(plain, 'reviews'), { recursive: true });
  await cp(join(BATCH_FIXTURES, 'histories'), join(plain, 'histories'), { recursive: true });
  await writeFile(join(plain, 'roster.txt'), ROSTER);
});

afterAll(() => rm(work, { recursive: true, force: true }));

const reviewLines = (stderr: string) => stderr.split('\n').filter((l) => /^vet: .*(vetignore|accepted\.yaml)/.test(l));
type Line = { handle: string; verdict: { level: string; score: number }; findings: Array<{ ruleId: string; ignored?: unknown }> };

describe('vet batch with reviewed findings', () => {
  it.concurrent('.vetignore in the working folder: findings marked and not counted, as vet does; stale entries once, at the end', T, async () => {
    const run = await inProcess(['batch', 'roster.txt', '--brand', 'xiaomi'], { cwd: work });
    const byHandle = Object.fromEntries((jsonLines(run.stdout) as unknown as Line[]).map((l) => [l.handle, l]));
    // Exactly the document `vet --from … --format json` writes with the same .vetignore.
    const single = await inProcess(['--from', 'histories/hostile-reviewer.jsonl', '--brand', 'xiaomi', '--format', 'json'], { cwd: work });
    const { handle: _, ...hostile } = byHandle['file:histories/hostile-reviewer.jsonl']!;
    expect(hostile).toEqual(JSON.parse(single.stdout));
    expect(hostile.verdict.level).toBe('high');
    expect(hostile.findings.map((f) => [f.ruleId, f.ignored ?? null])).toEqual([
      ['fan-doom-wish', { reason: 'quoted a hater to criticise him', by: 'alice' }],
      ['fan-insult', null],
    ]);
    // Its only finding accepted: low, with the finding still listed.
    expect(byHandle['file:histories/fan-insulter.jsonl']).toMatchObject({ verdict: { level: 'low', score: 0 }, findings: [{ ruleId: 'fan-insult', ignored: { by: 'bob' } }] });
    // The expired entry accepts nothing.
    expect(byHandle['file:histories/doom-wisher.jsonl']!.verdict.level).toBe('high');
    expect(byHandle['file:histories/doom-wisher.jsonl']!.findings[0]!.ignored).toBeUndefined();
    expect(run.code).toBe(1);

    expect(reviewLines(run.stderr)).toEqual([`vet: ${EXPIRED_12}`, `vet: ${UNUSED_8}`]);
    expect(run.stderr.indexOf(EXPIRED_12)).toBeGreaterThan(run.stderr.indexOf('vet: batch done:'));
    // The summary counts hostile findings that still count.
    expect(run.stderr).toMatch(/high +50 {2}file:histories\/hostile-reviewer\.jsonl for xiaomi, 1 finding \(top: fan-insult\)/);
  });

  it.concurrent('--ignore-file replaces the default; --format csv counts only findings that still count', T, async () => {
    await writeFile(join(plain, 'reviews', 'accepted.yaml'), '- post: "1"\n  rule: fan-insult\n  reason: satire\n  by: bob\n');
    const run = await inProcess(['batch', 'roster.txt', '--brand', 'xiaomi', '--ignore-file', 'reviews/accepted.yaml', '--format', 'csv'], { cwd: plain });
    expect(run.stdout.split('\n').filter(Boolean).sort()).toEqual([
      'file:histories/doom-wisher.jsonl,,xiaomi,high,63,1,fan-doom-wish,',
      'file:histories/fan-insulter.jsonl,,xiaomi,low,0,0,,',
      'file:histories/food-blogger.jsonl,,xiaomi,low,0,0,,',
      // post 1 of hostile-reviewer has no fan-insult: the entry accepts nothing there.
      'file:histories/hostile-reviewer.jsonl,,xiaomi,critical,82,2,fan-doom-wish,',
      'handle,name,brand,level,score,findings,top_rule,error',
    ]);
    expect(reviewLines(run.stderr)).toEqual([]);
  });

  it.concurrent('an invalid or missing ignore file stops the batch before anything runs (exit 2)', T, async () => {
    await writeFile(join(plain, 'reviews', 'bad.yaml'), '- post: "1"\n  rule: fan-insult\n  by: bob\n');
    const bad = await inProcess(['batch', 'roster.txt', '--brand', 'xiaomi', '--ignore-file', 'reviews/bad.yaml', '--output', 'never.jsonl'], { cwd: plain });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^vet: reviews\/bad\.yaml:1:\d+: .*reason.*is required: say why the finding is accepted/m);
    expect(bad.stderr).not.toMatch(/batch:/);
    expect(existsSync(join(plain, 'never.jsonl'))).toBe(false);
    const missing = await inProcess(['batch', 'roster.txt', '--brand', 'xiaomi', '--ignore-file', 'reviews/none.yaml'], { cwd: plain });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^vet: reviews\/none\.yaml: cannot read the reviewed-findings file \(ENOENT\)$/m);
  });

  it.concurrent('a shard does not call entries unused (another shard may use them); expired ones are still listed', T, async () => {
    const runs = await Promise.all(['1/2', '2/2'].map((shard) => inProcess(['batch', 'roster.txt', '--brand', 'xiaomi', '--shard', shard], { cwd: work })));
    for (const run of runs) {
      const lines = reviewLines(run.stderr);
      expect(lines.filter((l) => /matched no finding in this run; remove it/.test(l))).toEqual([]);
      expect(lines).toContainEqual(expect.stringMatching(/^vet: \.vetignore:12: entry post 1 rule fan-doom-wish expired on 2026-01-01/));
      expect(lines).toContainEqual(
        expect.stringMatching(/^vet: \.vetignore: \d entr(y|ies) \(lines? [\d, ]*8\) matched no finding in this run, but not every handle of the roster was vetted in it \(\d in other shards\), so (it is|they are) not reported as unused; vet the whole roster in one run to find stale entries$/),
      );
    }
  });

  it.concurrent('a failed handle, or handles kept from an earlier run, make "unused" unknowable: said so instead', T, async () => {
    const failed = await inProcess(['batch', '-', '--brand', 'xiaomi', '--fail-on', 'critical'], { cwd: work, stdin: `${ROSTER}file:histories/empty.jsonl\n` });
    expect(failed.code).toBe(3);
    expect(reviewLines(failed.stderr)).toEqual([
      `vet: ${EXPIRED_12}`,
      'vet: .vetignore: 1 entry (line 8) matched no finding in this run, but not every handle of the roster was vetted in it (1 failed), so it is not reported as unused; vet the whole roster in one run to find stale entries',
    ]);

    const half = ROSTER.split('\n').slice(0, 2).join('\n');
    const first = await inProcess(['batch', '-', '--brand', 'xiaomi', '--output', 'resume.jsonl'], { cwd: work, stdin: half });
    // Every handle of that roster ran: line 8 is unused, plainly.
    expect(reviewLines(first.stderr)).toContainEqual(`vet: ${UNUSED_8}`);
    const resumed = await inProcess(['batch', 'roster.txt', '--brand', 'xiaomi', '--output', 'resume.jsonl', '--resume'], { cwd: work });
    expect(resumed.code).toBe(1);
    expect(reviewLines(resumed.stderr)).toContainEqual(
      'vet: .vetignore: 3 entries (lines 2, 5, 8) matched no finding in this run, but not every handle of the roster was vetted in it (2 kept from an earlier run by --resume), so they are not reported as unused; vet the whole roster in one run to find stale entries',
    );
  });

  it.concurrent('--quiet prints no review notes either', T, async () => {
    const run = await inProcess(['batch', 'roster.txt', '--brand', 'xiaomi', '--quiet'], { cwd: work });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
  });
});

describe('batchReviewNotes', () => {
  it('is describeReviewNotes when every handle was vetted; otherwise names what was not', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vet-review-notes-'));
    try {
      await writeFile(join(dir, '.vetignore'), VETIGNORE);
      const set = await loadReviewFile('.vetignore', dir, new Date('2026-11-24T00:00:00Z'));
      const summary = set.summary();
      const none = { otherShards: 0, failed: 0, earlier: 0, notRun: 0 };
      expect(batchReviewNotes(summary, none)).toEqual(describeReviewNotes(summary));
      expect(batchReviewNotes(summary, { otherShards: 3, failed: 1, earlier: 2, notRun: 4 })).toEqual([
        '.vetignore:12: entry post 1 rule fan-doom-wish expired on 2026-01-01; review it again or remove it',
        '.vetignore: 3 entries (lines 2, 5, 8) matched no finding in this run, but not every handle of the roster was vetted in it ' +
          '(3 in other shards, 1 failed, 2 kept from an earlier run by --resume, 4 not run), so they are not reported as unused; vet the whole roster in one run to find stale entries',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
