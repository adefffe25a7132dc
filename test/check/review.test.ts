import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { BASELINE_REASON, BaselineRecorder, baselineAuthor } from '../../src/review/baseline.js';
import { describeReviewNotes, loadReviewFile, openReviewFile, ReviewSet } from '../../src/review/ignore-file.js';
import { finding } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NOW = new Date('2026-11-24T12:00:00Z');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vet-review-'));
});

async function write(name: string, text: string): Promise<string> {
  await writeFile(join(dir, name), text);
  return name;
}

describe('reviewed-findings file', () => {
  it('loads the fixture: four entries with their lines', async () => {
    const set = await loadReviewFile('fixtures/proposals/review.vetignore', ROOT, NOW);
    expect(set.entries.map((e) => [e.line, e.post ?? e.fingerprint, e.expires])).toEqual([
      [2, 'h2', '2099-12-31'],
      [7, 'weibo:h3:fraud-accusation:0125b77b0841', undefined],
      [10, 'h1', '2020-01-31'],
      [15, 'deleted-post-42', undefined],
    ]);
  });

  it('accepts by post and rule or by fingerprint, tracks use, and never applies expired entries', async () => {
    const set = await loadReviewFile('fixtures/proposals/review.vetignore', ROOT, NOW);
    const h2 = finding({ postId: 'h2', ruleId: 'fan-insult' });
    const h3 = finding({ postId: 'h3', ruleId: 'fraud-accusation', fingerprint: 'weibo:h3:fraud-accusation:0125b77b0841' });
    const h1 = finding({ postId: 'h1', ruleId: 'fan-doom-wish' });
    const other = finding({ postId: 'h2', ruleId: 'fan-slur' });
    expect(set.review(h2)).toEqual({ reason: expect.stringContaining('troll'), by: 'alice', expires: '2099-12-31' });
    expect(set.review(h3)).toEqual({ reason: expect.stringContaining('refund'), by: 'bob' });
    expect(set.review(h1)).toBeUndefined();
    expect(set.review(other)).toBeUndefined();
    // Unused means "its post was scanned and nothing matched": until post deleted-post-42 is scanned, its entry
    // is only counted (it may be another influencer's).
    expect(set.summary()).toMatchObject({ unused: [], notScanned: 1 });
    for (const id of ['h1', 'h2', 'h3', 'deleted-post-42']) set.notePost({ id, platform: 'weibo' });
    const summary = set.summary();
    expect(summary.notScanned).toBe(0);
    expect(summary.used.map((e) => [e.line, e.matches])).toEqual([
      [2, 1],
      [7, 1],
    ]);
    expect(summary.expired.map((e) => [e.line, e.matches])).toEqual([[10, 1]]);
    expect(summary.unused.map((e) => e.line)).toEqual([15]);
    const notes = describeReviewNotes(summary);
    expect(notes[0]).toMatch(/review\.vetignore:10: entry post h1 rule fan-doom-wish expired on 2020-01-31; 1 finding it accepted counts again/);
    expect(notes[1]).toMatch(/review\.vetignore:15: entry post deleted-post-42 rule fan-slur matched no finding in this run, though its post was scanned/);
  });

  it('an entry applies through its expiry day (UTC)', () => {
    const entry = { index: 0, line: 1, column: 1, post: '1', rule: 'r', reason: 'x', by: 'y', expires: '2026-11-24' };
    expect(new ReviewSet('f', [entry], '2026-11-24').review(finding({ postId: '1', ruleId: 'r' }))).toBeDefined();
    expect(new ReviewSet('f', [entry], '2026-11-25').review(finding({ postId: '1', ruleId: 'r' }))).toBeUndefined();
  });

  it('an empty file is no entries', async () => {
    const set = await loadReviewFile(await write('empty.vetignore', '# nothing reviewed yet\n'), dir, NOW);
    expect(set.entries).toEqual([]);
  });

  const invalid: Array<[string, string, RegExp]> = [
    ['missing reason', '- post: "1"\n  rule: fan-slur\n  by: alice\n', /:1:3: 0\.reason: is required: say why the finding is accepted/],
    ['missing by', '- post: "1"\n  rule: fan-slur\n  reason: ok\n', /:1:3: 0\.by: is required: who accepted the finding/],
    ['post without rule', '- post: "1"\n  reason: ok\n  by: a\n', /:1:3: 0\.rule: an entry names the finding it accepts/],
    ['both forms', '- post: "1"\n  rule: fan-slur\n  fingerprint: weibo:1:fan-slur:abc\n  reason: ok\n  by: a\n', /:3:16: 0\.fingerprint: give either a fingerprint or post and rule/],
    ['bad date', '- post: "1"\n  rule: fan-slur\n  reason: ok\n  by: a\n  expires: 31/12/2026\n', /:5:12: 0\.expires: must be a date written YYYY-MM-DD/],
    ['impossible date', '- post: "1"\n  rule: fan-slur\n  reason: ok\n  by: a\n  expires: 2026-02-30\n', /0\.expires: is not a real date/],
    ['unknown key', '- post: "1"\n  rule: fan-slur\n  reason: ok\n  by: a\n  until: 2026-01-01\n', /:5:10: 0: unknown key "until"/],
    ['not a list', 'post: 1\n', /a reviewed-findings file is a list of entries/],
    ['unsafe number', '- post: 4890123456789012345\n  rule: fan-slur\n  reason: ok\n  by: a\n', /0\.post: is a number too large to keep exactly; quote post ids/],
  ];
  it.each(invalid)('%s is an error naming file:line:col', async (_name, text, expected) => {
    const file = await write(`bad-${Math.random().toString(36).slice(2)}.vetignore`, text);
    const error = await loadReviewFile(file, dir, NOW).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(expected);
    expect((error as InputError).message.startsWith(file)).toBe(true);
  });

  it('uses .vetignore in the working folder only when it exists; an explicit file must exist', async () => {
    expect(await openReviewFile(undefined, dir, NOW)).toBeUndefined();
    await expect(openReviewFile('nope.vetignore', dir, NOW)).rejects.toThrow(/nope\.vetignore: cannot read the reviewed-findings file \(no such file\)/);
    await write('.vetignore', '- post: "9"\n  rule: fan-slur\n  reason: ok\n  by: a\n');
    expect((await openReviewFile(undefined, dir, NOW))?.file).toBe('.vetignore');
  });
});

