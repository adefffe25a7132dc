import { describe, expect, it } from 'vitest';
import { markedExcerpt } from '../../src/check/reporters/shared.js';
import { splitExcerpt } from '../../src/report/excerpt.js';
import { markdownQuote, markdownReporter } from '../../src/report/markdown.js';
import { textReporter } from '../../src/report/text.js';
import type { Finding, VetReport } from '../../src/types.js';

const ctx = { color: false, rules: [] };

/** A finding whose excerpt is `excerpt` (at `excerptStart` in the post), with the match the first `matched`. */
function finding(excerpt: string, matched: string, over: Partial<Finding> = {}): Finding {
  const excerptStart = over.excerptStart ?? 0;
  const at = excerpt.indexOf(matched);
  if (at < 0) throw new Error(`${matched} is not in ${excerpt}`);
  return {
    postId: '1', ruleId: 'fan-insult', category: 'fan-insult', severity: 'high', target: 'fans',
    excerpt, excerptStart, excerptCut: { before: excerptStart > 0, after: false },
    description: "Insults the brand's fans or buyers.", matched,
    span: { start: excerptStart + at, end: excerptStart + at + matched.length }, fingerprint: 'weibo:1:fan-insult:abc',
    url: 'https://weibo.com/1/1', createdAt: '2026-08-30T00:00:00.000Z',
    ...over,
  };
}

function report(findings: Finding[], over: Partial<VetReport> = {}): VetReport {
  return {
    schemaVersion: 1, subject: { handle: 'someone', platform: 'weibo' }, brand: { id: 'xiaomi', name: 'Xiaomi' },
    window: { from: '2026-01-01T00:00:00.000Z', to: '2026-08-30T00:00:00.000Z', postsScanned: 21 },
    verdict: { level: 'high', score: 60, reasons: ['Insults aimed at Xiaomi\'s fans or buyers: 1 post, the latest on 2026-08-30.'] },
    findings, errors: [],
    coverage: { postsRead: 21, partial: false, notes: [] },
    stats: { hostilePosts: 1, criticismPosts: 0, reposts: 0, ignoredFindings: 0, omittedMinorFindings: 0 },
    ...over,
  };
}

const md = (f: Finding) => markdownReporter.render(report([f]), ctx);
const text = (f: Finding) => textReporter.render(report([f]), ctx);

describe('quotes keep the author\'s spacing', () => {
  const cases: Array<[string, string, string, string, string]> = [
    // excerpt, matched, markdown, text, vet check
    ['Mi fans are brainwashed sheep, no point arguing with them.', 'Mi fans are brainwashed',
      '**Mi fans are brainwashed** sheep, no point arguing with them\\.',
      '"«Mi fans are brainwashed» sheep, no point arguing with them."',
      '«Mi fans are brainwashed» sheep, no point arguing with them.'],
    ['米 猴 又来洗地了', '米 猴', '**米 猴** 又来洗地了', '"«米 猴» 又来洗地了"', '«米 猴» 又来洗地了'],
    ['Honestly xiaomi fans are idiots', 'xiaomi fans are idiots', 'Honestly **xiaomi fans are idiots**',
      '"Honestly «xiaomi fans are idiots»"', 'Honestly «xiaomi fans are idiots»'],
    // Two spaces stay two spaces; the one line break shows as ⏎ with its spaces.
    ['well  米粉都是脑残  ok', '米粉都是脑残', 'well  **米粉都是脑残**  ok', '"well  «米粉都是脑残»  ok"', 'well  «米粉都是脑残»  ok'],
    ['first line\n米粉都是脑残', '米粉都是脑残', 'first line ⏎ **米粉都是脑残**', '"first line ⏎ «米粉都是脑残»"', 'first line\n«米粉都是脑残»'],
  ];

  it.each(cases)('%j', (excerpt, matched, markdown, plain, check) => {
    const f = finding(excerpt, matched);
    expect(markdownQuote(f)).toBe(markdown);
    expect(md(f)).toContain(`| ${markdown} |`);
    expect(text(f)).toContain(`      ${plain}\n`);
    expect(markedExcerpt(f)).toBe(check);
  });

  it('white space at the edges of the match goes outside the markers, so markdown still renders it bold', () => {
    // A span that starts or ends on white space (an engine change, or a hand-edited report).
    const g = { ...finding('Honestly xiaomi fans are idiots, really', 'xiaomi fans are idiots'), span: { start: 8, end: 31 } };
    expect(g.excerpt.slice(8, 31)).toBe(' xiaomi fans are idiots');
    expect(splitExcerpt(g)).toMatchObject({ before: 'Honestly ', match: 'xiaomi fans are idiots', after: ', really' });
    expect(markdownQuote(g)).toBe('Honestly **xiaomi fans are idiots**, really');
    expect(text(g)).toContain('"Honestly «xiaomi fans are idiots», really"');
    expect(markedExcerpt(g)).toBe('Honestly «xiaomi fans are idiots», really');
    const h = { ...finding('米 猴 又来', '米 猴'), span: { start: 0, end: 4 } };
    expect(markdownQuote(h)).toBe('**米 猴** 又来');
    expect(markedExcerpt(h)).toBe('«米 猴» 又来');
  });

  it('post text is still escaped piece by piece: no markup, mention or line of its own gets through', () => {
    const f = finding('see @octocat *now* | 米粉都是脑残 <b>x</b>', '米粉都是脑残');
    expect(markdownQuote(f)).toBe('see @\u200boctocat \\*now\\* \\| **米粉都是脑残** &lt;b&gt;x&lt;/b&gt;');
    const g = finding('a\u202eb 米粉都是脑残\u001b[31m', '米粉都是脑残');
    expect(markdownQuote(g)).toBe(String.raw`a\\u\{202E\}b **米粉都是脑残**\\u\{001B\}\[31m`);
    expect(text(g)).toContain('"a\\u{202E}b «米粉都是脑残»\\u{001B}[31m"');
  });
});

