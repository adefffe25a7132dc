import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadProposals } from '../../src/check/proposal.js';
import { exitCodeFor, runCheck, type CheckRunOptions } from '../../src/check/run.js';
import { main } from '../../src/cli/main.js';
import type { SourceContext } from '../../src/sources/types.js';
import { proposal, report, result } from './helpers.js';
import { NO_STORE_ENV } from '../helpers/store-env.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NOW = new Date('2026-11-24T00:00:00Z');

function options(cwd: string, over: Partial<CheckRunOptions> = {}): CheckRunOptions {
  const ctx: SourceContext = { endpoints: {}, env: {}, cache: { enabled: false, refresh: false }, log: () => {}, now: NOW, cwd };
  return { cwd, now: NOW, ctx, vetVersion: 'test', ...over };
}

describe('runCheck', () => {
  it('vets the fixtures in entry order, whatever the concurrency, with fixed dates', async () => {
    const loaded = await loadProposals([join(ROOT, 'fixtures/proposals/mixed.yaml'), join(ROOT, 'fixtures/proposals/valid.yaml')], ROOT);
    for (const concurrency of [1, 4]) {
      const result = await runCheck(loaded, options(ROOT, { concurrency }));
      expect(result.results.map((r) => [r.influencer.name.slice(0, 8), r.report?.verdict.level, r.failed])).toEqual([
        ['Hostile ', 'critical', true],
        ['Food Blo', 'low', false],
        ['Old Grud', 'medium', false],
        ['Injector', 'critical', true],
        ['Food Blo', 'low', false],
        ['Tech Fan', 'low', false],
      ]);
      expect(result.exitCode).toBe(1);
      expect(result.summary).toMatchObject({ influencers: 6, failed: 2, passed: 4, errors: 0, byLevel: { low: 3, medium: 1, high: 0, critical: 2 } });
    }
  });

  it('several handles are read one after the other as one history with one verdict', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vet-run-'));
    await mkdir(join(dir, 'h'));
    await writeFile(join(dir, 'h/a.jsonl'), '{"id":"1","text":"米粉都是脑残","createdAt":"2026-10-01T00:00:00Z"}\n');
    await writeFile(join(dir, 'h/b.jsonl'), '{"id":"1","text":"今天吃了桂林米粉","createdAt":"2026-10-02T00:00:00Z"}\n{"id":"2","text":"周末爬山","createdAt":"2026-10-03T00:00:00Z"}\n');
    await writeFile(join(dir, 'p.yaml'), 'brand: xiaomi\ninfluencers:\n  - name: Two Accounts\n    handles: [file:h/a.jsonl, file:h/b.jsonl]\n');
    const result = await runCheck(await loadProposals([join(dir, 'p.yaml')], dir), options(dir));
    const r = result.results[0]!;
    expect(r.report!.window.postsScanned).toBe(3);
    expect(r.report!.subject).toEqual({ handle: 'file:h/a.jsonl, file:h/b.jsonl', platform: 'file' });
    expect(r.report!.findings.map((f) => f.fingerprint.split(':').slice(0, 3).join(':'))).toEqual(['file:1:fan-insult']);
    expect(r.report!.coverage).toMatchObject({ postsRead: 3, partial: false });
  });

  it('a broken history is an error for that influencer only (exit 2); the rest are vetted', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vet-run-'));
    await writeFile(join(dir, 'bad.jsonl'), '{"id":"1","text":"ok"}\n{"id":"2","text":\n');
    await writeFile(join(dir, 'good.jsonl'), '{"id":"1","text":"周末爬山","createdAt":"2026-10-03T00:00:00Z"}\n');
    await writeFile(join(dir, 'p.yaml'), 'brand: xiaomi\ninfluencers:\n  - name: Bad\n    from: bad.jsonl\n  - name: Good\n    from: good.jsonl\n');
    const result = await runCheck(await loadProposals([join(dir, 'p.yaml')], dir), options(dir));
    expect(result.results[0]!.error).toMatchObject({ code: 'InputError', exitCode: 2, message: expect.stringMatching(/^bad\.jsonl:2: not valid JSON/) });
    expect(result.results[1]!.report!.verdict.level).toBe('low');
    expect(result.exitCode).toBe(2);
  });
});

describe('exitCodeFor', () => {
  const p = proposal();
  const pass = result(p, 'pass', report('low', []));
  const fail = result(p, 'fail', report('high', []));
  const source = result(p, 'source', undefined, { error: { code: 'SourceError', message: 'x', exitCode: 3 } });
  const input = result(p, 'input', undefined, { error: { code: 'InputError', message: 'x', exitCode: 2 } });
  it.each([
    [[pass], 0],
    [[pass, fail], 1],
    [[fail, source], 3],
    [[fail, source, input], 2],
  ] as const)('%#: exit %i', (results, code) => {
    expect(exitCodeFor(results)).toBe(code);
  });
});

describe('vet check through main()', () => {
  it('parses its own --format and --fail-on after the subcommand (not vet\'s)', async () => {
    let stdout = '';
    let stderr = '';
    const io = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: { ...NO_STORE_ENV }, cwd: ROOT, now: () => NOW };
    const code = await main(['check', 'fixtures/proposals/valid.yaml', '--format', 'sarif', '--fail-on', 'low'], io);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(JSON.parse(stdout).version).toBe('2.1.0');
  });

  it('rejects an unknown format with the list of formats', async () => {
    let stderr = '';
    const io = { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, env: { ...NO_STORE_ENV }, cwd: ROOT, now: () => NOW };
    expect(await main(['check', 'fixtures/proposals/valid.yaml', '--format', 'xml'], io)).toBe(2);
    expect(stderr).toMatch(/Allowed choices are text, json, markdown, sarif, junit, github/);
  });
});