describe('baseline', () => {
  it('accepts every finding, keeps existing entries, and writes a file that loads back and accepts the same findings', async () => {
    const existing = new ReviewSet(
      'old',
      [{ index: 0, line: 1, column: 1, post: 'p1', rule: 'fan-insult', reason: 'reviewed: satire', by: 'alice', expires: '2099-01-01' }],
      '2026-11-24',
    );
    const recorder = new BaselineRecorder(existing, 'ci-bot', '2026-11-24');
    const hostile = '米粉都是脑残\n# not a comment\n- fingerprint: forged';
    const findings = [finding({ postId: 'p1' }), finding({ postId: 'p2', text: hostile }), finding({ postId: 'p3', ruleId: 'fraud-accusation' })];
    expect(recorder.review(findings[0]!, 'A (x.yaml:3)')).toEqual({ reason: 'reviewed: satire', by: 'alice', expires: '2099-01-01' });
    expect(recorder.review(findings[1]!, 'A (x.yaml:3)')).toEqual({ reason: BASELINE_REASON, by: 'ci-bot' });
    recorder.review(findings[2]!, 'B (x.yaml:7)');
    recorder.review(findings[2]!, 'B again');
    expect(recorder.size).toEqual({ kept: 1, added: 2 });

    const text = recorder.render();
    expect(text).toContain('# A (x.yaml:3) · fan-insult (high) · post p2');
    const file = await write('baseline.vetignore', text);
    const reloaded = await loadReviewFile(file, dir, new Date('2026-11-24T00:00:00Z'));
    expect(reloaded.entries).toHaveLength(3);
    for (const f of findings) expect(reloaded.review(f)).toBeDefined();
    expect(reloaded.summary().unused).toEqual([]);
    // The post text in a comment cannot add an entry.
    expect(text).not.toMatch(/^- fingerprint: forged/m);
  });

  it('records who wrote it from the CI actor or the user', () => {
    expect(baselineAuthor({ GITHUB_ACTOR: 'octo\u202ecat', USER: 'me' })).toBe('octo\\u{202E}cat');
    expect(baselineAuthor({ USER: 'me' })).toBe('me');
    expect(baselineAuthor({})).toBe('vet --write-baseline');
  });
});
