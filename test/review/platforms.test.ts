import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { BaselineRecorder } from '../../src/review/baseline.js';
import {
  describeEntry,
  describeOtherPlatforms,
  describeReviewNotes,
  loadReviewFile,
  platformOfFinding,
  REVIEW_PLATFORMS,
  ReviewSet,
  SERVER_ASSIGNED_ID_PLATFORMS,
} from '../../src/review/ignore-file.js';
import type { ReviewEntry } from '../../src/review/types.js';
import { handleForms } from '../../src/sources/index.js';
import { finding } from '../check/helpers.js';
import { runInProcess } from '../helpers/in-process.js';

/**
 * Issue 17, item 11: a post entry of a reviewed-findings file applies to one platform. Post ids are unique only
 * within a platform, and on some platforms the author chooses them (a feed's guid, a Bluesky record key, a
 * self-hosted Mastodon server's ids, a history file's ids). So:
 * - `platform: <name>` makes a post entry apply to that platform's posts only;
 * - without it, a post entry applies only to weibo and x posts, whose ids their servers assign;
 * - a fingerprint names its own platform (and a `platform` beside it must agree);
 * - an unknown platform is an error at file:line:col naming the known platforms;
 * - a finding an entry missed only by its platform still counts, and vet says which entry and what to add.
 */

const NOW = new Date('2026-11-24T00:00:00Z');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vet-review-platforms-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const entry = (over: Partial<ReviewEntry>): ReviewEntry => ({ index: 0, line: 1, column: 3, reason: 'r', by: 'b', ...over });
/** A fan-insult finding on post `id` of `platform`, fingerprinted as the scanner does. */
const on = (platform: string, id: string) => finding({ postId: id, fingerprint: `${platform}:${id}:fan-insult:067088f11c60` });

async function load(name: string, text: string): Promise<ReviewSet> {
  await writeFile(join(dir, name), text);
  return loadReviewFile(name, dir, NOW);
}

