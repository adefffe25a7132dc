import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/brands/load.js';
import { lintProfile } from '../../src/cli/commands/profile.js';
import { runInProcess } from '../helpers/in-process.js';

/** `vet profile check` lints a profile; `vet profile try` shows what a text matches (issue 16 item 11). */
const ROOT = resolve(import.meta.dirname, '..', '..');
let dir: string;
const vet = (args: string[]) => runInProcess(args, { cwd: dir, env: { NO_COLOR: '1', VET_NOW: '2026-11-24T00:00:00Z' } });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vet-profile-'));
  await writeFile(join(dir, 'coffee.yaml'), 'id: beanco\nname: BeanCo\nnames: [beanco]\nproducts: [beanco max]\nfans: [豆粉]\nfanSlurs: [bean]\n');
  await writeFile(join(dir, 'clean.yaml'), 'id: clean\nname: Clean\nnames: [cleanbrand]\nfanSlurs: [cleanbrand sheep]\n');
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('vet profile check', () => {
  it('warns about a plain-word slur, a term inside another and a short CJK term without homonyms; exit 1', async () => {
    const r = await vet(['profile', 'check', 'coffee.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^coffee\.yaml: fanSlurs: "bean" is a plain word/m);
    expect(r.stdout).toMatch(/^coffee\.yaml: names: "beanco" is inside products: "beanco max"/m);
    expect(r.stdout).toMatch(/^coffee\.yaml: fans: "豆粉" is short and occurs inside ordinary words/m);
    expect(r.stderr).toMatch(/3 warnings in coffee\.yaml/);
  });

  it('a profile with nothing to warn about: exit 0', async () => {
    const r = await vet(['profile', 'check', 'clean.yaml']);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toBe('');
  });

  it('the built-in xiaomi profile: its short CJK terms have homonyms or contexts', async () => {
    const warnings = lintProfile((await loadBrand('xiaomi', ROOT)).profile).filter((w) => w.code === 'plain-word-slur');
    expect(warnings).toEqual([]);
  });

  it('an invalid profile is exit 2 with file:line:col', async () => {
    await writeFile(join(dir, 'bad.yaml'), 'id: Bad\nname: Bad\nnames: [bad]\n');
    const r = await vet(['profile', 'check', 'bad.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml:1:5: id:/);
  });
});

describe('vet profile try', () => {
  it('shows each finding with its rule, target and matched words', async () => {
    const r = await vet(['profile', 'try', 'coffee.yaml', 'all bean people should be gone, bean morons']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/fan-slur \(target fans\): «bean»/);
    expect(r.stdout).toMatch(/^verdict for this text alone: /m);
  });

  it('says when nothing matches', async () => {
    const r = await vet(['profile', 'try', 'xiaomi', '今天吃了一碗桂林米粉']);
    expect(r.stdout).toMatch(/^no match/);
  });
});
