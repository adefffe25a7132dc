import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VetReport } from '../../src/types.js';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.js';
import { requireBuild, vet, vetInProcess, workDir } from './helpers.js';

/**
 * Issue 17, item 11: a reviewed-findings entry written for a Weibo post must not accept a feed item whose author
 * gave it the same id. A feed's guid is whatever its author writes, so an influencer who learns which Weibo posts
 * a team accepted (the `.vetignore` sits in the repository) could hide a hostile item behind one of those ids.
 * A post entry without `platform` applies only to weibo and x posts; `platform: rss` is how a team accepts a feed
 * item; a fingerprint names its platform itself.
 */

const T = { timeout: 60_000 };
const ACCEPTED = '5012345679010866'; // a Weibo post accepted by post + rule, no platform (an old-style entry)
const BY_FINGERPRINT = '5012345679010867'; // a Weibo post accepted by fingerprint
const FOR_WEIBO = '5012345679010868'; // a Weibo post accepted by post + rule + platform: weibo
const FEED_OWN = 'https://blog.example/posts/42'; // the feed's own item, accepted with platform: rss

let work: string;
let feed: FixtureServer;

const item = (guid: string, text: string) => `<item><title>${text}</title><guid isPermaLink="false">${guid}</guid><pubDate>Thu, 01 Oct 2026 10:00:00 GMT</pubDate></item>`;

beforeAll(async () => {
  requireBuild();
  work = await workDir('review-platforms');
  // The feed's author copied the three accepted Weibo ids into guids of hostile items.
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Hostile blog</title>${[
    item(ACCEPTED, '米粉都是脑残'),
    item(BY_FINGERPRINT, '说实话，米粉都是脑残'),
    item(FOR_WEIBO, '米粉都是脑残，真的'),
    // a quotation vet cannot tell from the author's words (a reviewer can): it is found, then accepted
    item(FEED_OWN, '评论区又在刷：米粉都是脑残。真无聊'),
  ].join('')}</channel></rss>`;
  feed = await startFixtureServer([{ path: '/feed.xml', reply: { body: rss, headers: { 'content-type': 'application/rss+xml' } } }]);
  const weibo = [ACCEPTED, BY_FINGERPRINT, FOR_WEIBO].map((id, i) => JSON.stringify({ id, text: '说实话，米粉都是脑残', createdAt: `2026-09-0${i + 1}T10:00:00+08:00`, platform: 'weibo' }));
  await writeFile(join(work, 'weibo.jsonl'), `${weibo.join('\n')}\n`);
  await writeFile(
    join(work, '.vetignore'),
    [
      `- post: "${ACCEPTED}"`,
      '  rule: fan-insult',
      '  reason: quotes a troll',
      '  by: alice',
      `- fingerprint: weibo:${BY_FINGERPRINT}:fan-insult:067088f11c60`,
      '  reason: quotes a troll',
      '  by: bob',
      `- post: "${FOR_WEIBO}"`,
      '  rule: fan-insult',
      '  platform: weibo',
      '  reason: quotes a troll',
      '  by: carol',
      `- post: "${FEED_OWN}"`,
      '  rule: fan-insult',
      '  platform: rss',
      '  reason: disagrees with the insult it quotes',
      '  by: dave',
      '',
    ].join('\n'),
  );
  await writeFile(
    join(work, 'proposal.yaml'),
    ['brand: xiaomi', 'influencers:', '  - name: Weibo Creator', '    handles: [weibo:1234567890]', '    from: weibo.jsonl', '  - name: Feed Writer', `    handles: ["rss:${feed.url}/feed.xml"]`, ''].join('\n'),
  );
});

afterAll(async () => {
  await feed?.close();
});

const accepted = (report: VetReport) => report.findings.filter((f) => f.ignored).map((f) => f.postId).sort();
const counting = (report: VetReport) => report.findings.filter((f) => !f.ignored).map((f) => f.postId).sort();

describe('17.11 a reviewed-findings entry stays on its platform', () => {
  it('the entries accept the Weibo posts they were written for', T, async () => {
    const run = await vetInProcess(['--from', 'weibo.jsonl', '--brand', 'xiaomi', '--format', 'json'], { cwd: work });
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as VetReport;
    expect(accepted(report)).toEqual([ACCEPTED, BY_FINGERPRINT, FOR_WEIBO]);
    expect(counting(report)).toEqual([]);
  });

  it('a feed item given the id of an accepted Weibo post is NOT accepted: its finding counts (exit 1)', T, async () => {
    const run = await vet([`rss:${feed.url}/feed.xml`, '--brand', 'xiaomi', '--format', 'json', '--no-cache'], { cwd: work });
    expect(run.code, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as VetReport;
    expect(counting(report)).toEqual([ACCEPTED, BY_FINGERPRINT, FOR_WEIBO]);
    // Only the feed's own item, accepted with platform: rss.
    expect(accepted(report)).toEqual([FEED_OWN]);
    expect(report.verdict.level).not.toMatch(/^(low|insufficient-data)$/);
    // vet says which entries missed a finding only by its platform, and what to add if that was meant.
    const notes = run.stderr.split('\n').filter((l) => l.startsWith('vet: .vetignore:'));
    expect(notes).toEqual([
      `vet: .vetignore:1: entry post ${ACCEPTED} rule fan-insult names no platform, so it applies only to weibo and x posts, whose ids their authors cannot choose; the finding on the rss post with that id still counts; if the entry was written for that post, add platform: rss`,
      `vet: .vetignore:8: entry weibo post ${FOR_WEIBO} rule fan-insult is for weibo posts; the finding on the rss post with that id still counts`,
    ]);
  });

  it('vet check with a team file: the Weibo creator is accepted, the feed writer with the same ids is not', T, async () => {
    const run = await vetInProcess(['check', 'proposal.yaml', '--format', 'json', '--no-cache'], { cwd: work });
    expect(run.code, run.stderr).toBe(1);
    const doc = JSON.parse(run.stdout) as {
      proposals: Array<{ influencers: Array<{ name: string; report: VetReport }> }>;
      review: { used: Array<{ line: number }>; otherPlatforms: Array<{ line: number; platforms: string[] }> };
    };
    const [creator, writer] = doc.proposals[0]!.influencers;
    expect(counting(creator!.report)).toEqual([]);
    expect(counting(writer!.report)).toEqual([ACCEPTED, BY_FINGERPRINT, FOR_WEIBO]);
    expect(doc.review.used.map((e) => e.line)).toEqual([1, 5, 8, 13]);
    expect(doc.review.otherPlatforms.map((e) => [e.line, e.platforms])).toEqual([
      [1, ['rss']],
      [8, ['rss']],
    ]);
    expect(run.stderr).toContain(`vet: .vetignore:1: entry post ${ACCEPTED} rule fan-insult names no platform`);
    // The text report lists stale entries itself; the entries that missed by platform are still said on stderr.
    const text = await vetInProcess(['check', 'proposal.yaml', '--no-cache'], { cwd: work });
    expect(text.code, text.stderr).toBe(1);
    expect(text.stderr).toContain(`vet: .vetignore:1: entry post ${ACCEPTED} rule fan-insult names no platform`);
    expect(text.stderr).toContain(`vet: .vetignore:8: entry weibo post ${FOR_WEIBO} rule fan-insult is for weibo posts`);
  });
});
