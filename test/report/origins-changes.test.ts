import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html/single.js';
import { renderReport } from '../../src/report/index.js';
import { RULES } from '../../src/rules/index.js';
import type { VetReport } from '../../src/types.js';
import { finding, report } from '../check/helpers.js';

/** Every report shows deleted/edited posts, alt/card findings and a target named by context (issue 16, HTML report). */
function sample(): VetReport {
  const r = report('high', [
    finding({ postId: 'a1', from: 'alt' }),
    finding({ postId: 'c1', from: 'card' }),
    finding({ postId: 'r1', targetFrom: 'context', isRepost: true }),
    finding({ postId: 'g1', targetFrom: 'context', agrees: { quote: '<b>米粉</b>都是脑残' } }),
    finding({ postId: 'g2', targetFrom: 'context', agrees: { quote: 'line one\nline two \u001b[31mred' } }),
    finding({ postId: 'p1' }),
  ]);
  r.changes = {
    previous: { at: '2026-08-01T00:00:00.000Z', brand: 'xiaomi', level: 'low', score: 0 },
    newPosts: 3,
    deleted: [{ postId: 'd1', url: 'https://weibo.com/1/d1', createdAt: '2026-07-01T00:00:00.000Z', lastSeen: '2026-08-01T00:00:00.000Z', quote: '<b>米粉</b>都是脑残 (deleted)', hostile: [{ ruleId: 'fan-insult', category: 'fan-insult', severity: 'high', excerpt: '米粉都是脑残', fingerprint: 'weibo:d1:fan-insult:x' }] }],
    edited: [{ postId: 'e1', lastSeen: '2026-08-01T00:00:00.000Z', quote: 'old words', now: 'new words', hostile: [] }],
  };
  return r;
}

describe('the HTML report', () => {
  const $ = load(renderHtml(sample()));
  const item = (postId: string) => $('ol.findings li').filter((_, el) => $(el).text().includes(`/${postId}`) || $(el).text().includes(` ${postId}`)).first();

  it('says when a finding is in an image\'s alt text or a link card, or its target comes from context', () => {
    expect(item('a1').find('.origin').text()).toBe("(in an image's alt text)");
    expect(item('c1').find('.origin').text()).toBe("(in a shared link's card)");
    expect(item('r1').find('.origin').text()).toBe('(target named by the post it answers, reposts or quotes)');
    expect(item('r1').text()).toContain('(repost)');
    expect(item('p1').find('.origin')).toHaveLength(0);
  });

  it('says when a post only agrees with the post it answers, and quotes what that post says, escaped', () => {
    expect(item('g1').find('.origin').text()).toBe('(agrees with the post it answers, reposts or quotes, which says «<b>米粉</b>都是脑残»)');
    expect(item('g1').find('b')).toHaveLength(0);
  });

  it('writes the quote of the post agreed with on one line, without escape sequences', () => {
    const out = renderReport('text', sample(), { color: false, rules: RULES });
    expect(out).not.toContain('\u001b');
    expect(out).toContain('which says «line one ⏎ line two');
  });

  it('lists the posts deleted and edited since the last audit, quote escaped, link kept', () => {
    const heading = $('h2').filter((_, el) => $(el).text().startsWith('Changed since the last audit'));
    expect(heading.text()).toBe('Changed since the last audit (2026-08-01): 1 post deleted, 1 post edited');
    const items = $('ol.changes li');
    expect(items).toHaveLength(2);
    expect(items.eq(0).text()).toContain('DELETED');
    expect(items.eq(0).text()).toContain('hostile: fan-insult');
    expect(items.eq(0).find('blockquote').text()).toContain('<b>米粉</b>都是脑残 (deleted)');
    expect(items.eq(0).find('b')).toHaveLength(0);
    expect(items.eq(0).find('a').attr('href')).toBe('https://weibo.com/1/d1');
    expect(items.eq(1).text()).toContain('EDITED');
    expect(items.eq(1).text()).toContain('now: new words');
    expect(items.eq(1).text()).toContain('post e1 (no link in the history)');
  });
});

describe('the text and markdown reports say the same', () => {
  it.each(['text', 'markdown'] as const)('%s', (format) => {
    // Markdown escapes punctuation with backslashes: read it as it renders.
    const out = renderReport(format, sample(), { color: false, rules: RULES }).replace(/\\(?=[^\w\s])/g, '');
    expect(out).toContain("in an image's alt text");
    expect(out).toContain("in a shared link's card");
    expect(out).toContain('target named by the post it answers, reposts or quotes');
    // (Markdown escapes the markup in the quote.)
    expect(out).toMatch(/agrees with the post it answers, reposts or quotes, which says «(?:<b>|&lt;b&gt;)米粉/);
    expect(out).toContain('Changed since the last audit (2026-08-01): 1 post deleted, 1 post edited');
  });
});
