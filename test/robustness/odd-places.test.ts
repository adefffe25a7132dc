import { existsSync } from 'node:fs';
import { rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanFailure, requireBuild, runner, vetInProcess, workDir } from './helpers.js';

/**
 * Odd places and values end in one clear message (exit 2), never a hang or a crash: an output under /proc
 * (Node's recursive mkdir spins there), a profile or proposal that is a link to /dev/zero (read forever), values
 * too large for a timer or a date.
 */

let work: string;
const GOOD = '{"id":"1","text":"今天天气不错","createdAt":"2026-01-01T00:00:00Z"}\n';
beforeAll(async () => {
  requireBuild();
  work = await workDir('odd-places');
  await writeFile(join(work, 'good.jsonl'), GOOD);
  await symlink('/dev/zero', join(work, 'zero.yaml'));
  await symlink('/dev/zero', join(work, 'zero.vetignore'));
  await symlink('/dev/zero', join(work, 'zero.txt'));
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

const procfs = existsSync('/proc/self');

describe('odd places and values', () => {
  const cases: Array<[string, string[], Record<string, string>, RegExp]> = [
    ['a brand profile that is a link to /dev/zero', ['--from', 'good.jsonl', '--brand', './zero.yaml'], {}, /zero\.yaml: cannot read the brand profile \(not a regular file\)/],
    ['a proposal that is a link to /dev/zero', ['check', 'zero.yaml'], {}, /zero\.yaml: cannot read the proposal file \(not a regular file\)/],
    ['an ignore file that is a link to /dev/zero', ['--from', 'good.jsonl', '--brand', 'xiaomi', '--ignore-file', 'zero.vetignore'], {}, /zero\.vetignore: cannot read the reviewed-findings file \(not a regular file\)/],
    ['a roster that is a link to /dev/zero', ['batch', 'zero.txt', '--brand', 'xiaomi'], {}, /zero\.txt: cannot read the roster \(not a regular file\)/],
    ['--since 999999999y', ['--from', 'good.jsonl', '--brand', 'xiaomi', '--since', '999999999y'], {}, /--since "999999999y" reaches back before year 1/],
    ['VET_CACHE_TTL_HOURS=1e12', ['weibo:1234567890', '--brand', 'xiaomi', '--endpoint', 'weibo=http://127.0.0.1:9'], { VET_CACHE_TTL_HOURS: '1e12' }, /VET_CACHE_TTL_HOURS="1e12" is not a number of hours/],
    ['VET_HTTP_TIMEOUT_MS above 2^31', ['weibo:1234567890', '--brand', 'xiaomi', '--endpoint', 'weibo=http://127.0.0.1:9'], { VET_HTTP_TIMEOUT_MS: '3000000000' }, /VET_HTTP_TIMEOUT_MS="3000000000" is not a whole number from 1 to 2147483647/],
    ...(procfs
      ? ([
          ['--output under /proc', ['--from', 'good.jsonl', '--brand', 'xiaomi', '--output', '/proc/self/sub/r.txt'], {}, /\/proc\/self\/sub\/r\.txt: cannot write the file/],
          ['--save under /proc', ['--from', 'good.jsonl', '--brand', 'xiaomi', '--save', '/proc/self/x'], {}, /\/proc\/self\/x\/history\.jsonl: cannot write the file/],
        ] as Array<[string, string[], Record<string, string>, RegExp]>)
      : []),
  ];

  it.concurrent.each(cases.map((c, i) => [...c, i] as const))('%s: one message, exit 2', async (_name, args, env, message, i) => {
    const run = await runner(i)(args, { cwd: work, env });
    expectCleanFailure(run, 2);
    expect(run.stderr).toMatch(message);
  }, 30_000);

  it('a file larger than a profile may be is refused by its size', async () => {
    await writeFile(join(work, 'huge.yaml'), `id: huge\nname: Huge\n# ${'x'.repeat(5 << 20)}\n`);
    const run = await vetInProcess(['--from', 'good.jsonl', '--brand', './huge.yaml'], { cwd: work });
    expectCleanFailure(run, 2);
    expect(run.stderr).toMatch(/huge\.yaml: the brand profile is larger than 4 MiB/);
  });
});