describe('a quote cut short says so at both ends', () => {
  const excerpt = 'tempor Honestly xiaomi fans are idiots and everyone knows it, lorem ipsum dolor sit amet consectet';
  const cut = finding(excerpt, 'xiaomi fans are idiots', { excerptStart: 412, excerptCut: { before: true, after: true } });

  it('text, markdown and vet check evidence end with …', () => {
    expect(text(cut)).toContain('"…tempor Honestly «xiaomi fans are idiots» and everyone knows it, lorem ipsum dolor sit amet consectet…"');
    expect(md(cut)).toContain('| …tempor Honestly **xiaomi fans are idiots** and everyone knows it, lorem ipsum dolor sit amet consectet… |');
    expect(markedExcerpt(cut)).toBe(`…${excerpt.replace('xiaomi fans are idiots', '«xiaomi fans are idiots»')}…`);
  });

  it('a whole post has no …; only the side that was cut gets one', () => {
    const whole = finding('米粉都是脑残', '米粉都是脑残');
    expect(text(whole)).toContain('"«米粉都是脑残»"');
    expect(markdownQuote(whole)).toBe('**米粉都是脑残**');
    expect(markedExcerpt(whole)).toBe('«米粉都是脑残»');
    const endOnly = finding('米粉都是脑残。', '米粉都是脑残', { excerptCut: { before: false, after: true } });
    expect(markdownQuote(endOnly)).toBe('**米粉都是脑残**。…');
    expect(markedExcerpt(endOnly)).toBe('«米粉都是脑残»。…');
  });

  it('a finding from a report made before excerptCut existed: … before when it does not start the post, none after', () => {
    const { excerptCut: _, ...old } = cut;
    expect(splitExcerpt(old)).toMatchObject({ cutBefore: true, cutAfter: false });
    expect(markdownQuote(old)).toBe(`…tempor Honestly **xiaomi fans are idiots** and everyone knows it, lorem ipsum dolor sit amet consectet`);
  });
});

describe('notes on the history', () => {
  const r = report([finding('米粉都是脑残', '米粉都是脑残')], {
    window: { from: '2026-01-01T00:00:00.000Z', to: '2026-01-02T00:00:00.000Z', postsScanned: 2 },
    coverage: { postsRead: 2, partial: false, notes: ['1 post with an id already seen was skipped'] },
  });

  it('text: under the post count, as a sentence', () => {
    expect(textReporter.render(r, ctx)).toContain('Scanned 2 posts from 2026-01-01 to 2026-01-02.\nNote: 1 post with an id already seen was skipped.\n');
  });

  it('markdown: after the reasons, as its own paragraph', () => {
    const out = markdownReporter.render(r, ctx);
    expect(out).toContain('the latest on 2026\\-08\\-30\\.\n\nNote: 1 post with an id already seen was skipped\\.\n\n## Evidence');
  });

  it('a note a reason already quotes (a partial history) is not said twice; no notes, no lines', () => {
    const note = 'vet stopped after --limit 2 posts; older posts were not read (raise --limit to read more)';
    const reasons = [`Only part of the history could be read (${note}); older posts may hold more.`];
    const coverage = { postsRead: 2, partial: true, notes: [note] };
    const coded = report([], {
      verdict: { level: 'low', score: 0, reasons, reasonCodes: [{ code: 'partial-history', args: { notes: 1 } }] },
      coverage: { ...coverage, noteCodes: [{ code: 'limit-reached', args: { limit: 2 } }] },
    });
    // A report from before codes: sentences only.
    const old = report([], { verdict: { level: 'low', score: 0, reasons }, coverage });
    for (const partial of [coded, old]) {
      expect(textReporter.render(partial, ctx).match(/--limit 2/g)).toHaveLength(1);
      expect(markdownReporter.render(partial, ctx).match(/limit 2/g)).toHaveLength(1);
    }
    expect(textReporter.render(report([]), ctx)).not.toContain('Note:');
    expect(markdownReporter.render(report([]), ctx)).not.toContain('Note:');
  });
});

