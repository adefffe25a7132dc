import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BaselineRecorder } from '../../src/review/baseline.js';
import { describeReviewNotes, loadReviewFile, parseFingerprint, ReviewSet } from '../../src/review/ignore-file.js';
import type { ReviewEntry } from '../../src/review/types.js';
import { finding } from '../check/helpers.js';
import { runInProcess } from '../helpers/in-process.js';

/**
 * The reviewed-findings file is usually shared by a team and names posts of many influencers. An entry is
 * "unused" only when its post was scanned in the run and no finding matched it; an entry whose post no
 * history of the run had is not judged (with --verbose, one line counts such entries). Expired entries are
 * always reported. Typo'd rule ids and malformed fingerprints are errors at file:line:col (exit 2).
 *
 * fixtures/proposals/histories/hostile-creator.jsonl (weibo) has posts h1 (fan-doom-wish), h2 (fan-insult),
 * h3 (fraud-accusation), h4 and h5 (nothing); the other influencers of mixed.yaml have posts f*, o*, x*.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NOW = '2026-11-24T00:00:00Z';
const T = { timeout: 30_000 };

let dir: string;
const env = () => ({ PATH: process.env.PATH ?? '', HOME: dir, NO_COLOR: '1', VET_NOW: NOW, VET_CACHE_DIR: join(dir, 'cache'), USER: 'tester' });
const run = (args: string[]) => runInProcess(args, { cwd: dir, env: env() });
const notes = (stderr: string) => stderr.split('\n').filter((l) => /vetignore/.test(l));

// A team's file: entries for Hostile Creator (h*, Weibo) and for two other influencers (x1 of Injector, by
// fingerprint; o3 of Old Grudge, a Bluesky post, by post with its platform), one entry for h4 whose rule no
// longer fires, one expired entry.
const TEAM = `# the team's reviewed findings
- fingerprint: weibo:h2:fan-insult:067088f11c60
  reason: quotes a troll
  by: alice
- fingerprint: weibo:x1:fan-insult:067088f11c60
  reason: another influencer's post
  by: bob
- post: o3
  rule: fan-insult
  platform: bsky
  reason: another influencer's post
  by: bob
- post: h4
  rule: fan-slur
  reason: the creator edited the post
  by: carol
- post: h1
  rule: fan-doom-wish
  reason: accepted for 2019 only
  by: dave
  expires: 2020-01-31
`;

const ONE = `brand: xiaomi
influencers:
  - name: Hostile Creator
    handles: [weibo:1234567890]
    from: histories/hostile-creator.jsonl
`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vet-review-scanned-'));
  await cp(join(ROOT, 'fixtures/proposals'), join(dir, 'proposals'), { recursive: true });
  await writeFile(join(dir, 'team.vetignore'), TEAM);
  await writeFile(join(dir, 'proposals', 'one.yaml'), ONE);
});

afterAll(() => rm(dir, { recursive: true, force: true }));

const UNUSED_H4 = 'team.vetignore:13: entry post h4 rule fan-slur matched no finding in this run, though its post was scanned: the rule no longer fires on it; remove the entry';
const EXPIRED_H1 = 'team.vetignore:17: entry post h1 rule fan-doom-wish expired on 2020-01-31; 1 finding it accepted counts again; review it again or remove it';

describe('vet --from: an entry is unused only when its post was scanned', () => {
  it.concurrent('entries of other influencers are not called unused; an entry whose post was scanned but matched nothing is', T, async () => {
    const r = await run(['--from', 'proposals/histories/hostile-creator.jsonl', '--brand', 'xiaomi', '--ignore-file', 'team.vetignore', '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    expect(JSON.parse(r.stdout).findings.filter((f: { ignored?: unknown }) => f.ignored).map((f: { postId: string }) => f.postId)).toEqual(['h2']);
    expect(notes(r.stderr)).toEqual([`vet: ${EXPIRED_H1}`, `vet: ${UNUSED_H4}`]);
    expect(r.stderr).not.toMatch(/x1|o3/);
  });

  it.concurrent('--verbose counts the entries it could not judge on one line', T, async () => {
    const r = await run(['--from', 'proposals/histories/hostile-creator.jsonl', '--brand', 'xiaomi', '--ignore-file', 'team.vetignore', '--verbose']);
    expect(notes(r.stderr)).toEqual([
      `vet: ${EXPIRED_H1}`,
      `vet: ${UNUSED_H4}`,
      "vet: team.vetignore: 2 entries name posts not scanned in this run (another influencer's, outside the window, or deleted); not checked for use",
    ]);
  });

  it.concurrent('a post outside the --since window is not scanned: its entry is not called unused', T, async () => {
    // h4 is from 2026-06-15; h1 and h2 are later.
    const r = await run(['--from', 'proposals/histories/hostile-creator.jsonl', '--brand', 'xiaomi', '--ignore-file', 'team.vetignore', '--since', '2026-08-01']);
    expect(notes(r.stderr)).toEqual([`vet: ${EXPIRED_H1}`]);
  });

  it.concurrent('the defect as reported: a baseline of every influencer, then one influencer: nothing to remove', T, async () => {
    const ws = await mkdtemp(join(tmpdir(), 'vet-review-team-'));
    try {
      await cp(join(ROOT, 'fixtures'), join(ws, 'fixtures'), { recursive: true });
      const e = { ...env(), HOME: ws, VET_CACHE_DIR: join(ws, 'cache') };
      const baseline = await runInProcess(['check', 'fixtures/proposals/mixed.yaml', '--write-baseline'], { cwd: ws, env: e });
      expect(baseline.code, baseline.stderr).toBe(0);
      const one = await runInProcess(['--from', 'fixtures/proposals/histories/hostile-creator.jsonl', '--brand', 'xiaomi'], { cwd: ws, env: e });
      expect(one.code, one.stderr).toBe(0);
      expect(one.stderr).toBe('');
    } finally {
      await rm(ws, { recursive: true, force: true });
    }
  });
});

describe('vet check with a one-influencer proposal', () => {
  it.concurrent('--format github warns only about the entry whose post was scanned', T, async () => {
    const r = await run(['check', 'proposals/one.yaml', '--ignore-file', 'team.vetignore', '--format', 'github']);
    const warnings = r.stdout.split('\n').filter((l) => l.startsWith('::warning file=team.vetignore'));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^::warning file=team\.vetignore,line=17,title=vet%3A expired reviewed finding::post h1 rule fan-doom-wish expired on 2020-01-31/);
    expect(warnings[1]).toMatch(/^::warning file=team\.vetignore,line=13,title=vet%3A unused reviewed finding::post h4 rule fan-slur matched no finding/);
    expect(r.stdout).not.toMatch(/x1|o3/);
  });

  it.concurrent('--format json: unused holds only that entry; the others are counted as notScanned', T, async () => {
    const r = await run(['check', 'proposals/one.yaml', '--ignore-file', 'team.vetignore', '--format', 'json']);
    const review = JSON.parse(r.stdout).review;
    expect(review.used.map((e: ReviewEntry) => e.line)).toEqual([2]);
    expect(review.unused.map((e: ReviewEntry) => e.line)).toEqual([13]);
    expect(review.expired.map((e: ReviewEntry) => e.line)).toEqual([17]);
    expect(review.notScanned).toBe(2);
    expect(notes(r.stderr)).toEqual([`vet: ${EXPIRED_H1}`, `vet: ${UNUSED_H4}`]);
  });

  it.concurrent('the whole proposal scans every post the file names: nothing is left unjudged', T, async () => {
    const r = await run(['check', 'proposals/mixed.yaml', '--ignore-file', 'team.vetignore', '--format', 'json']);
    const review = JSON.parse(r.stdout).review;
    // x1 of Injector and o3 of Old Grudge both have a fan-insult.
    expect(review.used.map((e: ReviewEntry) => e.line)).toEqual([2, 5, 8]);
    expect(review.unused.map((e: ReviewEntry) => e.line)).toEqual([13]);
    expect(review.notScanned).toBe(0);
  });

  it.concurrent('--write-baseline --force keeps the entries of influencers it did not vet, drops unused and expired ones', T, async () => {
    const ws = await mkdtemp(join(tmpdir(), 'vet-review-baseline-'));
    try {
      await cp(join(dir, 'proposals'), join(ws, 'proposals'), { recursive: true });
      await writeFile(join(ws, '.vetignore'), TEAM);
      const e = { ...env(), HOME: ws, VET_CACHE_DIR: join(ws, 'cache') };
      const r = await runInProcess(['check', 'proposals/one.yaml', '--write-baseline', '--force'], { cwd: ws, env: e });
      expect(r.code, r.stderr).toBe(0);
      // Kept: h2 (matched), x1 and o3 (not vetted here); new: h1 (its entry expired) and h3's two (a fraud
      // accusation and the call "boycott them").
      expect(r.stderr).toMatch(/baseline written to \.vetignore: 3 new entries, 3 kept/);
      const text = await readFile(join(ws, '.vetignore'), 'utf8');
      expect(text).toContain('- fingerprint: weibo:x1:fan-insult:067088f11c60\n  reason: another influencer\'s post\n  by: bob');
      expect(text).toContain('- post: o3\n  rule: fan-insult\n  platform: bsky');
      expect(text).not.toContain('post: h4');
      expect(text).not.toContain('expires: 2020-01-31');
      expect(text).toMatch(/^- fingerprint: weibo:h1:fan-doom-wish:/m);
    } finally {
      await rm(ws, { recursive: true, force: true });
    }
  });
});

describe('typos in the file are errors at file:line:col (exit 2)', () => {
  const cases: Array<[string, string, string]> = [
    ['an unknown rule id', '- post: h2\n  rule: fan-insul\n  reason: x\n  by: a\n', 'bad-rule.vetignore:2:9: 0.rule: unknown rule "fan-insul"; did you mean "fan-insult"? (see vet rules)'],
    [
      'a rule id nothing is close to',
      '- post: h2\n  rule: rude\n  reason: x\n  by: a\n',
      'far-rule.vetignore:2:9: 0.rule: unknown rule "rude"; the rules are fan-slur, brand-slur, fan-insult, fan-doom-wish, executive-insult, executive-slur, executive-doom-wish, brand-insult, brand-profanity, brand-doom-wish, boycott-call, fraud-accusation, relationship-claim, product-criticism',
    ],
    [
      'a malformed fingerprint',
      '- post: h1\n  rule: fan-doom-wish\n  reason: x\n  by: a\n- fingerprint: weibo:h3\n  reason: x\n  by: a\n',
      'bad-fp.vetignore:5:16: 1.fingerprint: a fingerprint must look like <platform>:<post id>:<rule>:<hash>, as vet prints it (e.g. weibo:4890123456789012:fan-insult:067088f11c60); got "weibo:h3"',
    ],
    ['a fingerprint with an unknown rule', '- fingerprint: weibo:h3:fraud-acusation:0125b77b0841\n  reason: x\n  by: a\n', 'fp-rule.vetignore:1:16: 0.fingerprint: unknown rule "fraud-acusation" in the fingerprint; did you mean "fraud-accusation"? (see vet rules)'],
    ['a fingerprint whose hash is not hex', '- fingerprint: weibo:h3:fraud-accusation:not-a-hash\n  reason: x\n  by: a\n', 'fp-hash.vetignore:1:16: 0.fingerprint: a fingerprint must look like'],
  ];
  it.concurrent.each(cases)('%s: vet --from and vet check stop before vetting', async (_name, text, message) => {
    const file = message.slice(0, message.indexOf(':'));
    await writeFile(join(dir, file), text);
    const single = await run(['--from', 'proposals/histories/hostile-creator.jsonl', '--brand', 'xiaomi', '--ignore-file', file]);
    expect(single.code).toBe(2);
    expect(single.stdout).toBe('');
    expect(single.stderr.startsWith(`vet: ${message}`), single.stderr).toBe(true);
    const check = await run(['check', 'proposals/one.yaml', '--ignore-file', file]);
    expect(check.code).toBe(2);
    expect(check.stderr.startsWith(`vet: ${message}`), check.stderr).toBe(true);
  });

  it('post ids in fingerprints may hold colons; the rule is the part before the hash', () => {
    expect(parseFingerprint('bsky:repost:3kabc:fan-insult:0a1b')).toEqual({ platform: 'bsky', postId: 'repost:3kabc', rule: 'fan-insult', hash: '0a1b' });
    expect(parseFingerprint('weibo:h3')).toBeUndefined();
    expect(parseFingerprint('weibo::fan-insult:0a1b')).toBeUndefined();
  });

  it('every fixture reviewed-findings file still loads', async () => {
    expect((await loadReviewFile('fixtures/proposals/review.vetignore', ROOT, new Date(NOW))).entries).toHaveLength(4);
  });
});

describe('ReviewSet', () => {
  const entry = (over: Partial<ReviewEntry>): ReviewEntry => ({ index: 0, line: 1, column: 3, reason: 'r', by: 'b', ...over });

  it('keeps only the posts the file names, however many are scanned', () => {
    const set = new ReviewSet('f', [entry({ post: 'p1', rule: 'fan-insult' }), entry({ index: 1, line: 5, fingerprint: 'weibo:p2:fan-slur:abc' })], '2026-11-24');
    for (let i = 0; i < 100_000; i++) set.notePost({ id: `n${i}`, platform: 'weibo' });
    set.notePost({ id: 'p1', platform: 'x' });
    set.notePost({ id: 'p1', platform: 'bsky' }); // a post entry without platform is for weibo and x posts only
    set.notePost({ id: 'p2', platform: 'bsky' }); // another platform's post 2: not the fingerprint's
    const internals = set as unknown as { scannedPosts: Set<string> };
    expect(internals.scannedPosts.size).toBe(1);
    expect(set.summary()).toMatchObject({ unused: [{ post: 'p1' }], notScanned: 1 });
    set.notePost({ id: 'p2', platform: 'weibo' });
    expect(set.summary()).toMatchObject({ unused: [{ post: 'p1' }, { fingerprint: 'weibo:p2:fan-slur:abc' }], notScanned: 0 });
  });

  it('a post without a platform is fingerprinted as "file"', () => {
    const set = new ReviewSet('f', [entry({ fingerprint: 'file:7:fan-slur:abc' })], '2026-11-24');
    set.notePost({ id: '7' });
    expect(set.summary().unused).toHaveLength(1);
  });

  it('expired entries are reported whether or not their post was scanned', () => {
    const set = new ReviewSet('f', [entry({ post: 'gone', rule: 'fan-insult', expires: '2020-01-01' })], '2026-11-24');
    expect(set.summary()).toMatchObject({ expired: [{ post: 'gone', matches: 0 }], unused: [], notScanned: 0 });
  });

  it('says "1 finding counts" and "2 findings count"', () => {
    const expired = (matches: number) => ({ ...entry({ post: 'p', rule: 'fan-insult', expires: '2020-01-01' }), matches });
    const line = (matches: number) => describeReviewNotes({ file: 'f', entries: 1, used: [], unused: [], expired: [expired(matches)] })[0];
    expect(line(1)).toBe('f:1: entry post p rule fan-insult expired on 2020-01-01; 1 finding it accepted counts again; review it again or remove it');
    expect(line(2)).toBe('f:1: entry post p rule fan-insult expired on 2020-01-01; 2 findings it accepted count again; review it again or remove it');
    expect(line(0)).toBe('f:1: entry post p rule fan-insult expired on 2020-01-01; review it again or remove it');
  });

  it('the baseline carries over entries in force whose post was not scanned', () => {
    const existing = new ReviewSet(
      'old',
      [entry({ post: 'seen', rule: 'fan-slur' }), entry({ index: 1, line: 5, post: 'elsewhere', rule: 'fan-slur' }), entry({ index: 2, line: 9, post: 'old', rule: 'fan-slur', expires: '2020-01-01' })],
      '2026-11-24',
    );
    const recorder = new BaselineRecorder(existing, 'ci', '2026-11-24');
    recorder.notePost({ id: 'seen', platform: 'weibo' });
    recorder.review(finding({ postId: 'seen', ruleId: 'fan-insult' }));
    expect(recorder.size).toEqual({ kept: 1, added: 1 });
    expect(recorder.render()).toMatch(/^ {2}post: elsewhere\n {2}rule: fan-slur$/m);
    expect(recorder.render()).not.toMatch(/post: seen|post: old/);
  });
});
