import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { renderReport } from '../../src/report/index.js';
import { displayWidth, wrapText } from '../../src/report/wrap.js';
import type { VetReport } from '../../src/types.js';
import { runInProcess } from '../helpers/in-process.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const env = { NO_COLOR: '1', VET_NOW: '2026-11-24T00:00:00Z' };
const ctx = { color: false, rules: RULES };

const dir = mkdtempSync(join(tmpdir(), 'vet-decision-'));
let files = 0;
/** A history file with these lines; its path, for --from. */
function history(content: string): string {
  const path = join(dir, `h${files++}.jsonl`);
  writeFileSync(path, content);
  return path;
}

async function vetJson(args: string[], content?: string): Promise<VetReport> {
  const from = content === undefined ? args : args.map((a) => (a === '-' ? history(content) : a));
  const r = await runInProcess([...from, '--brand', 'xiaomi', '--format', 'json'], { cwd: ROOT, env });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as VetReport;
}

const hostile = () => vetJson(['--from', 'fixtures/histories/tech-reviewer-hostile.jsonl']);

describe('the decision comes first', () => {
  it('a hostile history: "Do not sign without review", naming the worst kind of post and its latest date', async () => {
    const report = await hostile();
    expect(report.verdict.decision).toBe(
      'Do not sign without review: 1 post wishes death or ruin on Xiaomi, its fans or its people, the latest on 2025-09-12; 8 hostile posts in all.',
    );
    const text = renderReport('text', report, ctx).split('\n');
    expect(text[1]).toBe(report.verdict.decision);
    const md = renderReport('markdown', report, ctx).split('\n').filter(Boolean);
    expect(md[1]).toMatch(/^\*\*Do not sign without review: 1 post wishes death/);
  });

  it('reasons are ordered by severity, then recency (the critical reason first, backlash risk before criticism)', async () => {
    const { verdict } = await hostile();
    const codes = verdict.reasonCodes!.map((r) => (r.code === 'category' ? r.args.category : r.code));
    expect(codes.slice(0, 3)).toEqual(['doom-wish', 'fan-insult', 'boycott-call']);
    expect(codes.indexOf('backlash-risk')).toBeLessThan(codes.indexOf('criticism'));
  });

  it('a clean history of enough posts: "No hostility found in N posts (span)"', async () => {
    const report = await vetJson(['--from', 'fixtures/histories/food-blogger.jsonl']);
    expect(report.verdict.level).toBe('low');
    expect(report.verdict.decision).toMatch(/^No hostility found in 20 posts \(\d{4}-\d{2} to \d{4}-\d{2}\)\.$/);
  });
});

describe('insufficient data', () => {
  const lines = (n: number) => Array.from({ length: n }, (_, i) => JSON.stringify({ id: String(i), text: '今天吃了火锅', createdAt: `2026-0${1 + (i % 8)}-10T00:00:00Z` })).join('\n');

  it('a 2-post history is never LOW: its own level, in the JSON, the text and the decision', async () => {
    const report = await vetJson(['--from', '-'], `${lines(2)}\n`);
    expect(report.verdict.level).toBe('insufficient-data');
    expect(report.verdict.decision).toMatch(/^Insufficient data to judge: only 2 posts/);
    const text = renderReport('text', report, ctx);
    expect(text).toContain('INSUFFICIENT DATA');
    expect(text).not.toContain('LOW RISK');
    // For --fail-on it ranks with low: nothing hostile was found in what could be read.
    expect((await runInProcess(['--from', history(`${lines(2)}\n`), '--brand', 'xiaomi'], { cwd: ROOT, env })).code).toBe(0);
  });

  it('20 posts are enough; a hostile post in a short history keeps its level', async () => {
    expect((await vetJson(['--from', '-'], `${lines(20)}\n`)).verdict.level).toBe('low');
    const slur = JSON.stringify({ id: 'x', text: '米粉都是脑残', createdAt: '2026-10-01T00:00:00Z' });
    expect((await vetJson(['--from', '-'], `${lines(2)}\n${slur}\n`)).verdict.level).toMatch(/^(medium|high|critical)$/);
  });
});

describe('reasons and notes as codes', () => {
  it('the JSON keeps its sentences (schema 1) and adds the same items as codes with arguments', async () => {
    const dup = `${JSON.stringify({ id: '1', text: 'a' })}\n${JSON.stringify({ id: '1', text: 'b' })}\n`;
    const report = await vetJson(['--from', '-'], dup);
    expect(report.schemaVersion).toBe(1);
    expect(report.verdict.reasons).toHaveLength(report.verdict.reasonCodes!.length);
    expect(report.verdict.reasonCodes).toContainEqual({ code: 'little-data', args: { posts: 1 } });
    expect(report.verdict.reasons).toContain('Only 1 post scanned: the verdict rests on little data.');
    expect(report.coverage!.noteCodes).toEqual([{ code: 'duplicates-skipped', args: { posts: 1 } }]);
    expect(report.coverage!.notes).toEqual(['1 post was skipped: its id had already been seen']);
    expect(report.verdict.decisionCode).toMatchObject({ code: 'decision', args: { level: 'insufficient-data', scanned: 1 } });
  });

  it('the hostile categories carry their category, post count and latest date as arguments', async () => {
    const { verdict } = await hostile();
    expect(verdict.reasonCodes![0]).toEqual({ code: 'category', args: { brand: 'Xiaomi', category: 'doom-wish', posts: 1, latest: expect.stringMatching(/^2025-09-12/) } });
  });
});

describe('text reports wrap to a terminal (issue 16 item 2)', () => {
  it('at word boundaries, with hanging indents, never inside a URL or a date', async () => {
    const report = await hostile();
    const out = renderReport('text', report, { ...ctx, width: 60 });
    for (const line of out.split('\n')) {
      if (!/https?:\/\//.test(line)) expect(displayWidth(line)).toBeLessThanOrEqual(60);
    }
    // Every URL is whole on one line.
    for (const f of report.findings) if (f.url) expect(out).toContain(f.url);
    expect(out).not.toMatch(/\d{4}-\d{2}\n/);
    // A reason that wraps continues under its text, not under its dash.
    const i = out.split('\n').findIndex((l) => l.startsWith('  - Wishes of death'));
    expect(out.split('\n')[i + 1]).toMatch(/^ {4}\S/);
    // Unwrapped without a width (a file, a pipe).
    expect(renderReport('text', report, ctx)).toContain('  - Wishes of death or ruin on Xiaomi, its fans or its people: 1 post, the latest on 2025-09-12.\n');
  });

  it('counts wide characters as two columns and cuts a long unspaced run of Chinese to fit', () => {
    const line = `      "${'米粉都是脑残'.repeat(10)}"`;
    const out = wrapText(`${line}\n`, 40).split('\n').filter(Boolean);
    expect(out.length).toBeGreaterThan(2);
    for (const l of out) expect(displayWidth(l)).toBeLessThanOrEqual(40);
    const url = `      https://example.com/${'a'.repeat(80)}`;
    expect(wrapText(`${url}\n`, 40)).toBe(`${url}\n`);
  });
});
