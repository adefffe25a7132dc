import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { likelyHandle } from '../../src/cli/suggest.js';
import { closest } from '../../src/util/did-you-mean.js';
import { runInProcess } from '../helpers/in-process.js';

/** Mistakes a new user makes on the command line get the likely fix (issue 16 items 7 and 8). */
const ENV = { NO_COLOR: '1', VET_NOW: '2026-11-24T00:00:00Z' };
const vet = (args: string[]) => runInProcess(args, { cwd: tmpdir(), env: ENV });

describe('a mistyped command (item 7)', () => {
  it.each([
    [['chek', 'file.yaml'], 'vet check'],
    [['chek'], 'vet check'],
    [['bacth', 'roster.txt', '--brand', 'xiaomi'], 'vet batch'],
    [['brand'], 'vet brands'],
    [['exprot', 'weibo:1234567890'], 'vet export'],
  ])('vet %j suggests %s, not "too many arguments" or "does not name a platform"', async (args, command) => {
    const r = await vet(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`unknown command "${args[0]}"; did you mean "${command}"?`);
    expect(r.stderr).not.toMatch(/too many arguments|does not name a platform/);
  });

  it('two handles are still too many, said with what was given', async () => {
    const r = await vet(['weibo:1234567890', 'weibo:2222222222', '--brand', 'xiaomi']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/too many arguments: vet takes one handle, and got 2/);
  });
});

describe('a handle without its platform (item 8)', () => {
  it.each([
    ['萬能的大熊', 'vet weibo:@萬能的大熊'],
    ['@someone', 'vet x:@someone'],
    ['someone.bsky.social', 'vet bsky:someone.bsky.social'],
    ['./export.jsonl', 'vet --from ./export.jsonl'],
    ['@alice@mastodon.social', 'vet mastodon:@alice@mastodon.social'],
    ['https://weibo.com/u/1234567890', 'vet weibo:1234567890'],
    ['https://bsky.app/profile/alice.bsky.social', 'vet bsky:alice.bsky.social'],
    ['https://x.com/someone', 'vet x:@someone'],
    ['1234567890', 'vet weibo:1234567890'],
  ])('vet %s suggests %s', async (handle, suggestion) => {
    const r = await vet([handle, '--brand', 'xiaomi']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`does not name a platform; did you mean "${suggestion}"?`);
  });

  it('vet export suggests file: for a path (export has no --from)', async () => {
    const r = await vet(['export', './export.jsonl']);
    expect(r.stderr).toContain('did you mean "vet export file:./export.jsonl"?');
  });

  it('a handle with a platform is left to its adapter', () => {
    expect(likelyHandle('')).toBeUndefined();
  });
});

describe('closest()', () => {
  it('finds near words only', () => {
    expect(closest('chek', ['check', 'batch'])).toBe('check');
    expect(closest('xiaomì', ['xiaomi', 'apple'])).toBe('xiaomi');
    expect(closest('nokia', ['xiaomi', 'apple', 'google'])).toBeUndefined();
    expect(closest('x', ['rules'])).toBeUndefined();
  });
});