describe('which platforms a post entry applies to', () => {
  it('the known platforms are the handle prefixes, and the ids of weibo and x are the ones their authors cannot choose', () => {
    const prefixes = new Set(handleForms().map((form) => form.slice(0, form.indexOf(':'))));
    expect(new Set(REVIEW_PLATFORMS)).toEqual(prefixes);
    expect(SERVER_ASSIGNED_ID_PLATFORMS).toEqual(['weibo', 'x']);
  });

  it('without platform: weibo and x posts only, never a feed item, Bluesky or Mastodon post or history-file post with that id', () => {
    const set = new ReviewSet('f', [entry({ post: '5012345679010866', rule: 'fan-insult' })], '2026-11-24');
    expect(set.review(on('weibo', '5012345679010866'))).toEqual({ reason: 'r', by: 'b' });
    expect(set.review(on('x', '5012345679010866'))).toEqual({ reason: 'r', by: 'b' });
    for (const platform of ['rss', 'bsky', 'mastodon', 'file']) expect(set.review(on(platform, '5012345679010866')), platform).toBeUndefined();
    const summary = set.summary();
    expect(summary.used).toMatchObject([{ post: '5012345679010866', matches: 2 }]);
    expect(summary.otherPlatforms).toMatchObject([{ post: '5012345679010866', platforms: ['bsky', 'file', 'mastodon', 'rss'] }]);
  });

  it('with platform: that platform only', () => {
    const set = new ReviewSet('f', [entry({ post: 'tag:blog.example,2026:1', rule: 'fan-insult', platform: 'rss' })], '2026-11-24');
    expect(set.review(on('weibo', 'tag:blog.example,2026:1'))).toBeUndefined();
    expect(set.review(on('rss', 'tag:blog.example,2026:1'))).toEqual({ reason: 'r', by: 'b' });
    expect(set.summary()).toMatchObject({ used: [{ platform: 'rss', matches: 1 }], otherPlatforms: [{ platforms: ['weibo'] }] });
  });

  it('a fingerprint applies to its own platform, whatever the post id looks like', () => {
    const set = new ReviewSet('f', [entry({ fingerprint: 'weibo:5012345679010866:fan-insult:067088f11c60' })], '2026-11-24');
    expect(set.review(on('rss', '5012345679010866'))).toBeUndefined();
    expect(set.review(on('weibo', '5012345679010866'))).toBeDefined();
    // A feed item whose id is itself shaped like a fingerprint's head is still an rss post.
    expect(set.review(on('rss', 'weibo:5012345679010866'))).toBeUndefined();
  });

  it("a finding's platform is read from its fingerprint, post ids with colons included", () => {
    expect(platformOfFinding(on('bsky', 'repost:3kabc'))).toBe('bsky');
    expect(platformOfFinding(on('rss', 'weibo:1:fan-insult:0'))).toBe('rss');
    expect(platformOfFinding(on('file', '7'))).toBe('file');
  });

  it('expired entries are not listed as missing by platform; entries that matched their platform too are', () => {
    const set = new ReviewSet('f', [entry({ post: '1', rule: 'fan-insult', expires: '2020-01-01' }), entry({ index: 1, line: 6, post: '2', rule: 'fan-insult' })], '2026-11-24');
    set.review(on('rss', '1'));
    set.review(on('weibo', '2'));
    set.review(on('rss', '2'));
    expect(set.summary().otherPlatforms).toMatchObject([{ line: 6, platforms: ['rss'] }]);
  });

  it('an entry is scanned (and so can be unused) only when its post was scanned on a platform it applies to', () => {
    const set = new ReviewSet('f', [entry({ post: '1', rule: 'fan-insult' }), entry({ index: 1, line: 5, post: '1', rule: 'fan-slur', platform: 'mastodon' })], '2026-11-24');
    set.notePost({ id: '1', platform: 'rss' });
    expect(set.summary()).toMatchObject({ unused: [], notScanned: 2 });
    set.notePost({ id: '1', platform: 'mastodon' });
    expect(set.summary()).toMatchObject({ unused: [{ line: 5 }], notScanned: 1 });
    set.notePost({ id: '1', platform: 'x' });
    expect(set.summary()).toMatchObject({ unused: [{ line: 1 }, { line: 5 }], notScanned: 0 });
  });
});

describe('what vet says', () => {
  it('names the entry, the platform the finding was on, and what to add; an unknown platform gets the fingerprint advice', () => {
    const summary = { file: '.vetignore', entries: 3, used: [], unused: [], expired: [] };
    const lines = describeOtherPlatforms({
      ...summary,
      otherPlatforms: [
        { ...entry({ line: 2, post: '51', rule: 'fan-insult' }), platforms: ['rss'] },
        { ...entry({ line: 7, post: '52', rule: 'fan-insult', platform: 'weibo' }), platforms: ['file', 'rss'] },
        { ...entry({ line: 9, post: '53', rule: 'fan-insult' }), platforms: ['tumblr\n::error::x'] },
      ],
    });
    expect(lines).toEqual([
      '.vetignore:2: entry post 51 rule fan-insult names no platform, so it applies only to weibo and x posts, whose ids their authors cannot choose; the finding on the rss post with that id still counts; if the entry was written for that post, add platform: rss',
      '.vetignore:7: entry weibo post 52 rule fan-insult is for weibo posts; the findings on the file and rss posts with that id still count',
      '.vetignore:9: entry post 53 rule fan-insult names no platform, so it applies only to weibo and x posts, whose ids their authors cannot choose; the finding on the tumblr ⏎ ::error::x post with that id still counts; if the entry was written for that post, accept that finding by its fingerprint',
    ]);
    // The same lines end the stale-entry notes of vet and vet batch.
    expect(describeReviewNotes({ ...summary, otherPlatforms: [{ ...entry({ line: 2, post: '51', rule: 'fan-insult' }), platforms: ['rss'] }] })).toEqual([lines[0]]);
  });

  it('describes an entry with its platform', () => {
    expect(describeEntry({ post: '1', rule: 'fan-insult', platform: 'bsky' })).toBe('bsky post 1 rule fan-insult');
    expect(describeEntry({ post: '1', rule: 'fan-insult' })).toBe('post 1 rule fan-insult');
  });
});