describe('counts: one, many, and more than a report lists', () => {
  const criticism = (i: number): Finding => finding(`红米的续航有点失望 ${i}`, '红米的续航有点失望', {
    postId: String(i), ruleId: 'product-criticism', category: 'product-criticism', severity: 'info', target: 'product',
    description: 'Criticises a product or service.', fingerprint: `weibo:${i}:product-criticism:abc`,
  });

  it('singular and plural: 1 post, 1 finding; 2 posts, 2 findings', () => {
    const one = report([finding('米粉都是脑残', '米粉都是脑残')], { window: { from: null, to: null, postsScanned: 1 } });
    const t1 = textReporter.render(one, ctx);
    expect(t1).toContain('Scanned 1 post.');
    expect(t1).toContain('Evidence: 1 finding of hostility');
    expect(t1).not.toMatch(/\(s\)|\b1 posts\b|\b1 findings\b/);
    const m1 = markdownReporter.render(one, ctx);
    expect(m1).toContain('(score 60/100), 1 post scanned.');
    expect(m1).not.toMatch(/\(s\)|\b1 posts\b/);

    const two = report([finding('米粉都是脑残', '米粉都是脑残'), { ...criticism(2), ignored: { reason: 'fine', by: 'a' } }, criticism(3)], { window: { from: null, to: null, postsScanned: 2 } });
    const t2 = textReporter.render(two, ctx);
    expect(t2).toContain('Scanned 2 posts.');
    expect(t2).toContain('Not counted as hostility: 1 finding (product criticism, relationship claims)');
    expect(t2).toContain('Accepted by reviewers: 1 finding (not counted)');
    expect(markdownReporter.render(two, ctx)).toContain('2 posts scanned.');
  });

  const many = Array.from({ length: 500 }, (_, i) => criticism(i));
  const big = report([finding('米粉都是脑残', '米粉都是脑残'), ...many], {
    verdict: { level: 'high', score: 60, reasons: ["Criticism of Xiaomi's products or service: 1500 posts."] },
    stats: { hostilePosts: 1, criticismPosts: 1500, reposts: 0, ignoredFindings: 0, omittedMinorFindings: 1000 },
  });

  it('text: the header counts every one, and says plainly which are listed where and which only counted', () => {
    const out = textReporter.render(big, ctx);
    expect(out).toContain('Not counted as hostility: 1500 findings (product criticism, relationship claims)\n');
    expect(out).toContain('  … 497 more listed with --all or --format json; 1000 more counted but not listed (a report lists at most 500 of these).\n');
    const all = textReporter.render(big, { ...ctx, showAll: true });
    expect(all).toContain('Not counted as hostility: 1500 findings');
    expect(all).toContain('  500. INFO');
    expect(all).toContain('  … 1000 more counted but not listed (a report lists at most 500 of these).\n');
    expect(all).not.toContain('--all');
  });

  it('markdown: the same counts, and the 500 rows', () => {
    const out = markdownReporter.render(big, ctx);
    expect(out).toContain('## Not counted as hostility (1500)\n\n500 listed below; 1000 more counted but not listed (a report lists at most 500 of these).\n\n| severity |');
    expect(out.match(/^\| info \|/gm)).toHaveLength(500);
  });

  it('under the limit nothing is said about it', () => {
    const small = report([finding('米粉都是脑残', '米粉都是脑残'), ...many.slice(0, 5)]);
    const out = textReporter.render(small, ctx);
    expect(out).toContain('Not counted as hostility: 5 findings');
    expect(out).toContain('  … 2 more listed with --all or --format json.\n');
    expect(out).not.toContain('counted but not listed');
    expect(markdownReporter.render(small, ctx)).not.toContain('counted but not listed');
  });
});
