import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchReviewNotes } from '../../src/batch/review.js';
import { describeReviewNotes, loadReviewFile } from '../../src/review/ignore-file.js';
import { BATCH_FIXTURES, csvCore, inProcess, jsonLines } from './cli.js';

/**
 * `vet batch` honours reviewed findings (--ignore-file, else .vetignore in the working folder) as `vet`
 * does: accepted findings are marked and do not count toward the verdict. Stale entries are reported once,
 * at the end, by the rule `vet` and `vet check` use: an entry is unused only when a history of this run had
 * its post (scanned) and no finding matched it. Entries whose post no handle of this run had (another
 * shard's, a failed handle's, one kept by --resume, a deleted post) are not judged.
 *
 * Real post ids are unique per platform; the fixture histories all start at id "1", so the copies used here
 * get distinct ids (as exports of real accounts would have): fan-insulter 41, doom-wisher 51, food-blogger
 * 61 and 62; hostile-reviewer keeps 1, 2, 3. For xiaomi they give: hostile-reviewer post 3 fan-doom-wish
 * (critical) and post 2 fan-insult (high); fan-insulter post 41 fan-insult; doom-wisher post 51
 * fan-doom-wish; food-blogger nothing.
 */

const T = { timeout: 30_000 };
const VETIGNORE = `# reviewed findings for the autumn roster
- fingerprint: weibo:3:fan-doom-wish:ef85c4c9c422
  reason: quoted a hater to criticise him
  by: alice
- fingerprint: weibo:41:fan-insult:067088f11c60
  reason: satire account, PR agreed
  by: bob
- post: "99"
  rule: fan-slur
  reason: the post is gone
  by: carol
- post: "51"
  rule: fan-doom-wish
  reason: reviewed last year
  by: dave
  expires: 2026-01-01
- post: "2"
  rule: fan-slur
  reason: reviewed in spring
  by: erin
`;
// Line 2 is used only by hostile-reviewer, line 5 only by fan-insulter: neither is unused in the batch. Line 8
// names a post no history has: never called unused. Line 17 names hostile-reviewer's post 2, which has no
// fan-slur: unused whenever hostile-reviewer is vetted.
const UNUSED_17 = '.vetignore:17: entry post 2 rule fan-slur matched no finding in this run, though its post was scanned: the rule no longer fires on it; remove the entry';
const EXPIRED_12 = '.vetignore:12: entry post 51 rule fan-doom-wish expired on 2026-01-01; 1 finding it accepted counts again; review it again or remove it';
const EXPIRED_12_UNMATCHED = '.vetignore:12: entry post 51 rule fan-doom-wish expired on 2026-01-01; review it again or remove it';
const HANDLES = ['hostile-reviewer', 'fan-insulter', 'doom-wisher', 'food-blogger'];
const ROSTER = HANDLES.map((h) => `file:histories/${h}.jsonl`).join('\n') + '\n';
const NEW_IDS: Record<string, string> = { 'fan-insulter': '4', 'doom-wisher': '5', 'food-blogger': '6' };

