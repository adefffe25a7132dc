import { createWriteStream } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/brands/load.js';
import { createScanner } from '../../src/engine/scanner.js';
import { expectCleanFailure, requireBuild, vet, vetInProcess, workDir } from './helpers.js';

/**
 * No catastrophic patterns: matching is linear in the text. Profiles hold literal terms only (at most 64
 * characters each), compiled into an automaton; a term that looks like a regular expression is matched as
 * the characters it is, and a term too long to be a name is refused with file:line:col. A 5 MB post, an
 * adversarial dense post and a 1,000,000-line history all finish (bounded by the test timeouts only;
 * speed figures belong to `npm run bench`).
 */

let dir: string;
beforeAll(async () => {
  requireBuild();
  dir = await workDir('large');
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('large and pathological input', () => {
  it('a 5 MB single post is scanned and its evidence found', async () => {
    const scanner = await createScanner(await loadBrand('xiaomi'));
    const text = `${'今天天气不错，我们去公园散步。a b c d e f '.repeat(170_000)}米粉都是脑残`;
    expect(text.length).toBeGreaterThan(5_000_000 / 3);
    const findings = scanner.scan({ id: 'big', text });
    expect(findings.map((f) => f.ruleId)).toContain('fan-insult');
    expect(text.slice(findings[0]!.span.start, findings[0]!.span.end)).toBe(findings[0]!.matched);
  });

  it('profile terms are literal text, never patterns: regex-like terms cannot blow up', async () => {
    const file = join(dir, 'regexy.yaml');
    await writeFile(file, 'id: regexy\nname: Regexy\nnames: ["(a+)+$", ".*", "a{1,99999}"]\nfans: ["[米粉]"]\n');
    const scanner = await createScanner(await loadBrand(file));
    const evil = `${'a'.repeat(100_000)}!`;
    expect(scanner.scan({ id: '1', text: evil })).toEqual([]);
    expect(scanner.scan({ id: '2', text: '(a+)+$ 是骗子' }).map((f) => f.ruleId)).toContain('fraud-accusation');
  });
});

describe('large and pathological input, through the CLI', () => {
  it('a 5 MB post in a history file: vetted, the evidence quoted', { timeout: 60_000 }, async () => {
    const text = `${'今天天气不错，我们去公园散步。a b c d e f '.repeat(170_000)}米粉都是脑残`;
    await writeFile(join(dir, 'big-post.jsonl'), `${JSON.stringify({ id: 'big', text, createdAt: '2026-10-01T00:00:00Z' })}\n`);
    const run = await vet(['--from', 'big-post.jsonl', '--brand', 'xiaomi', '--format', 'json'], { cwd: dir });
    expect(run.code, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout);
    const finding = report.findings.find((f: { ruleId: string }) => f.ruleId === 'fan-insult');
    expect(finding.matched).toMatch(/脑残/);
    expect(finding.excerpt.length).toBeLessThan(400);
    expect(text.slice(finding.span.start, finding.span.end)).toBe(finding.matched);
  });

  it('an adversarial dense post (brand names, fan names and insults back to back, 1 MB) finishes', { timeout: 60_000 }, async () => {
    const units = ['米粉都是脑残，', '小米米粉雷军', '米粉脑残', 'xiaomi fans idiots ', '小米不是骗子', '小 米 粉 ', '米🐒米猴耍猴厂'];
    const text = units.map((u) => u.repeat(Math.ceil(50_000 / u.length))).join('');
    await writeFile(join(dir, 'dense.jsonl'), `${JSON.stringify({ id: 'dense', text, createdAt: '2026-10-01T00:00:00Z' })}\n`);
    const run = await vet(['--from', 'dense.jsonl', '--brand', 'xiaomi', '--format', 'json'], { cwd: dir });
    expect(run.code, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) expect(text.slice(f.span.start, f.span.end)).toBe(f.matched);
    console.log(`large-input: dense post of ${text.length} characters: ${run.ms} ms end to end`);
  });

  it('a 1,000,000-line history streams through to a verdict', { timeout: 120_000 }, async () => {
    const path = join(dir, 'million.jsonl');
    const out = createWriteStream(path);
    let chunk = '';
    for (let i = 0; i < 1_000_000; i++) {
      const text = i === 500_000 ? '小米不会死，死的是米粉' : i % 7 === 0 ? '红米的续航有点失望' : `第${i}条：今天吃了桂林米粉`;
      chunk += `{"id":"${i}","text":"${text}","createdAt":"2026-0${1 + (i % 9)}-01T00:00:00Z"}\n`;
      if (chunk.length > 1 << 20) {
        if (!out.write(chunk)) await once(out, 'drain');
        chunk = '';
      }
    }
    out.end(chunk);
    await once(out, 'finish');
    const run = await vet(['--from', 'million.jsonl', '--brand', 'xiaomi', '--format', 'json'], { cwd: dir });
    expect(run.code, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.window.postsScanned).toBe(1_000_000);
    expect(report.findings.some((f: { ruleId: string; postId: string }) => f.ruleId === 'fan-doom-wish' && f.postId === '500000')).toBe(true);
    expect(['high', 'critical']).toContain(report.verdict.level);
    console.log(`large-input: 1,000,000-line history (${Math.round((await import('node:fs')).statSync(path).size / 1e6)} MB): ${run.ms} ms end to end`);
  });

  it('a profile term too long to be a name (a pathological pattern) is refused with file:line:col, not executed', { timeout: 30_000 }, async () => {
    await writeFile(join(dir, 'redos.yaml'), `id: redos\nname: ReDoS\nnames: [acme]\nfans:\n  - "${'(a+)+'.repeat(14)}$"\n`);
    await writeFile(join(dir, 'one.jsonl'), '{"id":"1","text":"hello"}\n');
    const run = await vetInProcess(['--from', 'one.jsonl', '--brand', './redos.yaml'], { cwd: dir });
    expectCleanFailure(run, 2);
    expect(run.stderr).toMatch(/redos\.yaml:5:5: fans\.0: a term is at most 64 characters/);
  });

  it('regex-looking terms of a profile are matched literally, also against text built to make a regex backtrack', { timeout: 30_000 }, async () => {
    await writeFile(join(dir, 'regexy.yaml'), 'id: regexy\nname: Regexy\nnames: ["(a+)+$", "(x|x)*y", ".*.*.*=.*"]\nfans: ["^(a|aa)+$"]\n');
    const evil = `${'a'.repeat(200_000)}!${'x'.repeat(200_000)}`;
    await writeFile(
      join(dir, 'regexy.jsonl'),
      [
        { id: '1', text: evil, createdAt: '2026-10-01T00:00:00Z' },
        { id: '2', text: '(a+)+$ 是骗子', createdAt: '2026-10-01T00:00:00Z' },
      ].map((p) => JSON.stringify(p)).join('\n') + '\n',
    );
    const run = await vet(['--from', 'regexy.jsonl', '--brand', './regexy.yaml', '--format', 'json'], { cwd: dir });
    expect(run.code, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.findings.map((f: { postId: string; ruleId: string }) => `${f.postId}:${f.ruleId}`)).toEqual(['2:fraud-accusation']);
  });

  it('a vet check glob that would backtrack is refused; repeated ** are one', { timeout: 30_000 }, async () => {
    const globs = join(dir, 'globs');
    await (await import('node:fs/promises')).mkdir(join(globs, ...Array(20).fill('d')), { recursive: true });
    await writeFile(join(globs, `${'a'.repeat(60)}.yaml`), 'brand: xiaomi\n');
    const refused = await vetInProcess(['check', '*a*a*a*a*a*a*a*a*a*a*a*a*b.yaml'], { cwd: globs });
    expectCleanFailure(refused, 2);
    expect(refused.stderr).toMatch(/too many wildcards \(at most 2 \* in one name and 3 \*\* in a pattern\)/);
    const collapsed = await vetInProcess(['check', `${Array(12).fill('**').join('/')}/q.yaml`], { cwd: globs });
    expectCleanFailure(collapsed, 2);
    expect(collapsed.stderr).toMatch(/matched no file/);
  });
});