describe('the file', () => {
  it('reads platform, and old files (no platform) keep loading', async () => {
    const set = await load('ok.vetignore', '- post: "1"\n  rule: fan-insult\n  platform: rss\n  reason: ok\n  by: a\n- post: "2"\n  rule: fan-insult\n  reason: ok\n  by: a\n');
    expect(set.entries.map((e) => [e.line, e.post, e.platform])).toEqual([
      [1, '1', 'rss'],
      [6, '2', undefined],
    ]);
  });

  it.each([
    ['an unknown platform', '- post: "1"\n  rule: fan-insult\n  platform: twiter\n  reason: ok\n  by: a\n', 'unknown-platform.vetignore:3:13: 0.platform: unknown platform "twiter"; the platforms are weibo, x, bsky, mastodon, rss, file'],
    ['a platform that is not text', '- post: "1"\n  rule: fan-insult\n  platform: 7\n  reason: ok\n  by: a\n', 'number-platform.vetignore:3:13: 0.platform: unknown platform 7; the platforms are weibo, x, bsky, mastodon, rss, file'],
    ['a platform in capitals', '- post: "1"\n  rule: fan-insult\n  platform: Weibo\n  reason: ok\n  by: a\n', 'capital-platform.vetignore:3:13: 0.platform: unknown platform "Weibo"; the platforms are weibo, x, bsky, mastodon, rss, file'],
    [
      'a platform other than the fingerprint\'s',
      '- fingerprint: weibo:1:fan-insult:067088f11c60\n  platform: rss\n  reason: ok\n  by: a\n',
      'fingerprint-platform.vetignore:2:13: 0.platform: the fingerprint is of a weibo post; platform goes with post and rule (a fingerprint names its own platform)',
    ],
  ])('%s is an error at file:line:col', async (_name, text, message) => {
    const file = message.slice(0, message.indexOf(':'));
    const error = await load(file, text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message.split('\n')[0]).toBe(message);
  });

  it('a platform that agrees with the fingerprint is allowed', async () => {
    const set = await load('agree.vetignore', '- fingerprint: rss:1:fan-insult:067088f11c60\n  platform: rss\n  reason: ok\n  by: a\n');
    expect(set.review(on('rss', '1'))).toBeDefined();
  });

  it('vet stops before vetting on an unknown platform (exit 2), naming file:line and the platforms', async () => {
    await writeFile(join(dir, 'history.jsonl'), '{"id":"1","text":"米粉都是脑残","platform":"weibo"}\n');
    await writeFile(join(dir, 'bad.vetignore'), '- post: "1"\n  rule: fan-insult\n  platform: weibo.com\n  reason: ok\n  by: a\n');
    const run = await runInProcess(['--from', 'history.jsonl', '--brand', 'xiaomi', '--ignore-file', 'bad.vetignore'], { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: dir, NO_COLOR: '1', VET_CACHE_DIR: join(dir, 'cache') } });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^vet: bad\.vetignore:3:13: 0\.platform: unknown platform "weibo\.com"; the platforms are weibo, x, bsky, mastodon, rss, file$/m);
  });

  it('the baseline keeps an entry\'s platform, and the file it writes loads back with the same meaning', async () => {
    const existing = new ReviewSet('old', [entry({ post: 'o3', rule: 'fan-insult', platform: 'bsky' })], '2026-11-24');
    const recorder = new BaselineRecorder(existing, 'ci', '2026-11-24');
    expect(recorder.review(on('bsky', 'o3'))).toEqual({ reason: 'r', by: 'b' });
    const text = recorder.render();
    expect(text).toMatch(/^ {2}post: o3\n {2}rule: fan-insult\n {2}platform: bsky$/m);
    const reloaded = await load('baseline.vetignore', text);
    expect(reloaded.review(on('bsky', 'o3'))).toBeDefined();
    expect(reloaded.review(on('weibo', 'o3'))).toBeUndefined();
  });
});
