import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/brands/load.js';
import { createScanner, type Scanner } from '../../src/engine/scanner.js';
import { timelineOf } from '../../src/report/html/chart.js';
import { CSP } from '../../src/report/html/page.js';
import { renderHtml } from '../../src/report/html/single.js';
import { vetHistory } from '../../src/vet.js';
import type { Post, VetReport } from '../../src/types.js';
import { runInProcess } from '../helpers/in-process.js';
import { writeTraceHook } from '../helpers/module-trace.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const env = { NO_COLOR: '1', VET_NOW: '2026-11-24T00:00:00Z' };
const dir = mkdtempSync(join(tmpdir(), 'vet-html-'));

async function vet(args: string[]) {
  return runInProcess(args, { cwd: ROOT, env });
}

/** The structure every HTML report must have: self-contained, scriptless, nothing to fetch. */
function expectSelfContained(html: string): ReturnType<typeof load> {
  expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  const $ = load(html);
  expect($('meta[http-equiv="Content-Security-Policy"]').attr('content')).toBe(CSP);
  expect(CSP).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+';/);
  expect($('meta[charset]').attr('charset')).toBe('utf-8');
  expect($('script, link, iframe, object, embed, img, form, base, meta[http-equiv="refresh"]')).toHaveLength(0);
  // No attribute that loads or runs anything: src, srcset, on*, style with url(); href only to http(s) posts or #fragments.
  $('*').each((_, el) => {
    for (const [name, value] of Object.entries((el as unknown as { attribs: Record<string, string> }).attribs)) {
      expect(name).not.toMatch(/^(on|src|srcset|style|xlink:href|formaction|background|poster)/i);
      if (name === 'href') expect(value).toMatch(/^(https?:\/\/|#)/);
    }
  });
  expect($('style')).toHaveLength(1);
  expect($('style').text()).not.toMatch(/url\(|@import/);
  return $;
}

describe('vet --format html', () => {
  let report: VetReport;
  let html: string;
  beforeAll(async () => {
    report = JSON.parse((await vet(['--from', 'fixtures/histories/tech-reviewer-hostile.jsonl', '--brand', 'xiaomi', '--format', 'json'])).stdout) as VetReport;
    const run = await vet(['--from', 'fixtures/histories/tech-reviewer-hostile.jsonl', '--brand', 'xiaomi', '--format', 'html']);
    expect(run.code).toBe(1);
    html = run.stdout;
  });

  it('is one self-contained page: CSP, inline style by hash, no script, nothing fetched, A4 print rules', () => {
    const $ = expectSelfContained(html);
    expect($('style').text()).toMatch(/@page \{ size: A4;/);
    expect($('svg.chart')).toHaveLength(1);
  });

  it('opens with the decision, then the facts, the reasons, the chart and the evidence, in that order', () => {
    const $ = load(html);
    const decision = $('[data-decision]');
    expect(decision.text()).toBe(report.verdict.decision);
    expect(decision.hasClass('level-critical')).toBe(true);
    const order = ['p[data-decision]', 'dl.facts', 'ul.reasons', 'svg.chart', 'ol.findings'].map((sel) => html.indexOf($(sel).first().toString().slice(0, 30)));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect($('ul.reasons li').map((_, li) => $(li).text()).get()).toEqual(report.verdict.reasons);
  });

  it('gives each finding as the text report does: severity, date, rule and meaning, the quote with the match marked, the link', () => {
    const $ = load(html);
    const first = $('ol.findings li').first();
    const f = report.findings[0]!;
    expect(first.find('.sev').text()).toBe(f.severity);
    expect(first.text()).toContain(f.createdAt!.slice(0, 10));
    expect(first.find('code').text()).toBe(f.ruleId);
    expect(first.text()).toContain(f.description);
    expect(first.find('blockquote mark').text()).toBe('死的是米粉');
    expect(first.find('a.url').attr('href')).toBe(f.url);
    expect(first.find('a.url').attr('rel')).toBe('noopener noreferrer nofollow');
    expect($('h2').map((_, h) => $(h).text()).get()).toContain('Coverage');
  });

  it('draws one bar per month and kind, each as tall as its count against the panel maximum', () => {
    const $ = load(html);
    const { months } = timelineOf(report);
    expect(report.timeline!.months.reduce((n, m) => n + m.posts, 0) + report.timeline!.undated).toBe(report.window.postsScanned);
    expect($('svg.chart').attr('data-months')).toBe(String(months.length));
    for (const [kind, key] of [['read', 'posts'], ['hostile', 'hostile'], ['criticism', 'criticism']] as const) {
      const bars = $(`rect[data-kind="${kind}"]`);
      expect(bars).toHaveLength(months.length);
      const max = Math.max(1, ...months.map((m) => (kind === 'read' ? m.posts : Math.max(m.hostile, m.criticism))));
      bars.each((i, el) => {
        const month = months[i]!;
        expect($(el).attr('data-month')).toBe(month.month);
        expect(Number($(el).attr('data-count'))).toBe(month[key]);
        expect(Number($(el).attr('height'))).toBeCloseTo((month[key] / max) * 78, 1);
      });
    }
    // Every hostile post is in a red bar; the worst ones are marked with their evidence number, linking to it.
    expect($('rect[data-kind="hostile"]').get().reduce((n, el) => n + Number($(el).attr('data-count')), 0)).toBe(report.stats!.hostilePosts);
    const marks = $('a.worst');
    expect(marks.length).toBe(5);
    expect(marks.first().attr('href')).toBe('#r-finding-1');
    expect($('#r-finding-1')).toHaveLength(1);
    expect(marks.first().attr('data-month')).toBe(report.findings[0]!.createdAt!.slice(0, 7));
  });

  it('vet report re-renders the saved JSON into the same page, and into text and markdown', async () => {
    const saved = join(dir, 'report.json');
    writeFileSync(saved, JSON.stringify(report));
    const again = await vet(['report', saved, '--format', 'html']);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(html);
    expect((await vet(['report', saved, '--format', 'text'])).stdout).toBe((await vet(['--from', 'fixtures/histories/tech-reviewer-hostile.jsonl', '--brand', 'xiaomi'])).stdout);
    expect((await vet(['report', saved, '--format', 'markdown'])).stdout).toMatch(/^# vet: example\\_tech\\_reviewer for Xiaomi\n\n\*\*Do not sign without review/);
  });
});

describe('post text is hostile input in HTML too', () => {
  let scanner: Scanner;
  beforeAll(async () => {
    scanner = await createScanner(await loadBrand('xiaomi'));
  });
  // The terminal-safety fixtures' sequences (test/robustness/terminal-safety.test.ts), and markup.
  const NASTY = [
    '\u001b[2J\u001b[H', '\u001b]0;owned\u0007', '\u001b[8m', '\u202e', '\u2066', '\u200b\u200d\ufeff', '\r', '\n::error file=x::forged\n', '\u0008\u0008\u0008', '\u009b31m',
    '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>", '</style><style>*{display:none}', '<!--', ']]>', '&amp;&lt;',
  ];

  it('is shown, never obeyed: no markup, script, control or bidi character survives; only http(s) links', async () => {
    const posts: Post[] = NASTY.map((seq, i) => ({
      id: `p${i}"><b>`,
      text: `米粉都是脑残${seq} <b>bold</b>`,
      url: i % 3 === 0 ? `javascript:alert(${i})` : i % 3 === 1 ? `https://weibo.com/1/${i}"onmouseover="x` : `https://weibo.com/1/${i}`,
      createdAt: '2026-10-01T00:00:00Z',
    }));
    async function* stream() {
      yield* posts;
    }
    const report = await vetHistory(
      { subject: { handle: `evil<script>x</script>${NASTY.join('')}`, platform: 'file<i>' }, posts: stream(), coverage: { postsRead: posts.length, partial: false, notes: [{ code: 'text', args: { text: '<img src=x>' } }] } },
      await loadBrand('xiaomi'),
      { now: new Date('2026-11-24T00:00:00Z'), scanner },
    );
    report.findings[0]!.ignored = { reason: '<script>x</script>', by: '"><img>' };
    const html = renderHtml(report, { showAll: true });
    const $ = expectSelfContained(html);
    expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/);
    expect($('b, i, svg onload, [onerror], [onmouseover]')).toHaveLength(0);
    expect($('a.url').map((_, a) => $(a).attr('href')).get().every((h) => /^https:\/\/weibo\.com\/1\/\d+$/.test(h))).toBe(true);
    // What was written is still there to read, escaped.
    expect($('h1').text()).toContain('evil<script>x</script>\\u{001B}[2J');
    expect($('blockquote').first().text()).toMatch(/米粉都是脑残/);
    expect($('body').text()).toContain('javascript:alert(0)');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect($('.accepted').first().text()).toContain('<script>x</script>');
  });
});

describe('vet check --format html and vet report on a batch file', () => {
  it('check: one page, a summary row and a section per influencer, "pass, with findings" below fail-on', async () => {
    const run = await vet(['check', 'fixtures/proposals/mixed.yaml', '--format', 'html']);
    expect(run.code).toBe(1);
    const $ = expectSelfContained(run.stdout);
    expect($('table.summary tbody tr')).toHaveLength(4);
    expect($('section.influencer')).toHaveLength(4);
    expect($('table.summary').text()).toContain('pass, with findings');
    expect($('section.influencer [data-decision]').first().text()).toMatch(/^Do not sign without review: /);
  });

  it('batch: a comparison of the candidates (level, score, posts, dates, latest hostile, partial, worst quote), then each report', async () => {
    const json = JSON.parse((await vet(['--from', 'fixtures/histories/tech-reviewer-hostile.jsonl', '--brand', 'xiaomi', '--format', 'json'])).stdout);
    const clean = JSON.parse((await vet(['--from', 'fixtures/histories/food-blogger.jsonl', '--brand', 'xiaomi', '--format', 'json'])).stdout);
    const file = join(dir, 'batch.jsonl');
    const lines = [
      { handle: 'weibo:1', name: 'Hostile <b>One</b>', ...json },
      { handle: 'file:food.jsonl', ...clean },
      { handle: 'weibo:9', brand: { id: 'xiaomi' }, error: { code: 'refused', message: 'login wall' } },
    ];
    writeFileSync(file, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    const run = await vet(['report', file]);
    expect(run.code, run.stderr).toBe(0);
    const $ = expectSelfContained(run.stdout);
    const rows = $('table.comparison tbody tr');
    expect(rows).toHaveLength(3);
    const cells = rows.first().find('td').map((_, td) => $(td).text()).get();
    expect(cells[0]).toContain('Hostile <b>One</b>');
    expect(cells.slice(1, 7)).toEqual(['Critical risk', String(json.verdict.score), '21', '2023-02-11 to 2026-10-15', '2026-08-30', 'complete']);
    expect(rows.first().find('mark').text()).toBe('死的是米粉');
    expect(rows.eq(2).text()).toContain('not vetted: refused: login wall');
    expect($('section.influencer')).toHaveLength(2);
    const text = await vet(['report', file, '--format', 'text']);
    expect(text.stdout).toMatch(/^ {2}critical +\d+ +Hostile <b>One<\/b> \(weibo:1\): 21 posts/m);
    const md = await vet(['report', file, '--format', 'markdown']);
    expect(md.stdout).toContain('| Candidate | Level | Score | Posts | Dates | Latest hostile | History | Worst quote |');
  });

  it('a file that is not a report gets a clear message naming it and the line', async () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"handle":"a","schemaVersion":1,"subject":{},"brand":{},"window":{},"verdict":{"level":"low","score":0,"reasons":[]},"findings":[]}\nnot json\n');
    const run = await vet(['report', bad]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`vet: ${bad}:2: not valid JSON (expected a vet --format json report, or one vet batch line per line)\n`);
    writeFileSync(bad, '{"schemaVersion":1,"subject":{}}');
    expect((await vet(['report', bad])).stderr).toMatch(/bad\.jsonl: not a vet report: "brand", "window", "verdict", "findings" missing/);
    expect((await vet(['report', join(dir, 'none.json')])).stderr).toMatch(/none\.json: cannot read the report \(no such file\)/);
    expect((await vet(['report', bad, '--format', 'pdf'])).stderr).toBe('vet: --format pdf writes a file: add --output <file.pdf>\n');
  });

  it('pdf with no Chromium: a clear error that says how to install one', async () => {
    const saved = join(dir, 'r.json');
    writeFileSync(saved, (await vet(['--from', 'fixtures/histories/food-blogger.jsonl', '--brand', 'xiaomi', '--format', 'json'])).stdout);
    const run = await runInProcess(['report', saved, '--format', 'pdf', '-o', join(dir, 'r.pdf')], { cwd: ROOT, env: { ...env, VET_CHROMIUM: join(dir, 'no-such-chromium') } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/VET_CHROMIUM=".*no-such-chromium" is not an executable file\nhint: install Chromium \(Debian\/Ubuntu: apt-get install chromium/);
  });
});

describe('HTML and PDF load only when asked for', () => {
  /** The modules a run of the built CLI loads (a module.register hook writes each URL to a file). */
  async function loaded(args: string[]): Promise<string[]> {
    const work = mkdtempSync(join(tmpdir(), 'vet-lazy-'));
    const hook = await writeTraceHook(work);
    const trace = join(work, 'trace.txt');
    return new Promise((done, fail) => {
      const child = spawn(process.execPath, ['--import', hook, join(ROOT, 'bin/vet.js'), ...args], {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', HOME: work, NO_COLOR: '1', TRACE_FILE: trace },
        stdio: 'ignore',
      });
      child.on('error', fail);
      child.on('close', () => done(readFileSync(trace, 'utf8').split('\n').filter(Boolean)));
    });
  }
  const HTML = /\/report\/html\/|\/report\/pdf\.js$/;
  const PLAYWRIGHT = /\/node_modules\/playwright-core\//;

  it('--version and the text report load neither; --format html loads the HTML modules but not playwright-core', { timeout: 60_000 }, async () => {
    for (const args of [['--version'], ['--from', 'fixtures/histories/food-blogger.jsonl', '--brand', 'xiaomi']]) {
      const urls = await loaded(args);
      expect(urls.length).toBeGreaterThan(0);
      expect(urls.filter((u) => HTML.test(u) || PLAYWRIGHT.test(u))).toEqual([]);
    }
    const html = await loaded(['--from', 'fixtures/histories/food-blogger.jsonl', '--brand', 'xiaomi', '--format', 'html']);
    expect(html.some((u) => /\/report\/html\/single\.js$/.test(u))).toBe(true);
    expect(html.filter((u) => PLAYWRIGHT.test(u) || /\/report\/pdf\.js$/.test(u))).toEqual([]);
  });
});