let work: string;
let plain: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'vet-batch-review-'));
  await cp(join(BATCH_FIXTURES, 'histories'), join(work, 'histories'), { recursive: true });
  for (const [handle, prefix] of Object.entries(NEW_IDS)) {
    const file = join(work, 'histories', `${handle}.jsonl`);
    await writeFile(file, (await readFile(file, 'utf8')).replace(/"id": "(\d+)"/g, (_m, id: string) => `"id": "${prefix}${id}"`));
  }
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
    expect(byHandle['file:histories/fan-insulter.jsonl']).toMatchObject({ verdict: { level: 'insufficient-data', score: 0 }, findings: [{ ruleId: 'fan-insult', ignored: { by: 'bob' } }] });
    // The expired entry accepts nothing.
    expect(byHandle['file:histories/doom-wisher.jsonl']!.verdict.level).toBe('high');
    expect(byHandle['file:histories/doom-wisher.jsonl']!.findings[0]!.ignored).toBeUndefined();
    expect(run.code).toBe(1);

    expect(reviewLines(run.stderr)).toEqual([`vet: ${EXPIRED_12}`, `vet: ${UNUSED_17}`]);
    expect(run.stderr.indexOf(EXPIRED_12)).toBeGreaterThan(run.stderr.indexOf('vet: batch done:'));
    // The summary counts hostile findings that still count.
    expect(run.stderr).toMatch(/high +50 {2}file:histories\/hostile-reviewer\.jsonl for xiaomi, 1 finding \(top: fan-insult\)/);
  });

  it.concurrent('--ignore-file replaces the default; --format csv counts only findings that still count', T, async () => {
    await writeFile(join(plain, 'reviews', 'accepted.yaml'), '- post: "1"\n  rule: fan-insult\n  reason: satire\n  by: bob\n');
    const run = await inProcess(['batch', 'roster.txt', '--brand', 'xiaomi', '--ignore-file', 'reviews/accepted.yaml', '--format', 'csv'], { cwd: plain });
    expect((await csvCore(run.stdout)).sort()).toEqual([
      'file:histories/doom-wisher.jsonl,,xiaomi,high,63,1,fan-doom-wish,',
      'file:histories/fan-insulter.jsonl,,xiaomi,insufficient-data,0,0,,',
      'file:histories/food-blogger.jsonl,,xiaomi,insufficient-data,0,0,,',
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
    expect(missing.stderr).toMatch(/^vet: reviews\/none\.yaml: cannot read the reviewed-findings file \(no such file\)$/m);
  });

  it.concurrent('a shard calls unused only entries whose post it scanned; expired ones are still listed', T, async () => {
    const runs = await Promise.all(['1/2', '2/2'].map((shard) => inProcess(['batch', 'roster.txt', '--brand', 'xiaomi', '--shard', shard], { cwd: work })));
    for (const run of runs) {
      const lines = reviewLines(run.stderr);
      const vetted = (jsonLines(run.stdout) as unknown as Line[]).map((l) => l.handle);
      // Line 2 and 5 belong to handles another shard may hold, line 8 to no handle: never unused here.
      const unused = lines.filter((l) => /matched no finding/.test(l));
      expect(unused).toEqual(vetted.includes('file:histories/hostile-reviewer.jsonl') ? [`vet: ${UNUSED_17}`] : []);
      expect(lines).toContainEqual(expect.stringMatching(/^vet: \.vetignore:12: entry post 51 rule fan-doom-wish expired on 2026-01-01/));
      expect(run.stderr).not.toMatch(/not every handle|not reported as unused/);
    }
    // Together the two shards vetted every handle.
    expect(runs.flatMap((run) => (jsonLines(run.stdout) as unknown as Line[]).map((l) => l.handle)).sort()).toEqual(HANDLES.map((h) => `file:histories/${h}.jsonl`).sort());
  });

  it.concurrent('a failed handle, or handles kept from an earlier run, change nothing: entries are judged by the posts scanned', T, async () => {
    const failed = await inProcess(['batch', '-', '--brand', 'xiaomi', '--fail-on', 'critical'], { cwd: work, stdin: `${ROSTER}file:histories/empty.jsonl\n` });
    expect(failed.code).toBe(3);
    expect(reviewLines(failed.stderr)).toEqual([`vet: ${EXPIRED_12}`, `vet: ${UNUSED_17}`]);

    const half = ROSTER.split('\n').slice(0, 2).join('\n');
    const first = await inProcess(['batch', '-', '--brand', 'xiaomi', '--output', 'resume.jsonl'], { cwd: work, stdin: half });
    // hostile-reviewer and fan-insulter ran: line 17 is unused, plainly; doom-wisher did not, so line 12 accepted nothing.
    expect(reviewLines(first.stderr)).toEqual([`vet: ${EXPIRED_12_UNMATCHED}`, `vet: ${UNUSED_17}`]);
    const resumed = await inProcess(['batch', 'roster.txt', '--brand', 'xiaomi', '--output', 'resume.jsonl', '--resume'], { cwd: work });
    expect(resumed.code).toBe(1);
    // Only doom-wisher and food-blogger ran: no entry names one of their posts except the expired one.
    expect(reviewLines(resumed.stderr)).toEqual([`vet: ${EXPIRED_12}`]);
  });

  it.concurrent('--verbose counts the entries whose post no handle of the run had, on one line', T, async () => {
    const run = await inProcess(['batch', 'roster.txt', '--brand', 'xiaomi', '--verbose', '--shard', '1/2'], { cwd: work });
    const vetted = (jsonLines(run.stdout) as unknown as Line[]).map((l) => l.handle);
    // Line 8 is never scanned; lines 2 and 17 only with hostile-reviewer; line 5 only with fan-insulter.
    const notScanned = 1 + (vetted.includes('file:histories/hostile-reviewer.jsonl') ? 0 : 2) + (vetted.includes('file:histories/fan-insulter.jsonl') ? 0 : 1);
    const noun = notScanned === 1 ? 'entry names a post' : 'entries name posts';
    expect(reviewLines(run.stderr)).toContainEqual(
      `vet: .vetignore: ${notScanned} ${noun} not scanned in this run (another influencer's, outside the window, or deleted); not checked for use`,
    );
  });

  it.concurrent('--quiet prints no review notes either', T, async () => {
    const run = await inProcess(['batch', 'roster.txt', '--brand', 'xiaomi', '--quiet'], { cwd: work });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
  });
});

describe('batchReviewNotes', () => {
  it('is describeReviewNotes: unused only when the post was scanned; --verbose counts the others', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vet-review-notes-'));
    try {
      await writeFile(join(dir, '.vetignore'), VETIGNORE);
      const set = await loadReviewFile('.vetignore', dir, new Date('2026-11-24T00:00:00Z'));
      set.notePost({ id: '2', platform: 'weibo' });
      const summary = set.summary();
      expect(batchReviewNotes(summary)).toEqual(describeReviewNotes(summary));
      expect(batchReviewNotes(summary)).toEqual([EXPIRED_12_UNMATCHED, UNUSED_17]);
      expect(batchReviewNotes(summary, { verbose: true })).toEqual([
        EXPIRED_12_UNMATCHED,
        UNUSED_17,
        ".vetignore: 3 entries name posts not scanned in this run (another influencer's, outside the window, or deleted); not checked for use",
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
