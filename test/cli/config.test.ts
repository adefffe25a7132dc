import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/in-process.js';

/** The config file, found upward from the working folder; flags win (issue 16 item 17). */
const ROOT = resolve(import.meta.dirname, '..', '..');
let base: string;
let n = 0;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'vet-config-'));
});
afterAll(async () => {
  if (base) await rm(base, { recursive: true, force: true });
});

/** A project folder with the hostile history, the given files, and a sub-folder to run in. */
async function project(files: Record<string, string>): Promise<{ dir: string; sub: string }> {
  const dir = join(base, `p${n++}`);
  const sub = join(dir, 'deep', 'er');
  await mkdir(sub, { recursive: true });
  await cp(join(ROOT, 'fixtures', 'histories', 'tech-reviewer-hostile.jsonl'), join(dir, 'hostile.jsonl'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return { dir, sub };
}

const vet = (args: string[], cwd: string) => runInProcess(args, { cwd, env: { NO_COLOR: '1', VET_NOW: '2026-11-24T00:00:00Z', HOME: base } });
const HOSTILE = ['--from', '../../hostile.jsonl', '-f', 'json'];

describe('config file', () => {
  it.each(['vet.config.yaml', '.vetrc.yaml', '.vetrc.json', 'vet.config.json'])('%s two folders up gives the brand; no --brand needed', async (name) => {
    const text = name.endsWith('.json') ? '{"brand": "xiaomi"}' : 'brand: xiaomi\n';
    const { sub } = await project({ [name]: text });
    const r = await vet(HOSTILE, sub);
    expect(r.stderr).not.toMatch(/--brand is required/);
    expect(JSON.parse(r.stdout).brand.id).toBe('xiaomi');
  });

  it('package.json#vet', async () => {
    const { sub } = await project({ 'package.json': JSON.stringify({ name: 'x', vet: { brand: 'apple' } }) });
    expect(JSON.parse((await vet(HOSTILE, sub)).stdout).brand.id).toBe('apple');
  });

  it('flags win over the file; the file wins over the defaults', async () => {
    const { sub } = await project({ 'vet.config.yaml': 'brand: xiaomi\nfailOn: critical\nsince: 1y\n' });
    const fromFile = await vet(HOSTILE, sub);
    const report = JSON.parse(fromFile.stdout);
    expect(report.window.since).toBeDefined();
    expect(fromFile.code).toBe(report.verdict.level === 'critical' ? 1 : 0);
    const flags = await vet([...HOSTILE, '--fail-on', 'low', '--brand', 'apple', '--since', '20y'], sub);
    expect(flags.code).toBe(1);
    expect(JSON.parse(flags.stdout).brand.id).toBe('apple');
  });

  it('a profile path and an ignore file in the config are relative to the config file', async () => {
    const { sub } = await project({ 'vet.config.yaml': 'brand: brands/acme.yaml\nignoreFile: reviews.yaml\n', 'reviews.yaml': '[]\n' });
    await mkdir(join(sub, '..', '..', 'brands'));
    await cp(join(ROOT, 'fixtures', 'brands', 'acme.yaml'), join(sub, '..', '..', 'brands', 'acme.yaml'));
    const r = await vet(HOSTILE, sub);
    expect(r.stderr).not.toMatch(/cannot|no such/i);
    expect(JSON.parse(r.stdout).brand.id).toBe('acme');
  });

  it('an invalid config file stops the run with file:line:col and the key it likely meant (exit 2)', async () => {
    const { sub } = await project({ 'vet.config.yaml': 'brand: xiaomi\nfailon: high\nsince: forever\n' });
    const r = await vet(HOSTILE, sub);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/vet\.config\.yaml:2:\d+: \(top level\): unknown key "failon" \(did you mean "failOn"\?\)/);
    expect(r.stderr).toMatch(/vet\.config\.yaml:3:8: since: must be a date/);
  });

  it('vet check keeps each proposal\'s policy: the file\'s failOn does not override it', async () => {
    const { dir } = await project({ 'vet.config.yaml': 'failOn: low\n' });
    await writeFile(join(dir, 'p.yaml'), 'brand: xiaomi\npolicy: { failOn: critical }\ninfluencers:\n  - name: A\n    from: honest.jsonl\n');
    await cp(join(ROOT, 'fixtures', 'histories', 'honest-critic.jsonl'), join(dir, 'honest.jsonl'));
    const r = await vet(['check', 'p.yaml', '-f', 'json'], dir);
    expect(r.code, r.stderr).toBe(0);
  });

  it('no config file: nothing changes (and vet --version reads none)', async () => {
    const { sub } = await project({});
    const r = await vet(HOSTILE, sub);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--brand is required/);
  });
});
