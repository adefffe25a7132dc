import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { pipedHelp } from '../../src/cli/program.js';
import { writeTraceHook } from '../helpers/module-trace.js';
import { NO_STORE_ENV } from '../helpers/store-env.js';

// End-to-end: the built CLI (npm test builds first), spawned as a user would run it.
const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;
const env = { ...process.env, ...NO_STORE_ENV, NO_COLOR: '1', VET_NOW: '2026-11-24T00:00:00Z', VET_CACHE_DIR: join(tmpdir(), 'vet-test-cache') };

async function vet(args: string[], cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', [join(ROOT, 'bin/vet.js'), ...args], { cwd, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('vet --from <history> --brand xiaomi', () => {
  it('the quickstart: a hostile reviewer is a high or critical risk, with evidence, exit 1', async () => {
    const r = await vet(['--from', 'fixtures/histories/tech-reviewer-hostile.jsonl', '--brand', 'xiaomi']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Verdict:\s+(HIGH|CRITICAL) RISK/);
    expect(r.stdout).toContain('«死的是米粉»');
    expect(r.stdout).toContain('https://weibo.com/1234567890/');
    expect(r.stdout).toMatch(/\[fan-doom-wish\]/);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('json: the documented contract', async () => {
    const r = await vet(['--from', 'fixtures/histories/tech-reviewer-hostile.jsonl', '--brand', 'xiaomi', '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({
      schemaVersion: 1,
      subject: { handle: 'example_tech_reviewer', platform: 'weibo' },
      brand: { id: 'xiaomi', name: 'Xiaomi' },
      window: { from: expect.any(String), to: expect.any(String), postsScanned: 21 },
      verdict: { level: expect.stringMatching(/^(high|critical)$/), score: expect.any(Number), reasons: expect.any(Array) },
      errors: [],
    });
    for (const f of report.findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['postId', 'ruleId', 'category', 'severity', 'target', 'excerpt', 'url', 'createdAt']));
      expect(['brand', 'fans', 'executive', 'product']).toContain(f.target);
    }
  });

  it('an honest critic is low risk (exit 0), and so is a food blogger with no findings at all', async () => {
    const critic = await vet(['--from', 'fixtures/histories/honest-critic.jsonl', '--brand', 'xiaomi', '--format', 'json']);
    expect(critic.code).toBe(0);
    const report = JSON.parse(critic.stdout);
    expect(report.verdict.level).toBe('low');
    expect(report.findings.every((f: { category: string }) => f.category === 'product-criticism')).toBe(true);
    const food = await vet(['--from', 'fixtures/histories/food-blogger.jsonl', '--brand', 'xiaomi', '--format', 'json']);
    expect(food.code).toBe(0);
    expect(JSON.parse(food.stdout).findings).toEqual([]);
  });

  it('--fail-on low fails even a low verdict; --since narrows the window', async () => {
    expect((await vet(['--from', 'fixtures/histories/honest-critic.jsonl', '--brand', 'xiaomi', '--fail-on', 'low'])).code).toBe(1);
    const r = await vet(['--from', 'fixtures/histories/tech-reviewer-hostile.jsonl', '--brand', 'xiaomi', '--since', '2026-01-01', '--format', 'json']);
    expect(JSON.parse(r.stdout).window).toMatchObject({ postsScanned: 5, since: '2026-01-01T00:00:00.000Z', postsBefore: 16 });
    const text = await vet(['--from', 'fixtures/histories/tech-reviewer-hostile.jsonl', '--brand', 'xiaomi', '--since', '2026-01-01']);
    expect(text.stdout).toMatch(/^Scanned 5 posts from 2026-02-14 to 2026-10-15 \(since 2026-01-01; 16 older posts left out\)\.$/m);
  });

  it('--limit with a history file says it does not apply, instead of seeming to cap it', async () => {
    const r = await vet(['--from', 'fixtures/histories/honest-critic.jsonl', '--brand', 'xiaomi', '--limit', '3', '--format', 'json']);
    expect(r.stderr).toMatch(/^vet: --limit applies to platforms; a history file is read whole \(use --since to narrow it\)$/m);
    expect(JSON.parse(r.stdout).window.postsScanned).toBe(20);
  });

  it('no post in the window is an error, never a low-risk verdict', async () => {
    const r = await vet(['--from', 'fixtures/histories/food-blogger.jsonl', '--brand', 'xiaomi', '--since', '2099-01-01']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nothing to vet: none of its 20 posts is inside the window/);
    expect(r.stdout).toBe('');
  });

  it('markdown report', async () => {
    const r = await vet(['--from', 'fixtures/histories/tech-reviewer-hostile.jsonl', '--brand', 'xiaomi', '--format', 'markdown']);
    expect(r.stdout).toMatch(/^# vet: example\\_tech\\_reviewer for Xiaomi/);
    expect(r.stdout).toMatch(/\| critical \| 2025-09-12 \|/);
  });

  it('usage and input errors exit 2 with a clear message', async () => {
    expect(await vet(['--from', 'fixtures/histories/food-blogger.jsonl'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--brand is required/) });
    expect(await vet(['--from', 'fixtures/histories/food-blogger.jsonl', '--brand', 'nokia'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/unknown brand "nokia"\. Built-in brands: apple, google, huawei, samsung, xiaomi/) });
    expect(await vet(['someone', '--brand', 'xiaomi'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/does not name a platform; did you mean "vet x:@someone"\?\nhint: .*file:<path>/) });
    expect(await vet(['--from', 'x.jsonl', '--brand', 'xiaomi', '--since', 'soon'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--since "soon"/) });
    expect((await vet(['--bogus'])).code).toBe(2);
  });

  it('a user profile file works like a built-in one', async () => {
    const r = await vet(['--from', 'fixtures/histories/tech-reviewer-hostile.jsonl', '--brand', 'fixtures/brands/acme.yaml', '--format', 'json']);
    expect(JSON.parse(r.stdout).brand.id).toBe('acme');
  });

  it('--output writes the report atomically and never clobbers without --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vet-out-'));
    const out = join(dir, 'report.json');
    writeFileSync(out, 'keep me');
    const refused = await vet(['--from', 'fixtures/histories/food-blogger.jsonl', '--brand', 'xiaomi', '--format', 'json', '--output', out]);
    expect(refused.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    const forced = await vet(['--from', 'fixtures/histories/food-blogger.jsonl', '--brand', 'xiaomi', '--format', 'json', '--output', out, '--force']);
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).schemaVersion).toBe(1);
  });

  it('--version, --help, brands and rules', async () => {
    expect((await vet(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect((await vet(['--help'])).stdout).toMatch(/--brand <id\|file>/);
    expect((await vet(['brands'])).stdout).toMatch(/^xiaomi\s+Xiaomi/m);
    expect((await vet(['rules'])).stdout).toMatch(/^fan-doom-wish\s+critical\s+doom-wish/m);
  });

  it('--help and -h print the text the build saved, which is what commander prints to a pipe, and load no commander', async () => {
    const expected = await pipedHelp();
    expect(expected).toMatch(/^Usage: vet \[options\] \[command\] \[handle\]\n/);
    const dir = mkdtempSync(join(tmpdir(), 'vet-help-'));
    try {
      const hook = await writeTraceHook(dir);
      for (const flag of ['--help', '-h']) {
        const trace = join(dir, `${flag}.trace`);
        const { stdout } = await run('node', ['--import', hook, join(ROOT, 'bin/vet.js'), flag], { cwd: ROOT, env: { ...env, TRACE_FILE: trace } });
        expect(stdout).toBe(expected);
        const loaded = readFileSync(trace, 'utf8').split('\n');
        expect(loaded.some((url) => url.endsWith('/bin/vet.js'))).toBe(true);
        expect(loaded.filter((url) => url.includes('/node_modules/') || url.includes('/dist/cli/program.js'))).toEqual([]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
