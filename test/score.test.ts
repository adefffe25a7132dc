import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScoreAccumulator, levelAtLeast, recencyFactor } from '../src/score.js';
import type { Finding, Post, Severity } from '../src/types.js';

const NOW = new Date('2026-11-24T00:00:00Z');
const DAY = 24 * 3600 * 1000;

function post(id: string, daysAgo: number, extra: Partial<Post> = {}): Post {
  return { id, text: 'x', createdAt: new Date(NOW.getTime() - daysAgo * DAY).toISOString(), ...extra };
}
function finding(p: Post, severity: Severity, category: Finding['category'] = 'fan-insult'): Finding {
  return {
    postId: p.id, ruleId: 'r', category, severity, target: 'fans', excerpt: 'x', excerptStart: 0,
    description: 'd', matched: 'x', span: { start: 0, end: 1 }, fingerprint: `f:${p.id}`,
    ...(p.createdAt ? { createdAt: p.createdAt } : {}),
  };
}
function verdict(items: Array<[Post, Severity[], Finding['category']?]>) {
  const acc = new ScoreAccumulator(NOW, 'Xiaomi');
  for (const [p, sevs, cat] of items) acc.add(p, sevs.map((s) => finding(p, s, cat)));
  for (let i = 0; i < 30; i++) acc.add(post(`clean${i}`, i), []);
  return acc.verdict();
}

describe('scoring', () => {
  it('one recent fan slur or death wish reaches high', () => {
    expect(verdict([[post('1', 30), ['high'], 'fan-slur']]).level).toBe('high');
    expect(verdict([[post('1', 30), ['critical'], 'doom-wish']]).level).toBe('high');
  });
  it('a history of honest criticism alone stays low, however long', () => {
    const items = Array.from({ length: 200 }, (_, i) => [post(`${i}`, i), ['info'], 'product-criticism'] as [Post, Severity[], Finding['category']]);
    const v = verdict(items);
    expect(v.level).toBe('low');
    expect(v.reasons.join(' ')).toMatch(/Honest criticism is not hostility/);
  });
  it('older posts count less but still count', () => {
    const recent = verdict([[post('1', 10), ['medium']], [post('2', 20), ['medium']]]);
    const old = verdict([[post('1', 2000), ['medium']], [post('2', 2100), ['medium']]]);
    expect(old.score).toBeLessThan(recent.score);
    expect(old.score).toBeGreaterThan(0);
  });
  it('reposts count half of originals', () => {
    const original = verdict([[post('1', 400), ['medium']]]);
    const repost = verdict([[post('1', 400, { isRepost: true }), ['medium']]]);
    expect(repost.score).toBeLessThan(original.score);
  });
  it('a recent repost of a death wish or slur still makes the verdict at least high; a reposted insult does not', () => {
    expect(verdict([[post('1', 4, { isRepost: true }), ['critical'], 'doom-wish']]).level).toBe('high');
    expect(verdict([[post('1', 54, { isRepost: true }), ['high'], 'fan-insult']]).level).not.toBe('high');
    // Older than a year: reposts fade like anything else, with no floor.
    expect(verdict([[post('1', 500, { isRepost: true }), ['critical'], 'doom-wish']]).level).not.toBe('high');
  });
  it('when reviewers accepted every hostile finding, the reason says so instead of "no post attacks"', () => {
    const acc = new ScoreAccumulator(NOW, 'Xiaomi');
    const p = post('1', 10);
    acc.add(p, [{ ...finding(p, 'critical', 'doom-wish'), ignored: { reason: 'satire', by: 'ann' } }]);
    for (let i = 2; i <= 20; i++) acc.add(post(String(i), 11), []);
    const v = acc.verdict();
    expect(v.level).toBe('low');
    expect(v.reasons[0]).toBe('No post counts against Xiaomi: the 1 hostile finding in the 20 posts scanned was accepted by a reviewer (listed below).');
    expect(v.reasons.join(' ')).not.toMatch(/attacks Xiaomi/);
  });
  it('names posts dated after today (vetHistory notes every post date)', () => {
    const future = post('9', -400);
    const acc = new ScoreAccumulator(NOW, 'Xiaomi');
    acc.add(future, [finding(future, 'high')]);
    acc.noteDate(future.createdAt!, Date.parse(future.createdAt!));
    const today = post('8', 0);
    acc.noteDate(today.createdAt!, Date.parse(today.createdAt!) + 3600_000); // an hour ahead: a clock, not a typo
    const v = acc.verdict();
    expect(v.reasons.join(' ')).toMatch(new RegExp(`1 post is dated after today \\(the latest ${future.createdAt!.slice(0, 10)}\\): check the history's dates`));
    expect(verdict([[post('1', 10), ['high']]]).reasons.join(' ')).not.toMatch(/dated after today/);
    // Not "less than a day old" one sentence before "dated after today" (issue 16 item 13).
    expect(v.reasons.join(' ')).not.toMatch(/less than a day old/);
    expect(v.reasons).toContain('The most recent hostile post is dated after today, so it weighs fully.');
  });
  it('recency factor: full for a year, then fading to a floor', () => {
    expect(recencyFactor(100 * DAY)).toBe(1);
    expect(recencyFactor(3 * 365.25 * DAY)).toBeCloseTo(0.5);
    expect(recencyFactor(40 * 365.25 * DAY)).toBe(0.2);
  });
  it('says why in plain words', () => {
    const v = verdict([[post('1', 60), ['critical'], 'doom-wish']]);
    expect(v.reasons[0]).toMatch(/^Wishes of death or ruin on Xiaomi.*1 post/);
    expect(v.reasons.join(' ')).toMatch(/2 months old/);
  });
  it('adding a hostile post never lowers the verdict (property)', () => {
    const sev = fc.constantFrom<Severity>('info', 'low', 'medium', 'high', 'critical');
    const item = fc.record({ days: fc.integer({ min: 0, max: 4000 }), sevs: fc.array(sev, { minLength: 1, maxLength: 3 }), repost: fc.boolean() });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 20 }), item, (history, extra) => {
        const build = (items: typeof history) => {
          const acc = new ScoreAccumulator(NOW, 'B');
          items.forEach((it, i) => {
            const p = post(`${i}`, it.days, { isRepost: it.repost });
            acc.add(p, it.sevs.map((s) => finding(p, s)));
          });
          return acc.verdict();
        };
        const before = build(history);
        const after = build([...history, extra]);
        expect(after.score).toBeGreaterThanOrEqual(before.score);
        expect(levelAtLeast(after.level, before.level)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
